import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { podViewSchema } from '@/lib/api/pod-view';
import { podApiPath } from '@/lib/page-href';
import { fetchJson } from './fetch-json';
import { resolveTimeRange, type TimeRangeState } from './time-range';

export interface PodKey {
  cluster: string;
  namespace: string;
  pod: string;
}

export const memoryKeys = {
  all: ['memory'] as const,
  pod: (pod: PodKey, range: TimeRangeState) => [...memoryKeys.all, 'pod', pod, range] as const,
};

/** The URL of the pod memory endpoint for a resolved range. */
export function podMemoryUrl(pod: PodKey, startSeconds: number, endSeconds: number): string {
  return `${podApiPath(pod)}/memory?start=${Math.floor(startSeconds)}&end=${Math.floor(endSeconds)}`;
}

/**
 * Query options for one pod's memory; relative ranges re-resolve "now" on every fetch and refresh by
 * themselves, every 1/60 of the range between 5 s and 30 s (the live lab's 5-minute view: every 5 s).
 */
export function podMemoryQueryOptions(pod: PodKey, range: TimeRangeState) {
  return queryOptions({
    queryKey: memoryKeys.pod(pod, range),
    queryFn: ({ signal }) => {
      const { start, end } = resolveTimeRange(range, Date.now() / 1000);
      return fetchJson(podMemoryUrl(pod, start, end), podViewSchema, signal);
    },
    placeholderData: keepPreviousData,
    refetchInterval: range.kind === 'relative' ? Math.min(30_000, Math.max(5_000, (range.seconds * 1000) / 60)) : false,
  });
}
