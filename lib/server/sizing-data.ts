import 'server-only';
import type { PodEvent } from '@/lib/api/pod-context';
import type { ContainerMemory } from '@/lib/api/pod-memory';
import { buildContainer } from '@/lib/memory/pod-containers';
import { counterIncrease, derivePodEvents } from '@/lib/memory/pod-events';
import { sortMemorySeries, sortResourceSeries } from './pod-memory-series';
import { resolveWorkload, type OwnerRef, type OwnerRefs, type Workload } from '@/lib/memory/sizing-sweep';
import { gridTimestamps, placeOnGrid, type TimeGrid } from '@/lib/memory/time-grid';
import type { Series } from '@/lib/prometheus/types';
import {
  buildSizingMemoryQuery,
  buildSizingStatusQuery,
  KSM_OWNER_METRICS as OWNER,
  KSM_SIZING_METRICS as KSM,
  SIZING_COUNTER_METRICS as CNT,
  type SizingScope,
} from '@/lib/promql/sizing-queries';
import { getClusterSelectors } from './capabilities';
import { getCluster } from './context';

type Grid = (number | null)[];

/** One app container's range data as sizing and the post-mortem need it, already split into layers. */
export interface ContainerRangeData {
  pod: string;
  memory: ContainerMemory;
  events: PodEvent[];
  /** Counter increases over the range; null when the counter is not exported. */
  psiSomeSeconds: number | null;
  psiFullSeconds: number | null;
  majorFaults: number | null;
  oomEvents: number | null;
  lastRestarts: number | null;
  lastExitCode: Grid;
  /** kube_pod_status_reason{reason="Evicted"} of the container's pod. */
  evicted: Grid;
  /** The pod's owner from kube_pod_owner (through its ReplicaSet or Job), else guessed from its name. */
  workload: Workload;
}

export interface RangeData {
  grid: TimeGrid;
  timestamps: number[];
  containers: ContainerRangeData[];
  warnings: string[];
}

const NO_KSM_WARNING = 'No kube-state-metrics in this cluster: requests, restarts and OOM kills are unknown, so sizing cannot see kills.';

function byPod(series: readonly Series[]): Map<string, Series[]> {
  const out = new Map<string, Series[]>();
  for (const s of series) {
    const pod = s.labels.pod ?? '';
    if (pod === '') continue;
    out.set(pod, [...(out.get(pod) ?? []), s]);
  }
  return out;
}

/** grid[name][container] for one pod's series. */
function gridsByName(series: readonly Series[], grid: TimeGrid, n: number, keep: (s: Series) => boolean = () => true): Map<string, Map<string, Grid>> {
  const out = new Map<string, Map<string, Grid>>();
  for (const s of series) {
    if (!keep(s)) continue;
    const name = s.labels.__name__ ?? '';
    const m = out.get(name) ?? new Map<string, Grid>();
    m.set(s.labels.container ?? '', placeOnGrid(grid, n, s.points));
    out.set(name, m);
  }
  return out;
}

/**
 * The owner references in the status answer, by pod, ReplicaSet and Job name. The owner series are
 * constant over the range; the last labels seen win.
 */
export function ownerRefs(series: readonly Series[]): OwnerRefs {
  const pods = new Map<string, OwnerRef>();
  const replicaSets = new Map<string, OwnerRef>();
  const jobs = new Map<string, OwnerRef>();
  for (const { labels: l } of series) {
    const ref = { kind: l.owner_kind ?? '', name: l.owner_name ?? '' };
    if (l.__name__ === OWNER.pod && l.pod) pods.set(l.pod, ref);
    else if (l.__name__ === OWNER.replicaSet && l.replicaset) replicaSets.set(l.replicaset, ref);
    else if (l.__name__ === OWNER.job && l.job_name) jobs.set(l.job_name, ref);
  }
  return { pods, replicaSets, jobs };
}

/**
 * The range data of one pod or a whole namespace in two upstream range queries (cAdvisor layers and
 * counters; kube-state-metrics resources and status), with the cluster's detected selectors.
 */
export async function fetchRangeData(cluster: string, scope: SizingScope, grid: TimeGrid, signal?: AbortSignal): Promise<RangeData> {
  const { client } = getCluster(cluster);
  const { cadvisor, ksm } = await getClusterSelectors(cluster);
  const range = { start: grid.start, end: grid.end, step: grid.step };
  const [memory, status] = await Promise.all([
    client.queryRange({ query: buildSizingMemoryQuery(scope, cadvisor), ...range }, signal),
    ksm ? client.queryRange({ query: buildSizingStatusQuery(scope, ksm), ...range }, signal) : { series: [], warnings: [NO_KSM_WARNING] },
  ]);
  const timestamps = gridTimestamps(grid);
  const n = timestamps.length;
  const statusByPod = byPod(status.series);
  const owners = ownerRefs(status.series);
  const containers: ContainerRangeData[] = [];
  for (const [pod, series] of [...byPod(memory.series)].sort(([a], [b]) => a.localeCompare(b))) {
    const rows = sortMemorySeries(series, grid, n);
    const workload = resolveWorkload(pod, owners);
    const podStatus = statusByPod.get(pod) ?? [];
    const resources = sortResourceSeries(podStatus, grid, n);
    // Older kube-state-metrics list every reason with 0; only OOMKilled matters per container.
    const ksmGrids = gridsByName(podStatus, grid, n, (s) => s.labels.__name__ !== KSM.lastReason || s.labels.reason === 'OOMKilled');
    const evicted =
      gridsByName(podStatus, grid, n, (s) => s.labels.__name__ === KSM.podReason && s.labels.reason === 'Evicted')
        .get(KSM.podReason)
        ?.get('') ?? [];
    const counters = gridsByName(series, grid, n);
    const get = (m: Map<string, Map<string, Grid>>, name: string, c: string): Grid => m.get(name)?.get(c) ?? [];
    const increase = (name: string, c: string) => counterIncrease(get(counters, name, c));
    for (const name of [...rows.containers.keys()].sort()) {
      const fields = rows.containers.get(name) ?? {};
      if (!fields.workingSet) continue;
      const events = derivePodEvents(timestamps, [
        {
          container: name,
          restarts: get(ksmGrids, KSM.restarts, name),
          lastOomKilled: get(ksmGrids, KSM.lastReason, name),
          lastTerminatedAt: get(ksmGrids, KSM.lastTimestamp, name),
          oomEvents: get(counters, CNT.oomEvents, name),
        },
      ]);
      const restarts = get(ksmGrids, KSM.restarts, name).filter((v): v is number => v !== null);
      containers.push({
        pod,
        memory: buildContainer(name, fields, resources.get(name) ?? {}, n),
        events,
        psiSomeSeconds: increase(CNT.psiSome, name),
        psiFullSeconds: increase(CNT.psiFull, name),
        majorFaults: increase(CNT.faults, name),
        oomEvents: increase(CNT.oomEvents, name),
        lastRestarts: restarts.length > 0 ? (restarts[restarts.length - 1] ?? null) : null,
        lastExitCode: get(ksmGrids, KSM.lastExitCode, name),
        evicted,
        workload,
      });
    }
  }
  return { grid, timestamps, containers, warnings: [...new Set([...memory.warnings, ...status.warnings])] };
}
