import 'server-only';
import { ApiError } from '@/lib/api/errors';
import type { PodMemory } from '@/lib/api/pod-memory';
import { assemblePodMemory } from '@/lib/memory/pod-memory';
import type { TimeGrid } from '@/lib/memory/time-grid';
import { buildPodMemoryWithCgroupQuery, buildPodResourcesWithInitQuery } from '@/lib/promql/pod-memory-queries';
import { getClusterSelectors } from './capabilities';
import { getCluster } from './context';

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

/**
 * Two upstream range queries per pod, whatever its container count: all cAdvisor layers of the
 * containers and the pod cgroup, then KSM resources and init containers (skipped when the cluster has
 * no kube-state-metrics), with the cluster's detected selectors (cached, see capabilities.ts).
 */
export async function fetchPodMemory(req: PodMemoryRequest, signal?: AbortSignal): Promise<PodMemory> {
  const { client } = getCluster(req.cluster);
  const selectors = await getClusterSelectors(req.cluster);
  const ref = { namespace: req.namespace, pod: req.pod };
  const range = { start: req.grid.start, end: req.grid.end, step: req.grid.step };
  const [memory, resources] = await Promise.all([
    client.queryRange({ query: buildPodMemoryWithCgroupQuery(ref, selectors.cadvisor), ...range }, signal),
    selectors.ksm ? client.queryRange({ query: buildPodResourcesWithInitQuery(ref, selectors.ksm), ...range }, signal) : NO_KSM,
  ]);
  const doc = assemblePodMemory({
    cluster: req.cluster,
    ...ref,
    grid: req.grid,
    memory: memory.series,
    resources: resources.series,
    warnings: [...new Set([...memory.warnings, ...resources.warnings])],
  });
  if (!doc) {
    throw new ApiError('not_found', `no memory series for pod ${req.namespace}/${req.pod} in cluster ${req.cluster} between ${isoTime(req.grid.start)} and ${isoTime(req.grid.end)}`);
  }
  return doc;
}

function isoTime(unixSeconds: number): string {
  return new Date(unixSeconds * 1000).toISOString().replace('.000Z', 'Z');
}
