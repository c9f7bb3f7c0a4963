import 'server-only';
import type { NamespaceList, NamespacePods } from '@/lib/api/namespace-pods';
import { assembleNamespacePods } from './namespace-pods-series';
import { buildNamespaceListMatch, buildNamespaceMemoryQuery, buildNamespaceStatusQuery } from '@/lib/promql/namespace-queries';
import { getClusterSelectors } from './capabilities';
import { getCluster, requireNamespace, visibleNamespaces } from './context';

/** Namespaces seen in the last day: recent enough to drop deleted ones, wide enough for a quiet namespace (VictoriaMetrics' own default). */
const NAMESPACE_WINDOW_SECONDS = 24 * 3600;

/** Namespaces with cAdvisor working-set series in the day before `nowSeconds`, sorted (one label-values request). */
export async function fetchNamespaces(clusterId: string, nowSeconds: number, signal?: AbortSignal): Promise<Required<NamespaceList>> {
  const { client } = getCluster(clusterId);
  const { cadvisor } = await getClusterSelectors(clusterId);
  // Aligned so the upstream cache shares the list between everyone asking within the same 15 s.
  const end = Math.floor(nowSeconds / 15) * 15;
  const { values, warnings } = await client.labelValues(
    'namespace',
    [buildNamespaceListMatch(cadvisor)],
    { start: end - NAMESPACE_WINDOW_SECONDS, end },
    signal,
  );
  return {
    namespaces: visibleNamespaces(
      clusterId,
      values.filter((v) => v !== ''),
    ).sort(),
    warnings,
  };
}

export interface NamespacePodsRequest {
  cluster: string;
  namespace: string;
  /** Unix seconds of the instant. */
  time: number;
}

/** Every pod of a namespace at one instant: two instant queries in parallel (cAdvisor layers, kube-state-metrics status). */
export async function fetchNamespacePods(req: NamespacePodsRequest, signal?: AbortSignal): Promise<NamespacePods> {
  const { client } = getCluster(req.cluster);
  requireNamespace(req.cluster, req.namespace);
  const { cadvisor, ksm, ksmLimits } = await getClusterSelectors(req.cluster);
  const none = { series: [], warnings: [] };
  const [memory, status] = await Promise.all([
    client.query(buildNamespaceMemoryQuery(req.namespace, cadvisor, !ksmLimits), req.time, signal),
    ksm ? client.query(buildNamespaceStatusQuery(req.namespace, ksm), req.time, signal) : none,
  ]);
  return {
    cluster: req.cluster,
    namespace: req.namespace,
    time: req.time,
    pods: assembleNamespacePods({ cadvisor: memory.series, ksm: status.series }),
    warnings: [...new Set([...memory.warnings, ...status.warnings])],
  };
}
