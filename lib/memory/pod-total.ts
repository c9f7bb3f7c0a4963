import type { ContainerMemory } from '@/lib/api/pod-memory';
import { SERIES_KEYS, type SeriesKey } from './layers';

/** Point-wise sum of one series over containers; a point is null only when no container has a value there. */
export function sumSeries(containers: readonly ContainerMemory[], key: SeriesKey, length: number): (number | null)[] {
  return Array.from({ length }, (_, i) => {
    let total: number | null = null;
    for (const c of containers) {
      const v = c[key][i];
      if (v !== null && v !== undefined) total = (total ?? 0) + v;
    }
    return total;
  });
}

/**
 * Sums containers point by point — what `kubectl top pod` shows for working set. Limits add up only
 * when every container has one.
 */
export function sumContainers(containers: readonly ContainerMemory[], length: number): ContainerMemory {
  const allHave = (key: 'limitBytes' | 'requestBytes') =>
    containers.length > 0 && containers.every((c) => c[key] !== null) ? containers.reduce((a, c) => a + (c[key] ?? 0), 0) : null;
  const series = Object.fromEntries(SERIES_KEYS.map((k) => [k, sumSeries(containers, k, length)])) as Record<SeriesKey, (number | null)[]>;
  return { container: 'pod total', limitBytes: allHave('limitBytes'), requestBytes: allHave('requestBytes'), ...series };
}
