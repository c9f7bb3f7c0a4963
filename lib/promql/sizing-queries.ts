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

/** Limits, requests, restarts, last termination (reason, time, exit code) and eviction of the scope, in one range query. */
export function buildSizingStatusQuery(scope: SizingScope, ksm: readonly Matcher[]): string {
  const selector = buildSelector(null, [
    anyOfNames(Object.values(KSM_SIZING_METRICS)),
    ...scopeMatchers(scope),
    re('resource', '|memory'),
    re('reason', '|OOMKilled|Evicted'),
    ...ksm,
  ]);
  return `max by (__name__, pod, container, reason) (${selector})`;
}
