import type { NamespaceContainer, NamespacePod } from '@/lib/api/namespace-pods';
import { normalizeLimit } from './limit';
import { sortPods } from './pod-list-order';

/** One app container of a namespace view at one instant, as the server read it (null = no sample). */
export interface NamespaceContainerSample {
  workingSet: number | null;
  rss: number | null;
  activeFile: number | null;
  specLimit: number | null;
  ksmLimit: number | null;
  restarts: number | null;
  oomKilled: boolean;
}

export const emptyContainerSample = (): NamespaceContainerSample => ({
  workingSet: null,
  rss: null,
  activeFile: null,
  specLimit: null,
  ksmLimit: null,
  restarts: null,
  oomKilled: false,
});

/** The pod cgroup and the sandbox (dockershim "POD", containerd's pause with container="") are never app containers. */
export const isAppContainer = (container: string): boolean => container !== '' && container !== 'POD';

function toContainer(container: string, acc: NamespaceContainerSample): NamespaceContainer {
  // kube-state-metrics reads the pod spec; cAdvisor's spec limit is the fallback (docs/memory-model.md §3).
  const limitBytes = normalizeLimit(acc.ksmLimit) ?? normalizeLimit(acc.specLimit);
  const unreclaimable = unreclaimableAt(acc.workingSet, acc.activeFile);
  return {
    container,
    workingSet: acc.workingSet,
    rss: acc.rss,
    activeFile: acc.activeFile,
    limitBytes,
    unreclaimable,
    pageCacheOnly: isPageCacheOnly(acc.workingSet, unreclaimable, limitBytes, acc.oomKilled),
  };
}

/** The share of limit from which a pod row turns amber (limitLevel) is where "high" starts. */
export const PAGE_CACHE_ONLY_THRESHOLD = 0.8;

/** Working set − active_file (RSS + shmem + kernel); null without both. */
export function unreclaimableAt(workingSet: number | null, activeFile: number | null): number | null {
  return workingSet === null || activeFile === null ? null : Math.max(workingSet - Math.min(activeFile, workingSet), 0);
}

/**
 * "High only because of page cache": working set / limit at or above the threshold while unreclaimable /
 * limit is below it, and the container's last termination was not an OOM kill.
 */
export function isPageCacheOnly(
  workingSet: number | null,
  unreclaimable: number | null,
  limitBytes: number | null,
  oomKilled: boolean,
  threshold = PAGE_CACHE_ONLY_THRESHOLD,
): boolean {
  if (workingSet === null || unreclaimable === null || limitBytes === null || oomKilled) return false;
  return workingSet / limitBytes >= threshold && unreclaimable / limitBytes < threshold;
}

/** Folds one pod's containers into the row the list shows: summed working set, the worst container's share of its limit. */
export function summarizePod(pod: string, containers: readonly NamespaceContainer[], restarts: number | null, oomKilled: boolean): NamespacePod {
  const sets = containers.map((c) => c.workingSet).filter((v): v is number => v !== null);
  const limits = containers.map((c) => c.limitBytes);
  const known = limits.filter((l): l is number => l !== null);
  const ratios = containers.flatMap((c) => (c.workingSet !== null && c.limitBytes !== null ? [c.workingSet / c.limitBytes] : []));
  return {
    pod,
    containers: [...containers],
    workingSet: sets.length > 0 ? sets.reduce((a, b) => a + b, 0) : null,
    limitBytes: limits.length > 0 && known.length === limits.length ? known.reduce((a, b) => a + b, 0) : null,
    ofLimit: ratios.length > 0 ? Math.max(...ratios) : null,
    restarts,
    oomKilled,
  };
}

/**
 * Builds the namespace's pod rows from the containers' samples, worst first. Pods known only to kube-state-metrics (e.g. crash-looping, no container running) are kept
 * with a null working set: on call, they may be the ones that matter.
 */
export function buildNamespacePods(pods: ReadonlyMap<string, ReadonlyMap<string, NamespaceContainerSample>>): NamespacePod[] {
  const rows: NamespacePod[] = [];
  for (const [pod, byContainer] of pods) {
    const names = [...byContainer.keys()].sort();
    const accs = names.map((n) => byContainer.get(n) ?? emptyContainerSample());
    const counted = accs.filter((a) => a.restarts !== null);
    const restarts = counted.length > 0 ? counted.reduce((sum, a) => sum + (a.restarts ?? 0), 0) : null;
    rows.push(
      summarizePod(
        pod,
        names.map((n, i) => toContainer(n, accs[i] ?? emptyContainerSample())),
        restarts,
        accs.some((a) => a.oomKilled),
      ),
    );
  }
  return sortPods(rows, 'limit');
}
