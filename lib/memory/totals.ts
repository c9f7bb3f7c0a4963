import type { ContainerMemory, PodTotals } from '@/lib/api/pod-memory';
import type { Fields, Grid } from './pod-rows';

function sumAt(containers: readonly ContainerMemory[], key: 'workingSet' | 'usage', n: number): Grid {
  return Array.from({ length: n }, (_, i) => {
    let total: number | null = null;
    for (const c of containers) {
      const v = c[key][i];
      if (v !== null && v !== undefined) total = (total ?? 0) + v;
    }
    return total;
  });
}

const orNulls = (g: Grid | undefined, n: number): Grid => g ?? new Array<number | null>(n).fill(null);

/**
 * The pod's two totals: the sum of its containers' series (kubectl top pod) and the pod cgroup's own
 * series (summary API, eviction). The pod cgroup already contains every container: never add them.
 */
export function computePodTotals(containers: readonly ContainerMemory[], podCgroup: Fields | null, n: number): PodTotals {
  return {
    containersSum: { workingSet: sumAt(containers, 'workingSet', n), usage: sumAt(containers, 'usage', n) },
    podCgroup:
      podCgroup && (podCgroup.workingSet || podCgroup.usage)
        ? { workingSet: orNulls(podCgroup.workingSet, n), usage: orNulls(podCgroup.usage, n), rss: orNulls(podCgroup.rss, n) }
        : null,
  };
}
