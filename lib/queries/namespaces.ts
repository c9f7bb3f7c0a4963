import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { namespaceListSchema, namespacePodsSchema } from '@/lib/api/namespace-pods';
import { fetchJson } from './fetch-json';

export interface NamespaceKey {
  cluster: string;
  namespace: string;
}

export const browseKeys = {
  all: ['browse'] as const,
  namespaces: (cluster: string) => [...browseKeys.all, 'namespaces', cluster] as const,
  pods: (ns: NamespaceKey, at: number | null) => [...browseKeys.all, 'pods', ns, at] as const,
};

const clusterPath = (cluster: string) => `/api/v1/clusters/${encodeURIComponent(cluster)}`;

/** The URL of a namespace's pod list, at `at` (unix seconds) or now. */
export function namespacePodsUrl(ns: NamespaceKey, at: number | null): string {
  const base = `${clusterPath(ns.cluster)}/namespaces/${encodeURIComponent(ns.namespace)}/pods`;
  return at === null ? base : `${base}?at=${Math.floor(at)}`;
}

/** Query options for a cluster's namespaces (they change rarely: kept a minute). */
export function namespaceListQueryOptions(cluster: string) {
  return queryOptions({
    queryKey: browseKeys.namespaces(cluster),
    queryFn: ({ signal }) => fetchJson(`${clusterPath(cluster)}/namespaces`, namespaceListSchema, signal),
    staleTime: 60_000,
  });
}

/** Query options for a namespace's pods; "now" refreshes every 30 s, a pinned instant never changes. */
export function namespacePodsQueryOptions(ns: NamespaceKey, at: number | null) {
  return queryOptions({
    queryKey: browseKeys.pods(ns, at),
    queryFn: ({ signal }) => fetchJson(namespacePodsUrl(ns, at), namespacePodsSchema, signal),
    placeholderData: keepPreviousData,
    refetchInterval: at === null ? 30_000 : false,
  });
}
