import type { PodEvent } from '@/lib/api/pod-context';
import type { ContainerMemory } from '@/lib/api/pod-memory';
import { instantIndex, layersAt } from './instant';
import type { CacheState } from './sizing';
import type { Layers } from './split';
import { buildVerdict, type Verdict } from './verdict';

/** OOM kills of one container in the range: kills that restarted it plus processes killed inside it. */
export function oomKillsOf(events: readonly PodEvent[], container: string): number {
  return events.filter((e) => e.container === container && (e.kind === 'oom-kill' || e.kind === 'oom-event')).reduce((n, e) => n + e.count, 0);
}

/** A container's page-cache state over the range, as the pod view's context reports it ('unknown' when absent). */
export function cacheStateOf(cache: readonly { container: string; cacheState: CacheState }[], container: string): CacheState {
  return cache.find((c) => c.container === container)?.cacheState ?? 'unknown';
}

/** One container at the instant a page, summary or card describes. */
export interface ContainerSnapshot {
  container: string;
  layers: Layers | null;
  limitBytes: number | null;
  requestBytes: number | null;
  oomKills: number;
  verdict: Verdict | null;
}

export interface PodSnapshot {
  /** The instant's time (unix seconds). */
  t: number;
  /** App containers only (init containers are out of the totals and the verdict). */
  containers: ContainerSnapshot[];
}

export interface SnapshotInput {
  timestamps: readonly number[];
  containers: readonly ContainerMemory[];
  events: readonly PodEvent[];
  /** Each container's page-cache state over the range (the pod view's context.containers). */
  cache: readonly { container: string; cacheState: CacheState }[];
}

/** Every app container's layers and verdict at the pinned instant (or the latest point); null without any sample. */
export function podSnapshot(view: SnapshotInput, at: number | null): PodSnapshot | null {
  const apps = view.containers.filter((c) => !c.init);
  const index = instantIndex(view.timestamps, apps, at);
  const t = view.timestamps[index];
  if (index < 0 || t === undefined) return null;
  return {
    t,
    containers: apps.map((c) => {
      const layers = layersAt(c, index);
      const oomKills = oomKillsOf(view.events, c.container);
      return {
        container: c.container,
        layers,
        limitBytes: c.limitBytes,
        requestBytes: c.requestBytes,
        oomKills,
        verdict: layers
          ? buildVerdict({ ...layers, limitBytes: c.limitBytes, oomKillsInRange: oomKills, cacheState: cacheStateOf(view.cache, c.container) })
          : null,
      };
    }),
  };
}

/**
 * The container a one-line headline is about: an OOM-killed one first, then the highest share of its
 * limit, then the largest working set.
 */
export function headlineContainer(snapshot: PodSnapshot): ContainerSnapshot | null {
  const rank = (c: ContainerSnapshot): [number, number, number] => [
    c.oomKills > 0 ? 1 : 0,
    c.verdict?.numbers.workingSetOfLimit ?? -1,
    c.layers?.workingSet ?? -1,
  ];
  let best: ContainerSnapshot | null = null;
  for (const c of snapshot.containers) {
    if (!c.verdict) continue;
    if (best === null) {
      best = c;
      continue;
    }
    const [a, b] = [rank(c), rank(best)];
    if (a[0] !== b[0] ? a[0] > b[0] : a[1] !== b[1] ? a[1] > b[1] : a[2] > b[2]) best = c;
  }
  return best;
}
