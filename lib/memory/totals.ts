import type { ContainerMemory, PodTotals } from '@/lib/api/pod-memory';
import type { Fields, Grid } from './pod-inputs';
import { sumSeries } from './pod-total';

const orNulls = (g: Grid | undefined, n: number): Grid => g ?? new Array<number | null>(n).fill(null);

/**
 * The pod's two totals: the sum of its containers' series (kubectl top pod) and the pod cgroup's own
 * series (summary API, eviction). The pod cgroup already contains every container: never add them.
 */
export function computePodTotals(containers: readonly ContainerMemory[], podCgroup: Fields | null, n: number): PodTotals {
  return {
    containersSum: { workingSet: sumSeries(containers, 'workingSet', n), usage: sumSeries(containers, 'usage', n) },
    podCgroup:
      podCgroup && (podCgroup.workingSet || podCgroup.usage)
        ? { workingSet: orNulls(podCgroup.workingSet, n), usage: orNulls(podCgroup.usage, n), rss: orNulls(podCgroup.rss, n) }
        : null,
  };
}
