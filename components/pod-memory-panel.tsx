'use client';

import { useQuery } from '@tanstack/react-query';
import { sumContainers } from '@/lib/memory/pod-total';
import { podMemoryQueryOptions, type PodKey } from '@/lib/queries/pod-memory';
import type { TimeRangeState } from '@/lib/queries/time-range';
import { ContainerCard } from './container-card';
import { MemoryLegend } from './memory-legend';
import { SourcesNote } from './sources-note';

export interface PodMemoryPanelProps {
  pod: PodKey;
  range: TimeRangeState;
}

/** Owns the pod memory query and its four states: first load, error, empty, data. */
export function PodMemoryPanel({ pod, range }: PodMemoryPanelProps) {
  const query = useQuery(podMemoryQueryOptions(pod, range));
  if (query.isPending) {
    return (
      <div role="status" aria-live="polite" className="animate-pulse rounded-lg border border-slate-200 bg-white p-6 text-sm text-slate-500">
        Loading memory of {pod.namespace}/{pod.pod}…
      </div>
    );
  }
  if (query.isError) {
    return (
      <div role="alert" className="rounded-lg border border-red-200 bg-red-50 p-4 text-sm text-red-900">
        <p className="font-medium">Could not load this pod&apos;s memory.</p>
        <p className="mt-1">{query.error.message}</p>
        <button type="button" onClick={() => void query.refetch()} className="mt-2 rounded border border-red-300 bg-white px-2 py-1">
          Retry
        </button>
      </div>
    );
  }
  const data = query.data;
  const total = sumContainers(data.containers, data.timestamps.length);
  const names = data.containers.map((c) => c.container).join(' + ');
  return (
    <div className="space-y-3" aria-busy={query.isFetching}>
      {data.warnings.length > 0 && (
        <ul role="note" className="rounded-lg border border-amber-200 bg-amber-50 p-3 text-sm text-amber-900">
          {data.warnings.map((w) => (
            <li key={w}>Prometheus warning: {w}</li>
          ))}
        </ul>
      )}
      <ContainerCard
        timestamps={data.timestamps}
        memory={total}
        title="Pod total"
        subtitle={`Sum of ${data.containers.length} container${data.containers.length === 1 ? '' : 's'} (${names}) — what kubectl top pod shows.`}
        headingLevel={2}
      />
      <MemoryLegend />
      <SourcesNote sources={data.sources} />
      <h2 className="pt-2 text-sm font-semibold uppercase tracking-wide text-slate-500">Containers</h2>
      {data.containers.map((c) => (
        <ContainerCard key={c.container} timestamps={data.timestamps} memory={c} title={`Container ${c.container}`} />
      ))}
    </div>
  );
}
