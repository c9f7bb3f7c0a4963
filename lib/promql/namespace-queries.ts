import { CADVISOR_MEMORY_METRICS, KSM_RESOURCE_METRICS } from './memory-queries';
import { KSM_STATUS_METRICS } from './pod-context-queries';
import { anyOfNames, buildSelector, eq, neq, re, type Matcher } from './selector';

/** The cAdvisor series a namespace's pod list reads: the first screen needs no more (docs/prometheus-api.md: cost grows with metrics). */
export const NAMESPACE_CADVISOR_METRICS = {
  workingSet: CADVISOR_MEMORY_METRICS.workingSet,
  rss: CADVISOR_MEMORY_METRICS.rss,
  activeFile: CADVISOR_MEMORY_METRICS.activeFile,
  specLimit: CADVISOR_MEMORY_METRICS.specLimit,
} as const;

/** The kube-state-metrics series a namespace's pod list reads: memory limits, restarts, last termination reason. */
export const NAMESPACE_KSM_METRICS = {
  limit: KSM_RESOURCE_METRICS.limit,
  restarts: KSM_STATUS_METRICS.restarts,
  lastReason: KSM_STATUS_METRICS.lastReason,
} as const;

/** App containers of every pod in a namespace: not the pod cgroup (image=""), not the sandbox (POD or ""). */
export function namespaceAppContainerMatchers(namespace: string): Matcher[] {
  return [eq('namespace', namespace), neq('container', ''), neq('container', 'POD'), neq('image', '')];
}

/** The `match[]` selector whose `namespace` label values are the namespaces with cAdvisor working-set series. */
export function buildNamespaceListMatch(cadvisor: readonly Matcher[]): string {
  return buildSelector(CADVISOR_MEMORY_METRICS.workingSet, [...cadvisor]);
}

/**
 * Working set, rss and active file of every app container in a namespace in one instant query, plus
 * cAdvisor's spec limit when kube-state-metrics has no limits to give (`specLimit`; with them it is a
 * quarter of the answer spent on a fallback never read). One name-regex selector is the cheapest way to
 * fetch several metrics; `max by` (never sum) folds the series that overlap after a restart.
 */
export function buildNamespaceMemoryQuery(namespace: string, cadvisor: readonly Matcher[], specLimit = true): string {
  const metrics = Object.values(NAMESPACE_CADVISOR_METRICS).filter((m) => specLimit || m !== NAMESPACE_CADVISOR_METRICS.specLimit);
  const selector = buildSelector(null, [anyOfNames(metrics), ...namespaceAppContainerMatchers(namespace), ...cadvisor]);
  return `max by (__name__, pod, container) (${selector})`;
}

/**
 * Memory limits, restarts and OOMKilled last-termination reasons of every container in a namespace in one
 * instant query. `resource` and `reason` match the empty string too, so the restart counter (which has
 * neither label) passes while CPU limits and other reasons are left upstream.
 */
export function buildNamespaceStatusQuery(namespace: string, ksm: readonly Matcher[]): string {
  const selector = buildSelector(null, [
    anyOfNames(Object.values(NAMESPACE_KSM_METRICS)),
    eq('namespace', namespace),
    re('resource', '|memory'),
    re('reason', '|OOMKilled'),
    ...ksm,
  ]);
  return `max by (__name__, pod, container, reason) (${selector})`;
}
