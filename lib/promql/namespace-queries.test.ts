import { describe, expect, it } from 'vitest';
import { buildNamespaceListMatch, buildNamespaceMemoryQuery, buildNamespaceStatusQuery } from './namespace-queries';
import { eq, re } from './selector';

const cadvisor = [eq('job', 'kubelet'), eq('metrics_path', '/metrics/cadvisor')];
const ksm = [eq('job', 'kube-state-metrics')];

describe('namespace queries', () => {
  it('namespace list: the working-set series of the detected cAdvisor job', () => {
    expect(buildNamespaceListMatch(cadvisor)).toBe('container_memory_working_set_bytes{job="kubelet", metrics_path="/metrics/cadvisor"}');
    expect(buildNamespaceListMatch([])).toBe('container_memory_working_set_bytes{}');
  });

  it('memory: four metrics in one selector, app containers only, grouped by pod and container', () => {
    expect(buildNamespaceMemoryQuery('demo', cadvisor)).toBe(
      'max by (__name__, pod, container) ({__name__=~"container_memory_working_set_bytes|container_memory_rss|container_memory_total_active_file_bytes|container_spec_memory_limit_bytes", namespace="demo", container!="", container!="POD", image!="", job="kubelet", metrics_path="/metrics/cadvisor"})',
    );
  });

  it('memory without the spec limit when kube-state-metrics gives limits', () => {
    expect(buildNamespaceMemoryQuery('demo', cadvisor, false)).toBe(
      'max by (__name__, pod, container) ({__name__=~"container_memory_working_set_bytes|container_memory_rss|container_memory_total_active_file_bytes", namespace="demo", container!="", container!="POD", image!="", job="kubelet", metrics_path="/metrics/cadvisor"})',
    );
  });

  it('status: memory limits, restarts and OOMKilled reasons in one selector', () => {
    expect(buildNamespaceStatusQuery('demo', ksm)).toBe(
      'max by (__name__, pod, container, reason) ({__name__=~"kube_pod_container_resource_limits|kube_pod_container_status_restarts_total|kube_pod_container_status_last_terminated_reason", namespace="demo", resource=~"|memory", reason=~"|OOMKilled", job="kube-state-metrics"})',
    );
  });

  it.each([
    ['a double quote', 'a"b', 'namespace="a\\"b"'],
    ['a backslash', 'a\\b', 'namespace="a\\\\b"'],
    ['a newline', 'a\nb', 'namespace="a\\nb"'],
    ['a closing brace and a matcher', 'x"}) or vector(1) #', 'namespace="x\\"}) or vector(1) #"'],
  ])('escapes %s in the namespace', (_, namespace, rendered) => {
    expect(buildNamespaceMemoryQuery(namespace, cadvisor)).toContain(`, ${rendered}, container!=""`);
    expect(buildNamespaceStatusQuery(namespace, ksm)).toContain(`, ${rendered}, resource=~`);
  });

  it('escapes hostile values in configured selectors, regex ones included', () => {
    expect(buildNamespaceListMatch([eq('job', 'k"ube'), re('instance', '10\\.0\\..*')])).toBe(
      'container_memory_working_set_bytes{job="k\\"ube", instance=~"10\\\\.0\\\\..*"}',
    );
  });

  it('refuses a label name that is not an identifier', () => {
    expect(() => buildNamespaceMemoryQuery('demo', [eq('job"}', 'x')])).toThrow(/invalid label name/);
  });
});
