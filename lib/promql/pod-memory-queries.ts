import { CADVISOR_MEMORY_METRICS, KSM_RESOURCE_METRICS, type PodRef } from './memory-queries';
import { anyOfNames, buildSelector, eq, neq, re, type Matcher } from './selector';

/** kube-state-metrics series for init containers: their resources and the info series that names them. */
export const KSM_INIT_METRICS = {
  limit: 'kube_pod_init_container_resource_limits',
  request: 'kube_pod_init_container_resource_requests',
  info: 'kube_pod_init_container_info',
} as const;

/**
 * All memory layers of every app container of one pod, plus the pod-level cgroup, in one round trip: the container and image
 * matchers are relaxed (only the dockershim sandbox `POD` is excluded) and `image` is kept in the
 * grouping, so code can tell the pod cgroup (container="", image="") from the containerd pause
 * sandbox (container="", pause image) and from app containers. Measured in docs/victoriametrics.md.
 */
export function buildPodMemoryWithCgroupQuery(ref: PodRef, cadvisor: readonly Matcher[]): string {
  const selector = buildSelector(null, [
    anyOfNames(Object.values(CADVISOR_MEMORY_METRICS)),
    eq('namespace', ref.namespace),
    eq('pod', ref.pod),
    neq('container', 'POD'),
    ...cadvisor,
  ]);
  return `max by (__name__, container, image) (${selector})`;
}

/** Memory limits and requests of app and init containers, and the init containers' names, in one query. */
export function buildPodResourcesWithInitQuery(ref: PodRef, ksm: readonly Matcher[]): string {
  const selector = buildSelector(null, [
    anyOfNames([...Object.values(KSM_RESOURCE_METRICS), ...Object.values(KSM_INIT_METRICS)]),
    eq('namespace', ref.namespace),
    eq('pod', ref.pod),
    // `resource=~"memory|"` also matches the info series, which has no resource label.
    re('resource', 'memory|'),
    ...ksm,
  ]);
  return `max by (__name__, container) (${selector})`;
}
