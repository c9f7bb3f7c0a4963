import 'server-only';
import type { ContainerMemory } from '@/lib/api/pod-memory';
import type { PodView } from '@/lib/api/pod-view';
import { cachePressure } from '@/lib/memory/cache-pressure';
import { peakValue } from '@/lib/memory/series';
import { getClusterSelectors } from './capabilities';
import { getCluster, requireNamespace } from './context';
import { fetchPodContext, type PodContextCounters } from './pod-context';
import { fetchPodMemory, type PodMemoryRequest } from './pod-memory';

/** The pod page's data in one API answer: layers (2 queries) and context (2–3 queries), fetched in parallel. */
export async function fetchPodView(req: PodMemoryRequest, signal?: AbortSignal): Promise<PodView> {
  const { client } = getCluster(req.cluster);
  requireNamespace(req.cluster, req.namespace);
  // Detected once here (cached 5 minutes) and handed to both halves.
  const { cadvisor, ksm } = await getClusterSelectors(req.cluster);
  const source = { client, cadvisor, ksm };
  const ref = { namespace: req.namespace, pod: req.pod };
  const [memory, extra] = await Promise.all([fetchPodMemory(req, source, signal), fetchPodContext({ ...source, ref, grid: req.grid }, signal)]);
  const context = { ...extra.context, containers: withCacheState(extra.context.containers, memory.containers, req.grid.end - req.grid.start) };
  return { ...memory, warnings: [...new Set([...memory.warnings, ...extra.warnings])], context };
}

/** Each container's page-cache verdict over the range, from its PSI and major-fault counters and its peak working set against the limit. */
function withCacheState(
  counters: PodContextCounters['containers'],
  memory: readonly ContainerMemory[],
  rangeSeconds: number,
): PodView['context']['containers'] {
  return counters.map((c) => {
    const m = memory.find((x) => x.container === c.container);
    const peak = m ? peakValue(m.workingSet) : null;
    const limit = m?.limitBytes ?? null;
    const { state } = cachePressure({
      fullStalledSeconds: c.psiStalledSeconds,
      someStalledSeconds: c.psiWaitingSeconds,
      majorFaults: c.majorFaults,
      rangeSeconds,
      workingSetOfLimit: peak !== null && limit !== null && limit > 0 ? peak / limit : null,
    });
    return { ...c, cacheState: state };
  });
}
