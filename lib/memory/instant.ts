import type { ContainerMemory } from '@/lib/api/pod-memory';
import { SERIES_KEYS, type Layers } from './layers';

/** The last grid index where the container (any of them) has a working set, or -1. */
export function latestIndex(containers: readonly ContainerMemory[]): number {
  let best = -1;
  for (const c of containers) {
    for (let i = c.workingSet.length - 1; i > best; i--) {
      if (c.workingSet[i] !== null && c.workingSet[i] !== undefined) {
        best = i;
        break;
      }
    }
  }
  return best;
}

/**
 * The grid index for a pinned instant (unix seconds): the last point at or before it, clamped to the
 * grid; without a pin, the latest point with data.
 */
export function instantIndex(timestamps: readonly number[], containers: readonly ContainerMemory[], at: number | null): number {
  if (at === null || timestamps.length === 0) return latestIndex(containers);
  let index = 0;
  for (let i = 0; i < timestamps.length; i++) if ((timestamps[i] ?? Infinity) <= at) index = i;
  return index;
}

/** A container's six layers at grid index i, or null when the split has a gap there. */
export function layersAt(c: ContainerMemory, i: number): Layers | null {
  const out: Partial<Layers> = {};
  for (const k of SERIES_KEYS) {
    const v = c[k][i];
    if (v === null || v === undefined) return null;
    out[k] = v;
  }
  return out as Layers;
}
