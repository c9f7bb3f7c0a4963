'use client';

import { useQuery } from '@tanstack/react-query';
import { renderOomSummary } from '@/lib/i18n/sizing-text';
import { GROWTH_LAYERS } from '@/lib/memory/oom';
import { podMemoryQueryOptions, type PodKey } from '@/lib/queries/pod-memory';
import { podOomQueryOptions } from '@/lib/queries/sizing';
import type { TimeRangeState } from '@/lib/queries/time-range';
import { CopyBlock } from './copy-block';
import { useSizing } from './use-sizing';

/** The OOM post-mortem: every kill in the range, its kind, the layers before it, what grew, and a summary to paste. */
export function OomPanel({ pod, range }: { pod: PodKey; range: TimeRangeState }) {
  const i18n = useSizing();
  const { s, formatBytes, formatTime } = i18n;
  // After the memory view has answered, and only when it found the pod: the first screen never waits
  // behind these range queries, and a missing pod is said once, by the memory view.
  const memory = useQuery(podMemoryQueryOptions(pod, range));
  const query = useQuery({ ...podOomQueryOptions(pod, range), enabled: memory.isSuccess });
  const b = (v: number | null) => (v === null ? '–' : formatBytes(v));
  if (memory.isError) return null;
  return (
    <section aria-labelledby="oom-title" className="rounded-lg border border-slate-200 bg-white p-3 sm:p-4">
      <h2 id="oom-title" className="text-lg font-semibold">
        {s.oom.title}
      </h2>
      {query.isPending ? (
        <p role="status" className="text-sm text-slate-500">
          {s.oom.loading}
        </p>
      ) : query.isError ? (
        <p role="alert" className="rounded border border-red-200 bg-red-50 p-2 text-sm text-red-900">
          {s.oom.error(query.error.message)}
        </p>
      ) : query.data.kills.length === 0 ? (
        <p className="text-sm text-slate-700">{s.oom.none}</p>
      ) : (
        <ol className="mt-2 space-y-3">
          {query.data.kills.map((k) => {
            const time = formatTime(k.at * 1000);
            return (
              <li key={`${k.container}-${k.at}`} data-kind={k.kind} className="rounded border border-red-200 p-2">
                <h3 className="font-medium">
                  {s.oom.killAt(k.container, time)}: <span className="text-red-800">{s.oom.kind[k.kind]}</span>
                </h3>
                <h4 className="mt-1 text-xs font-semibold uppercase tracking-wide text-slate-500">{s.oom.before}</h4>
                <dl className="grid grid-cols-2 gap-x-3 gap-y-0.5 text-sm sm:grid-cols-5">
                  {(['workingSet', ...GROWTH_LAYERS] as const).map((layer) => (
                    <div key={layer} className="min-w-0">
                      <dt className="text-xs text-slate-500">{s.oom.layer[layer]}</dt>
                      <dd className={`tabular-nums ${k.grew === layer ? 'font-semibold text-red-800' : ''}`}>{b(k.before[layer])}</dd>
                    </div>
                  ))}
                </dl>
                <p className="mt-1 text-xs text-slate-600">
                  {s.oom.evidence(k.restarts === null ? '–' : String(k.restarts), k.oomEvents === null ? '–' : String(k.oomEvents))}
                </p>
                <CopyBlock label={s.oom.summaryLabel} text={renderOomSummary(k, time, i18n)} />
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
