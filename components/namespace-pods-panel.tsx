'use client';

import { pageHref } from '@/lib/urls';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo } from 'react';
import { filterPods, pageCacheOnlyPods, sortPods, type PodSort } from '@/lib/memory/pod-list-order';
import { namespacePodsQueryOptions } from '@/lib/queries/namespaces';
import { PodList, preloadVirtualPodList } from './pod-list';
import { useI18n } from '@/components/i18n-provider';

export interface NamespacePodsPanelProps {
  cluster: string;
  namespace: string;
  /** Pinned instant (unix seconds), or null for now. */
  at: number | null;
  query: string;
  sort: PodSort;
  /** Only pods with a container high only because of page cache. */
  pageCacheOnly?: boolean;
  onClearQuery: () => void;
}

/** Owns the pods query and its four states: loading, error with retry, empty (or nothing matches), the list. */
export function NamespacePodsPanel({ cluster, namespace, at, query, sort, pageCacheOnly = false, onClearQuery }: NamespacePodsPanelProps) {
  const { t } = useI18n();
  const b = t.browse;
  const result = useQuery(namespacePodsQueryOptions({ cluster, namespace }, at));
  useEffect(preloadVirtualPodList, []);
  const all = result.data?.pods;
  const pods = useMemo(() => sortPods(filterPods(pageCacheOnly ? pageCacheOnlyPods(all ?? []) : (all ?? []), query), sort), [all, query, sort, pageCacheOnly]);

  if (result.isPending) {
    return (
      <div className="space-y-2">
        <p role="status" className="text-sm text-slate-600">
          {b.loading(namespace)}
        </p>
        <div aria-hidden="true" className="space-y-2">
          {[0, 1, 2].map((i) => (
            <div key={i} className="h-14 animate-pulse rounded bg-slate-200" />
          ))}
        </div>
      </div>
    );
  }
  if (result.isError && !result.data) {
    return (
      <div role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-sm text-red-900">
        {b.loadError(result.error.message)}{' '}
        <button type="button" onClick={() => void result.refetch()} className="ml-1 rounded border border-red-400 bg-white px-2 py-0.5 hover:bg-red-100">
          {b.retry}
        </button>
      </div>
    );
  }
  const total = all?.length ?? 0;
  // A pinned instant carries over: the pod page's hour ends at it, so its verdict speaks of the same moment.
  const hrefFor = (pod: string) => pageHref.pod({ cluster, namespace, pod }, at === null ? null : { start: at - 3600, end: at });
  return (
    <div className="space-y-2">
      {result.isError && (
        <p role="status" className="rounded border border-amber-200 bg-amber-50 p-2 text-sm text-amber-900">
          {b.staleError(result.error.message)}
        </p>
      )}
      {result.data.warnings.map((w) => (
        <p key={w} role="status" className="rounded border border-amber-200 bg-amber-50 p-2 text-sm text-amber-900">
          {b.warning(w)}
        </p>
      ))}
      {total === 0 ? (
        <p className="rounded border border-slate-200 bg-white p-3 text-sm text-slate-700">{b.empty(namespace)}</p>
      ) : (
        <>
          <p aria-live="polite" className="text-sm text-slate-600">
            {b.podCount(pods.length, total)}
          </p>
          {pods.length === 0 ? (
            <p className="rounded border border-slate-200 bg-white p-3 text-sm text-slate-700">
              {b.noMatch(query.trim())}{' '}
              <button type="button" onClick={onClearQuery} className="text-blue-700 underline">
                {b.clearFilter}
              </button>
            </p>
          ) : (
            <PodList pods={pods} label={b.listLabel(namespace)} hrefFor={hrefFor} />
          )}
        </>
      )}
    </div>
  );
}
