import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { namespaceListSchema, namespacePodsSchema } from '@/lib/api/namespace-pods';
import { apiUrl } from '@/lib/urls';
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

/** Query options for a cluster's namespaces (they change rarely: kept a minute). */
export function namespaceListQueryOptions(cluster: string) {
  return queryOptions({
    queryKey: browseKeys.namespaces(cluster),
    queryFn: ({ signal }) => fetchJson(apiUrl.namespaces(cluster), namespaceListSchema, signal),
    staleTime: 60_000,
  });
}

/** Query options for a namespace's pods; "now" refreshes every 30 s, a pinned instant never changes. */
export function namespacePodsQueryOptions(ns: NamespaceKey, at: number | null) {
  return queryOptions({
    queryKey: browseKeys.pods(ns, at),
    queryFn: ({ signal }) => fetchJson(apiUrl.namespacePods(ns.cluster, ns.namespace, at), namespacePodsSchema, signal),
    placeholderData: keepPreviousData,
    refetchInterval: at === null ? 30_000 : false,
  });
}
