import type { Series } from '@/lib/prometheus/types';
import { CADVISOR_MEMORY_METRICS, KSM_RESOURCE_METRICS, type CadvisorMemoryField, type KsmResourceField } from '@/lib/promql/memory-queries';
import { KSM_INIT_METRICS } from '@/lib/promql/pod-memory-queries';
import type { PodMemory } from '@/lib/api/pod-memory';
import type { ContainerResources, Fields, Grid, PodMemoryRows } from '@/lib/memory/pod-inputs';
import { assemblePodMemory } from '@/lib/memory/pod-memory';
import { gridTimestamps } from '@/lib/memory/time-grid';
import { lastValue } from '@/lib/memory/series';
import { placeOnGrid, type TimeGrid } from '@/lib/memory/time-grid';

const FIELD_BY_METRIC = new Map<string, CadvisorMemoryField>(
  Object.entries(CADVISOR_MEMORY_METRICS).map(([field, metric]) => [metric, field as CadvisorMemoryField]),
);
const RESOURCE_BY_METRIC = new Map<string, KsmResourceField>([
  ...Object.entries(KSM_RESOURCE_METRICS).map(([field, metric]) => [metric, field as KsmResourceField] as const),
  [KSM_INIT_METRICS.limit, 'limit'],
  [KSM_INIT_METRICS.request, 'request'],
]);
const INIT_METRICS = new Set<string>(Object.values(KSM_INIT_METRICS));

/** Point-wise max of two grids (null only where both are null). */
export function maxGrid(a: Grid | undefined, b: Grid): Grid {
  if (!a) return b;
  return b.map((v, i) => {
    const w = a[i] ?? null;
    return v === null ? w : w === null ? v : Math.max(v, w);
  });
}

/**
 * Adapter: sorts memory series into containers and the pod cgroup. The dockershim sandbox (container="POD")
 * and the containerd pause sandbox (container="" with an image) are dropped. Series of one container
 * under several images (a restart onto a new image) are merged with max, never summed.
 */
export function sortMemorySeries(memory: readonly Series[], grid: TimeGrid, n: number): PodMemoryRows {
  const containers = new Map<string, Fields>();
  let podCgroup: Fields | null = null;
  for (const s of memory) {
    const field = FIELD_BY_METRIC.get(s.labels.__name__ ?? '');
    // Prometheus drops empty labels from results: an absent label is the empty string.
    const container = s.labels.container ?? '';
    const image = s.labels.image ?? '';
    if (!field || container === 'POD') continue;
    let target: Fields;
    if (container === '') {
      if (image !== '') continue; // the containerd pause sandbox
      podCgroup ??= {};
      target = podCgroup;
    } else {
      target = containers.get(container) ?? {};
      containers.set(container, target);
    }
    target[field] = maxGrid(target[field], placeOnGrid(grid, n, s.points));
  }
  return { containers, podCgroup };
}

/** Reads KSM limits, requests and init-container names, each as the last value in the range. */
export function sortResourceSeries(resources: readonly Series[], grid: TimeGrid, n: number): Map<string, ContainerResources> {
  const out = new Map<string, ContainerResources>();
  for (const s of resources) {
    const name = s.labels.__name__ ?? '';
    const container = s.labels.container;
    if (!container) continue;
    const entry = out.get(container) ?? {};
    if (INIT_METRICS.has(name)) entry.init = true;
    const field = RESOURCE_BY_METRIC.get(name);
    if (field) entry[field] = lastValue(placeOnGrid(grid, n, s.points));
    out.set(container, entry);
  }
  return out;
}

export interface PodMemorySeries {
  cluster: string;
  namespace: string;
  pod: string;
  grid: TimeGrid;
  /** Result of buildPodMemoryWithCgroupQuery: labels __name__, container and image. */
  memory: readonly Series[];
  /** Result of buildPodResourcesWithInitQuery: labels __name__ and container. */
  resources: readonly Series[];
  warnings: readonly string[];
}

/** The pod memory document from the two range query results (null when no container has data). */
export function podMemoryFromSeries(input: PodMemorySeries): PodMemory | null {
  const n = gridTimestamps(input.grid).length;
  const { memory, resources, ...rest } = input;
  return assemblePodMemory({ ...rest, rows: sortMemorySeries(memory, input.grid, n), resources: sortResourceSeries(resources, input.grid, n) });
}
