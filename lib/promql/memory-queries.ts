import { eq, neq, type Matcher } from './selector';

/** cAdvisor metric names podmem reads per container; the API field each feeds is in lib/memory. */
export const CADVISOR_MEMORY_METRICS = {
  usage: 'container_memory_usage_bytes',
  workingSet: 'container_memory_working_set_bytes',
  rss: 'container_memory_rss',
  cache: 'container_memory_cache',
  activeFile: 'container_memory_total_active_file_bytes',
  inactiveFile: 'container_memory_total_inactive_file_bytes',
  swap: 'container_memory_swap',
  specLimit: 'container_spec_memory_limit_bytes',
} as const;

export type CadvisorMemoryField = keyof typeof CADVISOR_MEMORY_METRICS;

export const KSM_RESOURCE_METRICS = {
  limit: 'kube_pod_container_resource_limits',
  request: 'kube_pod_container_resource_requests',
} as const;

export type KsmResourceField = keyof typeof KSM_RESOURCE_METRICS;

export interface PodRef {
  readonly namespace: string;
  readonly pod: string;
}

/** Matchers that keep app containers only: not the pod cgroup (image=""), not the sandbox (POD or ""). */
export function appContainerMatchers(ref: PodRef): Matcher[] {
  return [eq('namespace', ref.namespace), eq('pod', ref.pod), neq('container', ''), neq('container', 'POD'), neq('image', '')];
}
