import { describe, expect, it } from 'vitest';
import { buildSizingMemoryQuery, buildSizingStatusQuery } from './sizing-queries';
import { eq } from './selector';

describe('sizing queries', () => {
  it('selects one pod’s app containers, layers and pressure counters, with the cluster’s matchers', () => {
    const q = buildSizingMemoryQuery({ namespace: 'demo', pod: 'a"b' }, [eq('job', 'kubelet')]);
    expect(q).toBe(
      'max by (__name__, pod, container) ({__name__=~"container_memory_usage_bytes|container_memory_working_set_bytes|container_memory_rss|container_memory_cache|container_memory_total_active_file_bytes|container_memory_total_inactive_file_bytes|container_memory_swap|container_spec_memory_limit_bytes|container_pressure_memory_waiting_seconds_total|container_pressure_memory_stalled_seconds_total|container_memory_failures_total|container_oom_events_total", namespace="demo", pod="a\\"b", container!="", container!="POD", image!="", failure_type=~"|pgmajfault", scope=~"|container", job="kubelet"})',
    );
  });
  it('drops the pod matcher for a namespace sweep', () => {
    expect(buildSizingStatusQuery({ namespace: 'demo', pod: null }, [])).toBe(
      'max by (__name__, pod, container, reason) ({__name__=~"kube_pod_container_resource_limits|kube_pod_container_resource_requests|kube_pod_container_status_restarts_total|kube_pod_container_status_last_terminated_reason|kube_pod_container_status_last_terminated_timestamp|kube_pod_container_status_last_terminated_exitcode|kube_pod_status_reason", namespace="demo", resource=~"|memory", reason=~"|OOMKilled|Evicted"})',
    );
  });
});
