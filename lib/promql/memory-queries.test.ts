import { describe, expect, it } from 'vitest';
import { buildPodMemoryQuery, buildPodResourcesQuery } from './memory-queries';
import { eq } from './selector';

const kubePrometheus = [eq('job', 'kubelet'), eq('metrics_path', '/metrics/cadvisor')];

describe('buildPodMemoryQuery', () => {
  it('fetches every layer of every app container in one selector', () => {
    expect(buildPodMemoryQuery({ namespace: 'demo', pod: 'ta-1' }, kubePrometheus)).toBe(
      'max by (__name__, container) ({__name__=~"container_memory_usage_bytes|container_memory_working_set_bytes|container_memory_rss|container_memory_cache|container_memory_total_active_file_bytes|container_memory_total_inactive_file_bytes|container_memory_swap|container_spec_memory_limit_bytes", namespace="demo", pod="ta-1", container!="", container!="POD", image!="", job="kubelet", metrics_path="/metrics/cadvisor"})',
    );
  });
  it('escapes hostile namespace and pod values', () => {
    const q = buildPodMemoryQuery({ namespace: 'a"} or vector(1)', pod: 'b\\\n' }, []);
    expect(q).toContain('namespace="a\\"} or vector(1)"');
    expect(q).toContain('pod="b\\\\\\n"');
  });
});

describe('buildPodResourcesQuery', () => {
  it('reads limits and requests for memory only', () => {
    expect(buildPodResourcesQuery({ namespace: 'demo', pod: 'ta-1' }, [eq('job', 'kube-state-metrics')])).toBe(
      'max by (__name__, container) ({__name__=~"kube_pod_container_resource_limits|kube_pod_container_resource_requests", namespace="demo", pod="ta-1", resource="memory", job="kube-state-metrics"})',
    );
  });
});
