import type { NamespaceContainer, NamespacePod } from '@/lib/api/namespace-pods';
import type { Series } from '@/lib/prometheus/types';
import { NAMESPACE_CADVISOR_METRICS as CAD, NAMESPACE_KSM_METRICS as KSM } from '@/lib/promql/namespace-queries';
import { sortPods } from './pod-list-order';

/** The two instant query results of a namespace view; `ksm` is empty when the cluster has no kube-state-metrics. */
export interface NamespacePodsInput {
  cadvisor: readonly Series[];
  ksm: readonly Series[];
}

interface ContainerAcc {
  workingSet: number | null;
  rss: number | null;
  activeFile: number | null;
  specLimit: number | null;
  ksmLimit: number | null;
  restarts: number | null;
  oomKilled: boolean;
}

const emptyContainer = (): ContainerAcc => ({ workingSet: null, rss: null, activeFile: null, specLimit: null, ksmLimit: null, restarts: null, oomKilled: false });

/** The pod cgroup and the sandbox (dockershim "POD", containerd's pause with container="") are never app containers. */
const isAppContainer = (container: string): boolean => container !== '' && container !== 'POD';

const finite = (value: number | undefined): number | null => (value !== undefined && Number.isFinite(value) ? value : null);

/** A limit of 0 (cAdvisor's "max", or unset) means no limit: null, never 0. */
const positive = (value: number | null): number | null => (value !== null && value > 0 ? value : null);

function collect(input: NamespacePodsInput): Map<string, Map<string, ContainerAcc>> {
  const pods = new Map<string, Map<string, ContainerAcc>>();
  const slot = (s: Series): ContainerAcc | null => {
    const pod = s.labels.pod ?? '';
    const container = s.labels.container ?? '';
    if (pod === '' || !isAppContainer(container)) return null;
    const containers = pods.get(pod) ?? new Map<string, ContainerAcc>();
    pods.set(pod, containers);
    const acc = containers.get(container) ?? emptyContainer();
    containers.set(container, acc);
    return acc;
  };
  for (const s of input.cadvisor) {
    const acc = slot(s);
    const value = finite(s.points[s.points.length - 1]?.[1]);
    if (!acc || value === null) continue;
    const name = s.labels.__name__;
    if (name === CAD.workingSet) acc.workingSet = value;
    else if (name === CAD.rss) acc.rss = value;
    else if (name === CAD.activeFile) acc.activeFile = value;
    else if (name === CAD.specLimit) acc.specLimit = value;
  }
  for (const s of input.ksm) {
    const acc = slot(s);
    const value = finite(s.points[s.points.length - 1]?.[1]);
    if (!acc || value === null) continue;
    const name = s.labels.__name__;
    if (name === KSM.limit) acc.ksmLimit = value;
    else if (name === KSM.restarts) acc.restarts = value;
    // Older kube-state-metrics list every reason with 0: only a 1 means "the last termination was this".
    else if (name === KSM.lastReason && s.labels.reason === 'OOMKilled' && value === 1) acc.oomKilled = true;
  }
  return pods;
}

function toContainer(container: string, acc: ContainerAcc): NamespaceContainer {
  // kube-state-metrics reads the pod spec; cAdvisor's spec limit is the fallback (docs/memory-model.md §3).
  const limitBytes = positive(acc.ksmLimit) ?? positive(acc.specLimit);
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
export function isPageCacheOnly(workingSet: number | null, unreclaimable: number | null, limitBytes: number | null, oomKilled: boolean, threshold = PAGE_CACHE_ONLY_THRESHOLD): boolean {
  if (workingSet === null || unreclaimable === null || limitBytes === null || oomKilled) return false;
  return workingSet / limitBytes >= threshold && unreclaimable / limitBytes < threshold;
}

/** Folds one pod's containers into the row the list shows: summed working set, the worst container's share of its limit. */
export function summarizePod(pod: string, containers: readonly NamespaceContainer[], restarts: number | null, oomKilled: boolean): NamespacePod {
  const sets = containers.map((c) => c.workingSet).filter((v): v is number => v !== null);
  const limits = containers.map((c) => c.limitBytes);
  const ratios = containers.flatMap((c) => (c.workingSet !== null && c.limitBytes !== null ? [c.workingSet / c.limitBytes] : []));
  return {
    pod,
    containers: [...containers],
    workingSet: sets.length > 0 ? sets.reduce((a, b) => a + b, 0) : null,
    limitBytes: limits.length > 0 && limits.every((l) => l !== null) ? limits.reduce<number>((a, b) => a + (b ?? 0), 0) : null,
    ofLimit: ratios.length > 0 ? Math.max(...ratios) : null,
    restarts,
    oomKilled,
  };
}

/**
 * Builds the namespace's pod rows from one cAdvisor and one kube-state-metrics instant result, worst
 * first. Pods known only to kube-state-metrics (e.g. crash-looping, no container running) are kept
 * with a null working set: on call, they may be the ones that matter.
 */
export function assembleNamespacePods(input: NamespacePodsInput): NamespacePod[] {
  const rows: NamespacePod[] = [];
  for (const [pod, byContainer] of collect(input)) {
    const names = [...byContainer.keys()].sort();
    const accs = names.map((n) => byContainer.get(n) ?? emptyContainer());
    const counted = accs.filter((a) => a.restarts !== null);
    const restarts = counted.length > 0 ? counted.reduce((sum, a) => sum + (a.restarts ?? 0), 0) : null;
    rows.push(summarizePod(pod, names.map((n, i) => toContainer(n, accs[i] ?? emptyContainer())), restarts, accs.some((a) => a.oomKilled)));
  }
  return sortPods(rows, 'limit');
}
