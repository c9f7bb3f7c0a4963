'use client';

import Link from 'next/link';
import type { NamespacePod } from '@/lib/api/namespace-pods';
import { limitLevel, worstContainer } from '@/lib/memory/pod-list-order';
import { useBrowse } from './use-browse';
import { PageCacheBadge } from './page-cache-badge';

export interface PodRowProps {
  pod: NamespacePod;
  /** The pod page's URL (with the list's instant when one is pinned). */
  href: string;
}

const BAR = { ok: 'bg-request', warn: 'bg-amber-500', critical: 'bg-limit' } as const;
const TEXT = { ok: 'text-slate-700', warn: 'text-amber-800 font-medium', critical: 'text-red-700 font-semibold' } as const;

const sum = (values: ReadonlyArray<number | null>): number | null => {
  const known = values.filter((v): v is number => v !== null);
  return known.length > 0 ? known.reduce((a, b) => a + b, 0) : null;
};

/** One pod: a stacked card on phones, a row of columns from `sm` up; the share of limit is a small bar. */
export function PodRow({ pod, href }: PodRowProps) {
  const { b, formatBytes, formatPercent } = useBrowse();
  const bytes = (v: number | null) => (v === null ? '–' : formatBytes(v));
  const worst = pod.containers.length > 1 ? worstContainer(pod) : null;
  const level = pod.ofLimit === null ? null : limitLevel(pod.ofLimit);
  return (
    <div className="grid grid-cols-1 gap-1 px-3 py-2 sm:grid-cols-[minmax(0,2fr)_8rem_minmax(0,1.6fr)] sm:items-center sm:gap-4">
      <div className="min-w-0">
        <Link href={href} prefetch={false} className="break-all font-medium text-blue-700 hover:underline">
          {pod.pod}
        </Link>
        <PageCacheBadge pod={pod} />
        {(pod.restarts ?? 0) > 0 || pod.oomKilled ? (
          <span className="ml-2 inline-flex flex-wrap gap-1 align-middle text-xs">
            {(pod.restarts ?? 0) > 0 && <span className="rounded bg-amber-100 px-1.5 py-0.5 text-amber-900">{b.restarts(pod.restarts ?? 0)}</span>}
            {pod.oomKilled && (
              <span title={b.oomKilledTitle} className="rounded bg-red-100 px-1.5 py-0.5 font-medium text-red-800">
                {b.oomKilled}
              </span>
            )}
          </span>
        ) : null}
        <p className="text-xs text-slate-500">{b.layers(bytes(sum(pod.containers.map((c) => c.rss))), bytes(sum(pod.containers.map((c) => c.activeFile))))}</p>
      </div>
      <p className="text-sm">
        <span className="text-xs text-slate-500">{b.workingSet} </span>
        <span className="font-medium text-slate-900">{pod.workingSet === null ? b.notRunning : formatBytes(pod.workingSet)}</span>
      </p>
      {pod.ofLimit === null || level === null ? (
        <p className="text-sm">
          <span className="rounded bg-slate-100 px-1.5 py-0.5 text-xs text-slate-700">{b.noLimit}</span>
        </p>
      ) : (
        <div className="flex items-center gap-2 text-sm">
          <div aria-hidden="true" className="h-2 w-20 shrink-0 overflow-hidden rounded bg-slate-200 sm:w-28">
            <div className={`h-2 rounded ${BAR[level]}`} style={{ width: `${Math.min(100, pod.ofLimit * 100)}%` }} />
          </div>
          <span className={TEXT[level]}>{worst ? b.ofLimitIn(formatPercent(pod.ofLimit), worst) : b.ofLimit(formatPercent(pod.ofLimit))}</span>
        </div>
      )}
    </div>
  );
}
