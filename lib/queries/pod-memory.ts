import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { podViewSchema } from '@/lib/api/pod-view';
import { apiUrl, type PodRef } from '@/lib/urls';
import { fetchJson } from './fetch-json';
import { resolveTimeRange, type TimeRangeState } from './time-range';

export type PodKey = PodRef;

export const memoryKeys = {
  all: ['memory'] as const,
  pod: (pod: PodKey, range: TimeRangeState) => [...memoryKeys.all, 'pod', pod, range] as const,
};

/**
 * Query options for one pod's memory; relative ranges re-resolve "now" on every fetch and refresh by
 * themselves, every 1/60 of the range between 5 s and 30 s (the live lab's 5-minute view: every 5 s).
 */
export function podMemoryQueryOptions(pod: PodKey, range: TimeRangeState) {
  return queryOptions({
    queryKey: memoryKeys.pod(pod, range),
    queryFn: ({ signal }) => {
      const { start, end } = resolveTimeRange(range, Date.now() / 1000);
      return fetchJson(apiUrl.podMemory(pod, start, end), podViewSchema, signal);
    },
    placeholderData: keepPreviousData,
    refetchInterval: range.kind === 'relative' ? Math.min(30_000, Math.max(5_000, (range.seconds * 1000) / 60)) : false,
  });
}
