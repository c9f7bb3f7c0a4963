import type { NamespacePod } from '@/lib/api/namespace-pods';

/** How the namespace list is ordered: worst share of limit, biggest working set, or name. */
export const POD_SORTS = ['limit', 'wss', 'name'] as const;
export type PodSort = (typeof POD_SORTS)[number];

const byName = (a: NamespacePod, b: NamespacePod): number => (a.pod < b.pod ? -1 : a.pod > b.pod ? 1 : 0);

/** Descending with nulls last. */
const desc = (a: number | null, b: number | null): number => (a === null ? (b === null ? 0 : 1) : b === null ? -1 : b - a);

/**
 * Sorts pods without mutating the input. `limit`: highest share of limit first, then pods without a
 * limit by working set; `wss`: biggest working set first; `name`: alphabetical. Ties go by name.
 */
export function sortPods(pods: readonly NamespacePod[], sort: PodSort): NamespacePod[] {
  const compare = (a: NamespacePod, b: NamespacePod): number => {
    if (sort === 'name') return byName(a, b);
    if (sort === 'limit') {
      const r = desc(a.ofLimit, b.ofLimit);
      if (r !== 0) return r;
    }
    return desc(a.workingSet, b.workingSet) || byName(a, b);
  };
  return [...pods].sort(compare);
}

/** Keeps pods whose name contains `query` (case-insensitive, surrounding spaces ignored); all when it is empty. */
export function filterPods(pods: readonly NamespacePod[], query: string): NamespacePod[] {
  const needle = query.trim().toLowerCase();
  return needle === '' ? [...pods] : pods.filter((p) => p.pod.toLowerCase().includes(needle));
}

/** The container with the highest working set / limit (the one the pod's share of limit is about); null without limits. */
export function worstContainer(pod: NamespacePod): string | null {
  let best: { name: string; ratio: number } | null = null;
  for (const c of pod.containers) {
    if (c.workingSet === null || c.limitBytes === null) continue;
    const ratio = c.workingSet / c.limitBytes;
    if (best === null || ratio > best.ratio) best = { name: c.container, ratio };
  }
  return best?.name ?? null;
}

/** How alarming a share of limit is: amber from 80 %, red from 90 %. */
export function limitLevel(fraction: number): 'ok' | 'warn' | 'critical' {
  return fraction >= 0.9 ? 'critical' : fraction >= 0.8 ? 'warn' : 'ok';
}

/** Keeps pods with a container that is high only because of page cache (namespace filter). */
export function pageCacheOnlyPods(pods: readonly NamespacePod[]): NamespacePod[] {
  return pods.filter((p) => p.containers.some((c) => c.pageCacheOnly));
}
