import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { podOomSchema } from '@/lib/api/oom';
import { namespaceSizingSchema, podSizingSchema } from '@/lib/api/sizing';
import { fetchJson } from './fetch-json';
import type { NamespaceKey } from './namespaces';
import type { PodKey } from './pod-memory';
import { resolveTimeRange, type TimeRangeState } from './time-range';

/** The sizing knobs as the URL holds them: percentages; cache null = automatic. */
export interface SizingKnobs {
  headroom: number | null;
  cache: number | null;
}

export const sizingKeys = {
  all: ['sizing'] as const,
  pod: (pod: PodKey, range: TimeRangeState, knobs: SizingKnobs) => [...sizingKeys.all, 'pod', pod, range, knobs] as const,
  oom: (pod: PodKey, range: TimeRangeState) => [...sizingKeys.all, 'oom', pod, range] as const,
  namespace: (ns: NamespaceKey, range: TimeRangeState, knobs: SizingKnobs) => [...sizingKeys.all, 'namespace', ns, range, knobs] as const,
};

const podPath = (pod: PodKey) => ['clusters', pod.cluster, 'namespaces', pod.namespace, 'pods', pod.pod].map(encodeURIComponent).join('/');
const nsPath = (ns: NamespaceKey) => ['clusters', ns.cluster, 'namespaces', ns.namespace].map(encodeURIComponent).join('/');

function query(range: TimeRangeState, knobs?: SizingKnobs): string {
  const { start, end } = resolveTimeRange(range, Date.now() / 1000);
  const q = new URLSearchParams({ start: String(Math.floor(start)), end: String(Math.floor(end)) });
  if (knobs?.headroom !== null && knobs?.headroom !== undefined) q.set('headroom', String(knobs.headroom));
  if (knobs?.cache !== null && knobs?.cache !== undefined) q.set('cache', String(knobs.cache));
  return q.toString();
}

export function podSizingQueryOptions(pod: PodKey, range: TimeRangeState, knobs: SizingKnobs) {
  return queryOptions({
    queryKey: sizingKeys.pod(pod, range, knobs),
    queryFn: ({ signal }) => fetchJson(`/api/v1/${podPath(pod)}/sizing?${query(range, knobs)}`, podSizingSchema, signal),
    placeholderData: keepPreviousData,
  });
}

export function podOomQueryOptions(pod: PodKey, range: TimeRangeState) {
  return queryOptions({
    queryKey: sizingKeys.oom(pod, range),
    queryFn: ({ signal }) => fetchJson(`/api/v1/${podPath(pod)}/oom?${query(range)}`, podOomSchema, signal),
    placeholderData: keepPreviousData,
  });
}

export function namespaceSizingQueryOptions(ns: NamespaceKey, range: TimeRangeState, knobs: SizingKnobs) {
  return queryOptions({
    queryKey: sizingKeys.namespace(ns, range, knobs),
    queryFn: ({ signal }) => fetchJson(`/api/v1/${nsPath(ns)}/sizing?${query(range, knobs)}`, namespaceSizingSchema, signal),
    placeholderData: keepPreviousData,
  });
}

/** The namespace sizing table's default range: a day, so a daily cycle is seen at least once. */
export const DEFAULT_SIZING_RANGE = '24h';
