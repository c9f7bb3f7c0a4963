import 'server-only';
import { ApiError } from '@/lib/api/errors';
import type { PodOom } from '@/lib/api/oom';
import { renderOomSummary } from '@/lib/i18n/sizing-text';
import { createI18n } from '@/lib/i18n/i18n';
import { en as enMessages } from '@/lib/i18n/messages/en';
import { formatTime } from '@/lib/i18n/format';
import { analyzeKills, type OomInput } from '@/lib/memory/oom';
import { placeOnGrid, type TimeGrid } from '@/lib/memory/time-grid';
import { buildNodeMemoryQuery } from '@/lib/promql/pod-context-queries';
import { getClusterSelectors } from './capabilities';
import { getCluster } from './context';
import { fetchRangeData } from './sizing-data';

/** The API's own words (messages, summaries) are English; the page renders its language from the codes and numbers. */
const en = createI18n('en', enMessages);

/** SIGKILL: what an OOM kill, an eviction's force-kill or a failed liveness probe's kill all exit with. */
const SIGKILL_EXIT = 137;

export interface OomRequest {
  cluster: string;
  namespace: string;
  pod: string;
  grid: TimeGrid;
}

/**
 * `…/pods/{pod}/oom`: every OOM kill (and every exit 137 without OOMKilled) in the range, with the
 * layers before it, what grew, the kind and a summary. Three upstream range queries: the two of
 * sizing and the node's memory.
 */
export async function fetchPodOom(req: OomRequest, signal?: AbortSignal): Promise<PodOom> {
  const { client } = getCluster(req.cluster);
  const { cadvisor, ksm } = await getClusterSelectors(req.cluster);
  const ref = { namespace: req.namespace, pod: req.pod };
  const range = { start: req.grid.start, end: req.grid.end, step: req.grid.step };
  const [data, node] = await Promise.all([
    fetchRangeData(req.cluster, ref, req.grid, signal),
    ksm ? client.queryRange({ query: buildNodeMemoryQuery(ref, cadvisor, ksm), ...range }, signal) : { series: [], warnings: [] },
  ]);
  if (data.containers.length === 0)
    throw new ApiError('not_found', `no memory series for pod ${req.namespace}/${req.pod} in cluster ${req.cluster} in the range`);
  const n = data.timestamps.length;
  const nodeGrid = (name: string) => {
    const s = node.series.find((x) => x.labels.__name__ === name);
    return s ? placeOnGrid(req.grid, n, s.points) : null;
  };
  const nodeTotal = nodeGrid('node_memory_MemTotal_bytes') ?? nodeGrid('machine_memory_bytes');
  const nodeAvailable = nodeGrid('node_memory_MemAvailable_bytes');
  const inputs: OomInput[] = [];
  for (const c of data.containers) {
    const m = c.memory;
    const layers = {
      timestamps: data.timestamps,
      workingSet: m.workingSet,
      rss: m.rss,
      activeFile: m.activeFile,
      inactiveFile: m.inactiveFile,
      other: m.other,
    };
    const nodeMemory = { totalBytes: nodeTotal, availableBytes: nodeAvailable };
    // An eviction restarts nothing: it is seen where kube_pod_status_reason{reason="Evicted"} turns 1 in the range.
    const evictedAt = c.evicted.findIndex((v, j) => v === 1 && j > 0 && c.evicted[j - 1] !== 1);
    if (evictedAt > 0) {
      const at = data.timestamps[evictedAt] ?? 0;
      inputs.push({
        container: m.container,
        at,
        limitBytes: m.limitBytes,
        oomKilled: false,
        evicted: true,
        layers,
        node: nodeMemory,
        restarts: c.lastRestarts,
        oomEvents: c.oomEvents,
      });
    }
    for (const e of c.events) {
      const i = data.timestamps.findIndex((t) => t >= e.t);
      const exit = i < 0 ? null : (c.lastExitCode[Math.min(i + 1, n - 1)] ?? c.lastExitCode[i] ?? null);
      const sigkill = e.kind === 'restart' && exit === SIGKILL_EXIT;
      if (e.kind !== 'oom-kill' && !sigkill) continue;
      inputs.push({
        container: m.container,
        at: e.t,
        limitBytes: m.limitBytes,
        oomKilled: e.kind === 'oom-kill',
        evicted: c.evicted.some((v, j) => v === 1 && Math.abs((data.timestamps[j] ?? 0) - e.t) <= 300),
        layers,
        node: nodeMemory,
        restarts: c.lastRestarts,
        oomEvents: c.oomEvents,
      });
    }
  }
  const kills = analyzeKills(inputs).map((k) => ({ ...k, summary: renderOomSummary(k, `${formatTime(k.at * 1000, 'en', 'UTC')} UTC`, en) }));
  return {
    cluster: req.cluster,
    namespace: req.namespace,
    pod: req.pod,
    start: req.grid.start,
    end: req.grid.end,
    kills,
    warnings: [...new Set([...data.warnings, ...node.warnings])],
  };
}
