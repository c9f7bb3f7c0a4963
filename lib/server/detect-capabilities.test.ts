import { describe, expect, it } from 'vitest';
import { eq, re } from '@/lib/promql/selector';
import { detectCapabilities, pickSampleNamespace, rowMatches, type CountRow } from './detect-capabilities';

const row = (name: string, job: string | null, metricsPath: string | null, count = 10): CountRow => ({ name, job, metricsPath, count });
const kp = (name: string, count = 10) => row(`container_memory_${name}`, 'kubelet', '/metrics/cadvisor', count);
const helm = (name: string, count = 10) => row(`container_memory_${name}`, 'kubernetes-nodes-cadvisor', null, count);

/** kube-prometheus on a 1.35 cgroup v2 node: also scrapes /metrics/resource. */
const kube135 = [
  kp('working_set_bytes'),
  kp('rss'),
  kp('total_active_file_bytes'),
  kp('total_inactive_file_bytes'),
  kp('kernel_usage'),
  kp('swap'),
  kp('failcnt'),
  row('container_pressure_memory_waiting_seconds_total', 'kubelet', '/metrics/cadvisor'),
  row('container_memory_working_set_bytes', 'kubelet', '/metrics/resource', 3),
  row('kube_pod_container_info', 'kube-state-metrics', null, 24),
  row('kube_pod_container_resource_limits', 'kube-state-metrics', null, 20),
];
/** The Helm chart on a 1.22 cgroup v1 node, KSM through service endpoints. */
const helm122 = [
  helm('working_set_bytes'),
  helm('rss'),
  helm('swap'),
  helm('failcnt'),
  row('kube_pod_container_info', 'kubernetes-service-endpoints', null, 16),
];

describe('detectCapabilities', () => {
  it('picks kube-prometheus cAdvisor, not the /metrics/resource copy, and reads a v2 cluster', () => {
    const d = detectCapabilities({ presence: kube135, nonZero: [] });
    expect(d.cadvisor).toEqual([eq('job', 'kubelet'), eq('metrics_path', '/metrics/cadvisor')]);
    expect(d.ksm).toEqual([eq('job', 'kube-state-metrics')]);
    expect(d.report.cadvisor).toMatchObject({ source: 'detected', layout: 'kube-prometheus', selector: '{job="kubelet", metrics_path="/metrics/cadvisor"}' });
    expect(d.report.cadvisor.jobs.map((j) => [j.metricsPath, j.kind])).toEqual([
      ['/metrics/cadvisor', 'cadvisor'],
      ['/metrics/resource', 'resource'],
    ]);
    expect(d.report.metrics).toEqual({
      activeFile: true,
      inactiveFile: true,
      kernelUsage: true,
      swap: true,
      swapInUse: false,
      pressure: true,
      initContainers: false,
    });
    expect(d.report.cgroup.version).toBe('v2');
    expect(d.report.cgroup.evidence).toHaveLength(2);
  });

  it('picks the Helm layout and KSM under another job, and reads v1 from a non-zero failcnt', () => {
    const d = detectCapabilities({ presence: helm122, nonZero: [helm('failcnt', 1)] });
    expect(d.cadvisor).toEqual([eq('job', 'kubernetes-nodes-cadvisor')]);
    expect(d.report.cadvisor.layout).toBe('helm');
    expect(d.ksm).toEqual([eq('job', 'kubernetes-service-endpoints')]);
    expect(d.report.kubeStateMetrics).toMatchObject({ present: true, job: 'kubernetes-service-endpoints' });
    expect(d.report.metrics.activeFile).toBe(false);
    expect(d.report.cgroup).toEqual({ version: 'v1', evidence: ['container_memory_failcnt is non-zero on 1 series; cgroup v2 always reports 0'] });
  });

  it('takes any other job with cAdvisor data, and says when there is no KSM and no evidence', () => {
    const d = detectCapabilities({
      presence: [row('container_memory_working_set_bytes', 'cadvisor', null), row('container_memory_rss', 'cadvisor', null)],
      nonZero: [],
    });
    expect(d.cadvisor).toEqual([eq('job', 'cadvisor')]);
    expect(d.report.cadvisor.layout).toBe('other');
    expect(d.ksm).toBeNull();
    expect(d.report.kubeStateMetrics).toEqual({ present: false, source: 'detected', job: null, selector: '' });
    expect(d.report.cgroup.version).toBe('unknown');
  });

  it('falls back to kube-prometheus with a warning when nothing is found', () => {
    const d = detectCapabilities({ presence: [], nonZero: [] });
    expect(d.report.cadvisor.source).toBe('default');
    expect(d.report.warnings[0]).toMatch(/No cAdvisor series/);
  });

  it('uses configured selectors as given', () => {
    const d = detectCapabilities({
      presence: kube135,
      nonZero: [kp('swap', 2)],
      cadvisorOverride: [eq('job', 'kubelet'), eq('cluster', 'x')],
      ksmOverride: [eq('job', 'ksm')],
    });
    expect(d.cadvisor).toEqual([eq('job', 'kubelet'), eq('cluster', 'x')]);
    expect(d.report.cadvisor.source).toBe('configured');
    expect(d.report.metrics.swapInUse).toBe(true);
    expect(d.ksm).toBeNull();
    expect(d.report.kubeStateMetrics.source).toBe('configured');
  });

  it('says unknown when nodes disagree', () => {
    const d = detectCapabilities({ presence: kube135, nonZero: [kp('failcnt', 1)] });
    expect(d.report.cgroup.version).toBe('unknown');
    expect(d.report.cgroup.evidence[0]).toMatch(/mixed/);
  });
});

describe('rowMatches', () => {
  it('evaluates job and metrics_path matchers and lets other labels through', () => {
    const r = { job: 'kubelet', metricsPath: '/metrics/cadvisor' };
    expect(rowMatches([eq('job', 'kubelet'), eq('cluster', 'x')], r)).toBe(true);
    expect(rowMatches([re('job', 'kube.*')], r)).toBe(true);
    expect(rowMatches([eq('metrics_path', '/metrics/resource')], r)).toBe(false);
  });
});

describe('pickSampleNamespace', () => {
  it('reads kube-system, else monitoring, else the first namespace, never a big one by chance', () => {
    expect(pickSampleNamespace(['scale', 'team-00', 'kube-system'])).toBe('kube-system');
    expect(pickSampleNamespace(['scale', 'monitoring', 'demo'])).toBe('monitoring');
    expect(pickSampleNamespace(['team-00', 'demo'])).toBe('demo');
    expect(pickSampleNamespace(['', ''])).toBeNull();
    expect(pickSampleNamespace([])).toBeNull();
  });
});
