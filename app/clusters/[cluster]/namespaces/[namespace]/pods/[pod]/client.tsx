'use client';

import { useQueryClient } from '@tanstack/react-query';
import Link from 'next/link';
import { parseAsString, useQueryStates } from 'nuqs';
import { useIsFetching } from '@tanstack/react-query';
import { PodMemoryPanel } from '@/components/pod-memory-panel';
import { TimeRangePicker } from '@/components/time-range-picker';
import { memoryKeys } from '@/lib/queries/pod-memory';
import { parseTimeRange } from '@/lib/queries/time-range';

export interface PodPageClientProps {
  cluster: string;
  namespace: string;
  pod: string;
}

const urlState = { range: parseAsString, start: parseAsString, end: parseAsString };

/** The pod view: breadcrumbs, range picker (URL state) and the memory panel. */
export function PodPageClient({ cluster, namespace, pod }: PodPageClientProps) {
  const [params, setParams] = useQueryStates(urlState, { history: 'push' });
  const { range, error } = parseTimeRange(params);
  const queryClient = useQueryClient();
  const fetching = useIsFetching({ queryKey: memoryKeys.all }) > 0;
  return (
    <div className="space-y-3">
      <nav aria-label="Breadcrumb" className="text-sm text-slate-500">
        <ol className="flex flex-wrap gap-1">
          <li>
            <Link href={`/clusters/${encodeURIComponent(cluster)}`} prefetch={false} className="hover:underline">
              {cluster}
            </Link>{' '}
            /
          </li>
          <li>{namespace} /</li>
          <li aria-current="page" className="font-medium text-slate-900">
            {pod}
          </li>
        </ol>
      </nav>
      <div className="flex flex-wrap items-end justify-between gap-2">
        <h1 className="break-all text-xl font-semibold">{pod}</h1>
        <TimeRangePicker
          range={range}
          refreshing={fetching}
          onSelect={(preset) => void setParams({ range: preset, start: null, end: null })}
          onRefresh={() => void queryClient.invalidateQueries({ queryKey: memoryKeys.all })}
        />
      </div>
      {error && (
        <p role="alert" className="rounded border border-amber-200 bg-amber-50 p-2 text-sm text-amber-900">
          {error}
        </p>
      )}
      <PodMemoryPanel pod={{ cluster, namespace, pod }} range={range} />
    </div>
  );
}
