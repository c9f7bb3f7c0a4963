import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { searchResultSchema } from '@/lib/api/search';
import { fetchJson } from './fetch-json';

/** Query options for the header search: answers stay fresh 30 s (the server caches as long). */
export function searchQueryOptions(cluster: string, q: string) {
  return queryOptions({
    queryKey: ['search', cluster, q] as const,
    queryFn: ({ signal }) => fetchJson(`/api/v1/clusters/${encodeURIComponent(cluster)}/search?q=${encodeURIComponent(q)}`, searchResultSchema, signal),
    staleTime: 30_000,
    placeholderData: keepPreviousData,
    enabled: q !== '',
  });
}
