import type { ContainerMemory } from '@/lib/api/pod-memory';

export type LayerKey = 'rss' | 'activeFile' | 'other' | 'inactiveFile' | 'workingSet' | 'usage';

/**
 * Sums containers point by point — what `kubectl top pod` shows for working set. A point is null only
 * when no container has a value there. Limits add up only when every container has one.
 */
export function sumContainers(containers: readonly ContainerMemory[], length: number): ContainerMemory {
  const sum = (key: LayerKey) =>
    Array.from({ length }, (_, i) => {
      let total: number | null = null;
      for (const c of containers) {
        const v = c[key][i];
        if (v !== null && v !== undefined) total = (total ?? 0) + v;
      }
      return total;
    });
  const allHave = (key: 'limitBytes' | 'requestBytes') =>
    containers.length > 0 && containers.every((c) => c[key] !== null) ? containers.reduce((a, c) => a + (c[key] ?? 0), 0) : null;
  return {
    container: 'pod total',
    limitBytes: allHave('limitBytes'),
    requestBytes: allHave('requestBytes'),
    rss: sum('rss'),
    activeFile: sum('activeFile'),
    other: sum('other'),
    inactiveFile: sum('inactiveFile'),
    workingSet: sum('workingSet'),
    usage: sum('usage'),
  };
}
