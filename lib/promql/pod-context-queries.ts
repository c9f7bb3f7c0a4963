import { appContainerMatchers, type PodRef } from './memory-queries';
import { anyOfNames, buildSelector, eq, re, type Matcher } from './selector';

/** kube-state-metrics series that tell restarts and OOM kills apart, plus kube_pod_info for the node. */
export const KSM_STATUS_METRICS = {
  restarts: 'kube_pod_container_status_restarts_total',
  lastReason: 'kube_pod_container_status_last_terminated_reason',
  lastTimestamp: 'kube_pod_container_status_last_terminated_timestamp',
  podInfo: 'kube_pod_info',
} as const;

/** cAdvisor series the verdict, the tools card and the advisor need besides the layers. */
export const CADVISOR_EXTRA_METRICS = {
  mappedFile: 'container_memory_mapped_file',
  oomEvents: 'container_oom_events_total',
  psiStalled: 'container_pressure_memory_stalled_seconds_total',
  psiWaiting: 'container_pressure_memory_waiting_seconds_total',
  failcnt: 'container_memory_failcnt',
  /** Major page faults only (`failure_type="pgmajfault"`, `scope="container"`): re-reads from disk. */
  faults: 'container_memory_failures_total',
} as const;

/** Restarts, last termination reason and time per container, and the pod's node, in one query. */
export function buildPodStatusQuery(ref: PodRef, ksm: readonly Matcher[]): string {
  const selector = buildSelector(null, [anyOfNames(Object.values(KSM_STATUS_METRICS)), eq('namespace', ref.namespace), eq('pod', ref.pod), ...ksm]);
  return `max by (__name__, container, reason, node) (${selector})`;
}

/**
 * mapped_file, OOM events, PSI stalls, failcnt and major faults of every app container, in one query.
 * `failure_type` and `scope` match the empty string too, so the other metrics (which lack them) pass
 * while minor faults and hierarchy copies stay upstream.
 */
export function buildContainerExtrasQuery(ref: PodRef, cadvisor: readonly Matcher[]): string {
  const selector = buildSelector(null, [
    anyOfNames(Object.values(CADVISOR_EXTRA_METRICS)),
    ...appContainerMatchers(ref),
    re('failure_type', '|pgmajfault'),
    re('scope', '|container'),
    ...cadvisor,
  ]);
  return `max by (__name__, container) (${selector})`;
}

/**
 * The memory of the pod's node as `top`'s header shows it, found through kube_pod_info's `node` label in
 * the same query (so it runs in parallel with the others): node_exporter's MemTotal/MemAvailable where
 * its `instance` is the node name (kube-prometheus), else cAdvisor's machine_memory_bytes of that node.
 */
export function buildNodeMemoryQuery(ref: PodRef, cadvisor: readonly Matcher[], ksm: readonly Matcher[]): string {
  const podInfo = buildSelector(KSM_STATUS_METRICS.podInfo, [eq('namespace', ref.namespace), eq('pod', ref.pod), ...ksm]);
  const nodeExporter = buildSelector(null, [anyOfNames(['node_memory_MemTotal_bytes', 'node_memory_MemAvailable_bytes'])]);
  const machine = buildSelector('machine_memory_bytes', [...cadvisor]);
  return (
    `max by (__name__) (${nodeExporter} and on (instance) label_replace(${podInfo}, "instance", "$1", "node", "(.+)"))` +
    ` or max by (__name__) (${machine} and on (node) ${podInfo})`
  );
}
