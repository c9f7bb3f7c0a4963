import { describe, expect, it } from 'vitest';
import { buildDetectionQuery, buildNonZeroQuery, buildPresenceQuery, DETECTION_NAMESPACES_MATCH } from './capabilities-queries';

describe('capability queries', () => {
  it('lists namespaces from the index (label values), then asks about one namespace only', () => {
    expect(DETECTION_NAMESPACES_MATCH).toBe('container_memory_working_set_bytes{pod!=""}');
    expect(buildPresenceQuery('kube-system')).toContain('{__name__=~"container_memory_working_set_bytes|');
    expect(buildPresenceQuery('kube-system')).toContain('", namespace="kube-system", pod!=""}[1h]))');
    expect(buildNonZeroQuery('kube-system')).toContain('", namespace="kube-system", pod!=""}[1h]) > 0)');
  });
  it('counts pod series per metric, job and metrics_path in one query', () => {
    expect(buildPresenceQuery(null)).toBe(
      'count by (__name__, job, metrics_path) (last_over_time({__name__=~"container_memory_working_set_bytes|container_memory_rss|container_memory_total_active_file_bytes|container_memory_total_inactive_file_bytes|container_memory_kernel_usage|container_memory_swap|container_memory_failcnt|container_pressure_memory_waiting_seconds_total|kube_pod_container_info|kube_pod_container_resource_limits|kube_pod_init_container_info", pod!=""}[1h]))',
    );
  });
  it('counts non-zero failcnt, kernel_usage and swap', () => {
    expect(buildNonZeroQuery(null)).toBe(
      'count by (__name__, job, metrics_path) (last_over_time({__name__=~"container_memory_failcnt|container_memory_kernel_usage|container_memory_swap", pod!=""}[1h]) > 0)',
    );
  });
  it('asks both about one namespace in one request, each half tagged so `or` keeps both', () => {
    const q = buildDetectionQuery('kube-system');
    expect(q.startsWith('label_replace(count by (__name__, job, metrics_path) (last_over_time({__name__=~"container_memory_working_set_bytes|')).toBe(true);
    expect(q).toContain(
      'namespace="kube-system", pod!=""}[1h])), "podmem_part", "presence", "", "") or label_replace(count by (__name__, job, metrics_path) (',
    );
    expect(
      q.endsWith(
        '{__name__=~"container_memory_failcnt|container_memory_kernel_usage|container_memory_swap", namespace="kube-system", pod!=""}[1h]) > 0), "podmem_part", "nonzero", "", "")',
      ),
    ).toBe(true);
  });
});
