import { describe, expect, it } from 'vitest';
import { buildPodMemoryWithCgroupQuery, buildPodResourcesWithInitQuery } from './pod-memory-queries';
import { eq } from './selector';

const kubePrometheus = [eq('job', 'kubelet'), eq('metrics_path', '/metrics/cadvisor')];

describe('buildPodMemoryWithCgroupQuery', () => {
  it('keeps the pod cgroup and groups by image so code can drop the pause sandbox', () => {
    expect(buildPodMemoryWithCgroupQuery({ namespace: 'demo', pod: 'ta-1' }, kubePrometheus)).toBe(
      'max by (__name__, container, image) ({__name__=~"container_memory_usage_bytes|container_memory_working_set_bytes|container_memory_rss|container_memory_cache|container_memory_total_active_file_bytes|container_memory_total_inactive_file_bytes|container_memory_swap|container_spec_memory_limit_bytes", namespace="demo", pod="ta-1", container!="POD", job="kubelet", metrics_path="/metrics/cadvisor"})',
    );
  });
});

describe('buildPodResourcesWithInitQuery', () => {
  it('reads app and init container resources and the init info series', () => {
    expect(buildPodResourcesWithInitQuery({ namespace: 'demo', pod: 'ta-1' }, [eq('job', 'kubernetes-service-endpoints')])).toBe(
      'max by (__name__, container) ({__name__=~"kube_pod_container_resource_limits|kube_pod_container_resource_requests|kube_pod_init_container_resource_limits|kube_pod_init_container_resource_requests|kube_pod_init_container_info", namespace="demo", pod="ta-1", resource=~"memory|", job="kubernetes-service-endpoints"})',
    );
  });
});
