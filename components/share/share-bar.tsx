'use client';

import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { renderPodSummary } from '@/lib/i18n/share-text';
import { podSnapshot } from '@/lib/memory/pod-snapshot';
import { podApiPath, podViewHref } from '@/lib/page-href';
import { podMemoryQueryOptions, type PodKey } from '@/lib/queries/pod-memory';
import type { TimeRangeState } from '@/lib/queries/time-range';
import { useShare } from './use-share';

export interface ShareBarProps {
  pod: PodKey;
  range: TimeRangeState;
  at: number | null;
  /** Alert threshold in percent when the URL sets one. */
  threshold: number | null;
}

/** Puts text on the clipboard; falls back to a hidden textarea where the async API is missing (plain http). */
async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.append(area);
    area.select();
    // eslint-disable-next-line @typescript-eslint/no-deprecated -- the fallback for browsers without the async clipboard (plain http)
    const ok = document.execCommand('copy');
    area.remove();
    return ok;
  }
}

/**
 * Copy link, copy summary and download CSV for the range on screen. The range is the data's own
 * (start/end of the answer), so a relative "last 1h" is frozen and the link shows the same next week.
 */
export function ShareBar({ pod, range, at, threshold }: ShareBarProps) {
  const i18n = useShare();
  const { s, locale } = i18n;
  const { data } = useQuery(podMemoryQueryOptions(pod, range));
  const [done, setDone] = useState<{ what: 'link' | 'summary'; ok: boolean; text: string } | null>(null);
  if (!data) return null;
  const frozen = { start: data.start, end: data.end, at, lang: locale };
  const origin = typeof window === 'undefined' ? '' : window.location.origin;
  const copy = async (what: 'link' | 'summary') => {
    const link = origin + podViewHref(pod, frozen);
    const text =
      what === 'link'
        ? origin + podViewHref(pod, { ...frozen, threshold })
        : renderPodSummary({
            ref: pod,
            range: { start: data.start, end: data.end },
            snapshot: podSnapshot(
              { timestamps: data.timestamps, containers: data.containers, events: data.context.events, cache: data.context.containers },
              at,
            ),
            link,
            i18n,
          });
    setDone({ what, ok: await copyText(text), text });
  };
  const button = 'rounded border border-slate-300 bg-white px-2 py-1 text-slate-800 hover:bg-slate-100';
  const csv = `${podApiPath(pod)}/memory.csv?start=${data.start}&end=${data.end}`;
  return (
    <div className="space-y-1">
      <div role="group" aria-label={s.share.toolbar} className="flex flex-wrap items-center gap-2 text-sm">
        <button type="button" className={button} onClick={() => void copy('link')}>
          {done?.what === 'link' && done.ok ? s.share.copied : s.share.copyLink}
        </button>
        <button type="button" className={button} onClick={() => void copy('summary')}>
          {done?.what === 'summary' && done.ok ? s.share.copied : s.share.copySummary}
        </button>
        <a className={button} href={csv} download>
          {s.share.downloadCsv}
        </a>
        <span role="status" aria-live="polite" className="sr-only">
          {done?.ok ? s.share.copied : ''}
        </span>
      </div>
      {done && !done.ok && (
        <div role="alert" className="text-sm text-amber-900">
          <p>{s.share.copyFailed}</p>
          <textarea
            readOnly
            aria-label={done.what === 'link' ? s.share.linkLabel : s.share.summaryLabel}
            value={done.text}
            className="mt-1 h-32 w-full rounded border border-slate-300 bg-white p-1 font-mono text-xs"
          />
        </div>
      )}
    </div>
  );
}
