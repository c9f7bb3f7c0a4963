import 'server-only';
import type { PodView } from '@/lib/api/pod-view';
import { getClusterSelectors } from './capabilities';
import { getCluster, requireNamespace } from './context';
import { fetchPodContext } from './pod-context';
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
  return { ...memory, warnings: [...new Set([...memory.warnings, ...extra.warnings])], context: extra.context };
}
