import 'server-only';
import type { PodContext } from '@/lib/api/pod-context';
import { counterIncrease, derivePodEvents, type ContainerStatus } from '@/lib/memory/pod-events';
import { gridTimestamps, placeOnGrid, type TimeGrid } from '@/lib/memory/time-grid';
import type { Series } from '@/lib/prometheus/types';
import {
  buildContainerExtrasQuery,
  buildNodeMemoryQuery,
  buildPodStatusQuery,
  CADVISOR_EXTRA_METRICS,
  KSM_STATUS_METRICS,
} from '@/lib/promql/pod-context-queries';
import type { PodRef } from '@/lib/promql/memory-queries';
import type { Matcher } from '@/lib/promql/selector';
import type { PrometheusClient } from '@/lib/prometheus/client';

export interface PodContextRequest {
  client: PrometheusClient;
  ref: PodRef;
  grid: TimeGrid;
  cadvisor: readonly Matcher[];
  ksm: readonly Matcher[] | null;
}

type Grid = (number | null)[];

/** The context before the cache state is judged (that needs the working set and limit: lib/server/pod-view.ts). */
export type PodContextCounters = Omit<PodContext, 'containers'> & { containers: Array<Omit<PodContext['containers'][number], 'cacheState'>> };

function byName(series: readonly Series[], grid: TimeGrid, n: number) {
  const out = new Map<string, Map<string, Grid>>();
  for (const s of series) {
    const name = s.labels.__name__ ?? '';
    const key = s.labels.container ?? '';
    const m = out.get(name) ?? new Map<string, Grid>();
    m.set(key, placeOnGrid(grid, n, s.points));
    out.set(name, m);
  }
  return out;
}

/**
 * Events, node memory and per-container extras for a pod: three range queries in parallel (KSM status,
 * cAdvisor extras, node memory joined through kube_pod_info).
 */
export async function fetchPodContext(req: PodContextRequest, signal?: AbortSignal): Promise<{ context: PodContextCounters; warnings: string[] }> {
  const { client, ref, grid } = req;
  const range = { start: grid.start, end: grid.end, step: grid.step };
  const n = gridTimestamps(grid).length;
  const none = { series: [], warnings: [] };
  const [status, extras, node] = await Promise.all([
    req.ksm ? client.queryRange({ query: buildPodStatusQuery(ref, req.ksm), ...range }, signal) : none,
    client.queryRange({ query: buildContainerExtrasQuery(ref, req.cadvisor), ...range }, signal),
    // The node is found through kube_pod_info, so without kube-state-metrics its memory is unknown.
    req.ksm ? client.queryRange({ query: buildNodeMemoryQuery(ref, req.cadvisor, req.ksm), ...range }, signal) : none,
  ]);
  const nodeName = status.series.find((s) => s.labels.__name__ === KSM_STATUS_METRICS.podInfo && s.labels.node)?.labels.node ?? null;

  const ksm = byName(
    status.series.filter((s) => s.labels.__name__ !== KSM_STATUS_METRICS.lastReason || s.labels.reason === 'OOMKilled'),
    grid,
    n,
  );
  const cad = byName(extras.series, grid, n);
  const nodes = byName(node.series, grid, n);
  const containers = [...new Set([...(ksm.get(KSM_STATUS_METRICS.restarts)?.keys() ?? []), ...(cad.get(CADVISOR_EXTRA_METRICS.mappedFile)?.keys() ?? [])])]
    .filter((c) => c !== '')
    .sort();
  const get = (m: Map<string, Map<string, Grid>>, name: string, c: string): Grid => m.get(name)?.get(c) ?? [];
  const statuses: ContainerStatus[] = containers.map((c) => ({
    container: c,
    restarts: get(ksm, KSM_STATUS_METRICS.restarts, c),
    lastOomKilled: get(ksm, KSM_STATUS_METRICS.lastReason, c),
    lastTerminatedAt: get(ksm, KSM_STATUS_METRICS.lastTimestamp, c),
    oomEvents: get(cad, CADVISOR_EXTRA_METRICS.oomEvents, c),
  }));
  const nodeTotal = nodes.get('node_memory_MemTotal_bytes')?.get('') ?? null;
  const context: PodContextCounters = {
    node: {
      name: nodeName,
      source: nodeTotal ? 'node_exporter' : nodes.has('machine_memory_bytes') ? 'machine_memory_bytes' : null,
      totalBytes: nodeTotal ?? nodes.get('machine_memory_bytes')?.get('') ?? null,
      availableBytes: nodes.get('node_memory_MemAvailable_bytes')?.get('') ?? null,
    },
    containers: containers.map((c) => {
      const failcnt = counterIncrease(get(cad, CADVISOR_EXTRA_METRICS.failcnt, c));
      return {
        container: c,
        mappedFile: cad.get(CADVISOR_EXTRA_METRICS.mappedFile)?.get(c) ?? null,
        psiStalledSeconds: counterIncrease(get(cad, CADVISOR_EXTRA_METRICS.psiStalled, c)),
        psiWaitingSeconds: counterIncrease(get(cad, CADVISOR_EXTRA_METRICS.psiWaiting, c)),
        majorFaults: counterIncrease(get(cad, CADVISOR_EXTRA_METRICS.faults, c)),
        failcntIncrease: failcnt ? failcnt : null,
      };
    }),
    events: derivePodEvents(gridTimestamps(grid), statuses),
  };
  return { context, warnings: [...status.warnings, ...extras.warnings, ...node.warnings] };
}
