import { describe, expect, it } from 'vitest';
import { buildContainerExtrasQuery, buildNodeMemoryQuery, buildPodStatusQuery } from './pod-context-queries';
import { eq } from './selector';

const ref = { namespace: 'demo', pod: 'orders-api-5f7c9d-x2x9q' };
const cadvisor = [eq('job', 'kubelet'), eq('metrics_path', '/metrics/cadvisor')];

describe('pod context queries', () => {
  it('status: restarts, last reason and time, pod info, grouped with reason and node', () => {
    expect(buildPodStatusQuery(ref, [eq('job', 'kube-state-metrics')])).toBe(
      'max by (__name__, container, reason, node) ({__name__=~"kube_pod_container_status_restarts_total|kube_pod_container_status_last_terminated_reason|kube_pod_container_status_last_terminated_timestamp|kube_pod_info", namespace="demo", pod="orders-api-5f7c9d-x2x9q", job="kube-state-metrics"})',
    );
  });
  it('extras: app containers only; of the fault counters only major faults of the container itself', () => {
    expect(buildContainerExtrasQuery(ref, cadvisor)).toBe(
      'max by (__name__, container) ({__name__=~"container_memory_mapped_file|container_oom_events_total|container_pressure_memory_stalled_seconds_total|container_pressure_memory_waiting_seconds_total|container_memory_failcnt|container_memory_failures_total", namespace="demo", pod="orders-api-5f7c9d-x2x9q", container!="", container!="POD", image!="", failure_type=~"|pgmajfault", scope=~"|container", job="kubelet", metrics_path="/metrics/cadvisor"})',
    );
  });
  it('node: joined through kube_pod_info, node_exporter first, then machine_memory_bytes', () => {
    expect(buildNodeMemoryQuery({ namespace: 'demo', pod: 'p"1' }, cadvisor, [eq('job', 'kube-state-metrics')])).toBe(
      'max by (__name__) ({__name__=~"node_memory_MemTotal_bytes|node_memory_MemAvailable_bytes"} and on (instance) label_replace(kube_pod_info{namespace="demo", pod="p\\"1", job="kube-state-metrics"}, "instance", "$1", "node", "(.+)"))' +
        ' or max by (__name__) (machine_memory_bytes{job="kubelet", metrics_path="/metrics/cadvisor"} and on (node) kube_pod_info{namespace="demo", pod="p\\"1", job="kube-state-metrics"})',
    );
  });
});
