import { queryOptions } from '@tanstack/react-query';
import { clusterListSchema, podMemorySchema } from '@/lib/api/pod-memory';
import { DEMO_CLUSTER, DEMO_NAMESPACE, SEED_POD_NAME } from '@/lib/learn/seed-data';
import { fetchJson } from './fetch-json';
import { apiUrl } from '@/lib/urls';
import type { PodKey } from './pod-memory';

/** The seed-experiment pod the demo (`npm run demo`) replays, and its one container. */
export const DEMO_SEED_POD: PodKey = { cluster: DEMO_CLUSTER, namespace: DEMO_NAMESPACE, pod: SEED_POD_NAME };
export const DEMO_SEED_CONTAINER = 'ta';

/** How far back the learn page looks for the demo data (it covers the hour before the demo started). */
export const DEMO_LOOKBACK_SECONDS = 2 * 3600;

export const learnKeys = {
  all: ['learn'] as const,
  clusters: () => [...learnKeys.all, 'clusters'] as const,
  demoPod: () => [...learnKeys.all, 'demo-pod', DEMO_SEED_POD] as const,
};

/** Query options for the configured clusters (GET /api/v1/clusters). */
export function clusterListQueryOptions() {
  return queryOptions({
    queryKey: learnKeys.clusters(),
    queryFn: ({ signal }) => fetchJson(apiUrl.clusters(), clusterListSchema, signal),
    staleTime: 5 * 60_000,
  });
}

/** Query options for the demo seed pod over the last two hours; "now" is read when the fetch runs. */
export function demoSeedPodQueryOptions(enabled: boolean) {
  return queryOptions({
    queryKey: learnKeys.demoPod(),
    queryFn: ({ signal }) => {
      const now = Date.now() / 1000;
      return fetchJson(apiUrl.podMemory(DEMO_SEED_POD, now - DEMO_LOOKBACK_SECONDS, now), podMemorySchema, signal);
    },
    enabled,
    staleTime: 5 * 60_000,
  });
}
