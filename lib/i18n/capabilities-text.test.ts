import { describe, expect, it } from 'vitest';
import { i18nFor } from '@/lib/testing/i18n';
import type { ClusterCapabilities } from '@/lib/api/cluster';
import { describeCapabilities } from './capabilities-text';

const base: ClusterCapabilities = {
  cluster: 'c',
  name: 'c',
  detectedAt: 0,
  sampleNamespace: 'demo',
  detectionMs: 40,
  cadvisor: { source: 'detected', layout: 'helm', selector: '{job="kubernetes-nodes-cadvisor"}', jobs: [] },
  kubeStateMetrics: { present: false, source: 'detected', job: null, selector: '' },
  metrics: { activeFile: false, inactiveFile: false, kernelUsage: false, swap: true, swapInUse: false, pressure: false, initContainers: false },
  cgroup: { version: 'v1', evidence: ['x'] },
  warnings: [],
};

describe('describeCapabilities', () => {
  it('says derived, no KSM, cgroup v1 in plain words', () => {
    const text = Object.fromEntries(describeCapabilities(base, i18nFor('en')).map((f) => [f.term, f.text]));
    expect(text['Container metrics']).toContain('Helm chart');
    expect(text['Page cache split']).toMatch(/derived/);
    expect(text['Limits and requests']).toMatch(/No kube-state-metrics/);
    expect(text['cgroup version']).toBe('cgroup v1.');
    expect(text.Swap).toBe('No container uses swap.');
  });
  it('mentions the ignored /metrics/resource copy', () => {
    const c = {
      ...base,
      cadvisor: { ...base.cadvisor, jobs: [{ job: 'kubelet', metricsPath: '/metrics/resource', kind: 'resource' as const, workingSetSeries: 1 }] },
    };
    expect(describeCapabilities(c, i18nFor('en'))[0]?.text).toMatch(/ignores it/);
  });
});

describe('describeCapabilities in Chinese', () => {
  it('uses the Chinese catalogue', () => {
    const text = Object.fromEntries(describeCapabilities(base, i18nFor('zh')).map((f) => [f.term, f.text]));
    expect(text['页缓存拆分']).toMatch(/推算/);
    expect(text['cgroup 版本']).toBe('cgroup v1。');
  });
});
