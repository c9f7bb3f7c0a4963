import { CADVISOR_MEMORY_METRICS, KSM_RESOURCE_METRICS } from './memory-queries';
import { KSM_STATUS_METRICS } from './pod-context-queries';
import { anyOfNames, buildSelector, eq, neq, re, type Matcher } from './selector';

/** Counters that tell whether the page cache is thrashed (PSI on cgroup v2, major page faults), and OOM events. */
export const SIZING_COUNTER_METRICS = {
  psiSome: 'container_pressure_memory_waiting_seconds_total',
  psiFull: 'container_pressure_memory_stalled_seconds_total',
  faults: 'container_memory_failures_total',
  oomEvents: 'container_oom_events_total',
} as const;

/** kube-state-metrics series sizing and the OOM post-mortem read besides limits and requests. */
export const KSM_SIZING_METRICS = {
  ...KSM_RESOURCE_METRICS,
  restarts: KSM_STATUS_METRICS.restarts,
  lastReason: KSM_STATUS_METRICS.lastReason,
  lastTimestamp: KSM_STATUS_METRICS.lastTimestamp,
  lastExitCode: 'kube_pod_container_status_last_terminated_exitcode',
  podReason: 'kube_pod_status_reason',
} as const;

/** kube-state-metrics owner references: a pod's controller, and the owner of that ReplicaSet (a Deployment) or Job (a CronJob). */
export const KSM_OWNER_METRICS = {
  pod: 'kube_pod_owner',
  replicaSet: 'kube_replicaset_owner',
  job: 'kube_job_owner',
} as const;

/** One pod, or every pod of a namespace (pod = null). */
export interface SizingScope {
  readonly namespace: string;
  readonly pod: string | null;
}

const scopeMatchers = (scope: SizingScope): Matcher[] => [eq('namespace', scope.namespace), ...(scope.pod === null ? [] : [eq('pod', scope.pod)])];

/**
 * Every memory layer plus the cache-pressure counters of the scope's app containers in one range query.
 * `failure_type` and `scope` match the empty string too, so the other metrics (which lack them) pass
 * while minor faults and hierarchy copies stay upstream.
 */
export function buildSizingMemoryQuery(scope: SizingScope, cadvisor: readonly Matcher[]): string {
  const selector = buildSelector(null, [
    anyOfNames([...Object.values(CADVISOR_MEMORY_METRICS), ...Object.values(SIZING_COUNTER_METRICS)]),
    ...scopeMatchers(scope),
    neq('container', ''),
    neq('container', 'POD'),
    neq('image', ''),
    re('failure_type', '|pgmajfault'),
    re('scope', '|container'),
    ...cadvisor,
  ]);
  return `max by (__name__, pod, container) (${selector})`;
}

/**
 * `owner{ns, owner_name}` kept only where a pod of the scope names it as its owner: `kube_replicaset_owner`
 * and `kube_job_owner` carry no `pod` label, so the scope's pod matcher cannot select them; joining on
 * the pod's `owner_name` (copied into `replicaset`/`job_name`) keeps the answer to the scope's owners.
 */
function ownerOfOwner(scope: SizingScope, ksm: readonly Matcher[], metric: string, ownerKind: string, nameLabel: string): string {
  const owners = buildSelector(metric, [eq('namespace', scope.namespace), ...ksm]);
  const pods = buildSelector(KSM_OWNER_METRICS.pod, [...scopeMatchers(scope), eq('owner_kind', ownerKind), ...ksm]);
  return `max by (__name__, ${nameLabel}, owner_kind, owner_name) (${owners} and on (${nameLabel}) label_replace(${pods}, "${nameLabel}", "$1", "owner_name", "(.+)"))`;
}

/**
 * Limits, requests, restarts, last termination (reason, time, exit code), eviction and owner of the
 * scope, in one range query. `kube_pod_owner` rides in the same selector: the `by` clause keeps
 * `owner_kind`/`owner_name` (the other metrics lack them, so nothing else splits), and
 * `owner_is_controller!="false"` keeps only the controller (a bare pod's is `<none>`). The owners of
 * those ReplicaSets (Deployments) and Jobs (CronJobs) come in the same answer through `or`: no extra
 * round trip, and as a range query it still names the owner of a pod deleted before the range ends.
 */
export function buildSizingStatusQuery(scope: SizingScope, ksm: readonly Matcher[]): string {
  const selector = buildSelector(null, [
    anyOfNames([...Object.values(KSM_SIZING_METRICS), KSM_OWNER_METRICS.pod]),
    ...scopeMatchers(scope),
    re('resource', '|memory'),
    re('reason', '|OOMKilled|Evicted'),
    neq('owner_is_controller', 'false'),
    ...ksm,
  ]);
  return [
    `max by (__name__, pod, container, reason, owner_kind, owner_name) (${selector})`,
    ownerOfOwner(scope, ksm, KSM_OWNER_METRICS.replicaSet, 'ReplicaSet', 'replicaset'),
    ownerOfOwner(scope, ksm, KSM_OWNER_METRICS.job, 'Job', 'job_name'),
  ].join(' or ');
}
