import 'server-only';
import { ApiError } from '@/lib/api/errors';
import type { PodMemory } from '@/lib/api/pod-memory';
import type { TimeGrid } from '@/lib/memory/time-grid';
import { buildPodMemoryWithCgroupQuery, buildPodResourcesWithInitQuery } from '@/lib/promql/pod-memory-queries';
import type { PrometheusClient } from '@/lib/prometheus/client';
import type { Matcher } from '@/lib/promql/selector';
import { podMemoryFromSeries } from './pod-memory-series';

export interface PodMemoryRequest {
  cluster: string;
  namespace: string;
  pod: string;
  grid: TimeGrid;
}

const NO_KSM = {
  series: [],
  warnings: ['No kube-state-metrics in this cluster: limits come from cAdvisor, requests are unknown, init containers cannot be told apart.'],
};

/** Where a cluster's data is and how to select it: resolved once per request by the caller. */
export interface ClusterSource {
  client: PrometheusClient;
  cadvisor: readonly Matcher[];
  /** null = the cluster has no kube-state-metrics. */
  ksm: readonly Matcher[] | null;
}

/**
 * Two upstream range queries per pod, whatever its container count: all cAdvisor layers of the
 * containers and the pod cgroup, then KSM resources and init containers (skipped when the cluster has
 * no kube-state-metrics), with the cluster's detected selectors.
 */
export async function fetchPodMemory(req: PodMemoryRequest, source: ClusterSource, signal?: AbortSignal): Promise<PodMemory> {
  const { client, cadvisor, ksm } = source;
  const ref = { namespace: req.namespace, pod: req.pod };
  const range = { start: req.grid.start, end: req.grid.end, step: req.grid.step };
  const [memory, resources] = await Promise.all([
    client.queryRange({ query: buildPodMemoryWithCgroupQuery(ref, cadvisor), ...range }, signal),
    ksm ? client.queryRange({ query: buildPodResourcesWithInitQuery(ref, ksm), ...range }, signal) : NO_KSM,
  ]);
  const doc = podMemoryFromSeries({
    cluster: req.cluster,
    ...ref,
    grid: req.grid,
    memory: memory.series,
    resources: resources.series,
    warnings: [...new Set([...memory.warnings, ...resources.warnings])],
  });
  if (!doc) {
    throw new ApiError(
      'not_found',
      `no memory series for pod ${req.namespace}/${req.pod} in cluster ${req.cluster} between ${isoTime(req.grid.start)} and ${isoTime(req.grid.end)}`,
    );
  }
  return doc;
}

function isoTime(unixSeconds: number): string {
  return new Date(unixSeconds * 1000).toISOString().replace('.000Z', 'Z');
}
