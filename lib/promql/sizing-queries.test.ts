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
      'max by (__name__, pod, container, reason, owner_kind, owner_name) ({__name__=~"kube_pod_container_resource_limits|kube_pod_container_resource_requests|kube_pod_container_status_restarts_total|kube_pod_container_status_last_terminated_reason|kube_pod_container_status_last_terminated_timestamp|kube_pod_container_status_last_terminated_exitcode|kube_pod_status_reason|kube_pod_owner", namespace="demo", resource=~"|memory", reason=~"|OOMKilled|Evicted", owner_is_controller!="false"})' +
        ' or max by (__name__, replicaset, owner_kind, owner_name) (kube_replicaset_owner{namespace="demo"} and on (replicaset) label_replace(kube_pod_owner{namespace="demo", owner_kind="ReplicaSet"}, "replicaset", "$1", "owner_name", "(.+)"))' +
        ' or max by (__name__, job_name, owner_kind, owner_name) (kube_job_owner{namespace="demo"} and on (job_name) label_replace(kube_pod_owner{namespace="demo", owner_kind="Job"}, "job_name", "$1", "owner_name", "(.+)"))',
    );
  });
  it('reads one pod’s owner in the same query: its ReplicaSet’s and Job’s owners joined on the pod’s owner_name, not every one of the namespace', () => {
    const q = buildSizingStatusQuery({ namespace: 'demo', pod: 'orders-api-5f7c9d-x2x9q' }, [eq('job', 'ksm')]);
    expect(q).toContain(
      ' or max by (__name__, replicaset, owner_kind, owner_name) (kube_replicaset_owner{namespace="demo", job="ksm"} and on (replicaset) label_replace(kube_pod_owner{namespace="demo", pod="orders-api-5f7c9d-x2x9q", owner_kind="ReplicaSet", job="ksm"}, "replicaset", "$1", "owner_name", "(.+)"))',
    );
    expect(q).toContain(
      ' or max by (__name__, job_name, owner_kind, owner_name) (kube_job_owner{namespace="demo", job="ksm"} and on (job_name) label_replace(kube_pod_owner{namespace="demo", pod="orders-api-5f7c9d-x2x9q", owner_kind="Job", job="ksm"}, "job_name", "$1", "owner_name", "(.+)"))',
    );
    expect(q.startsWith('max by (__name__, pod, container, reason, owner_kind, owner_name) ({__name__=~"')).toBe(true);
    expect(q).toContain(
      '|kube_pod_owner", namespace="demo", pod="orders-api-5f7c9d-x2x9q", resource=~"|memory", reason=~"|OOMKilled|Evicted", owner_is_controller!="false", job="ksm"})',
    );
  });
});
