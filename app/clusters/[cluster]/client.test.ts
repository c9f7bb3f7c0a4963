import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { ClusterCapabilities } from '@/lib/api/cluster';
import { ClusterDataSourceView } from './client';

const caps: ClusterCapabilities = {
  cluster: 'prod',
  name: 'prod',
  detectedAt: 1_796_000_000,
  sampleNamespace: 'kube-system',
  detectionMs: 40,
  cadvisor: {
    source: 'detected',
    layout: 'kube-prometheus',
    selector: '{job="kubelet", metrics_path="/metrics/cadvisor"}',
    jobs: [{ job: 'kubelet', metricsPath: '/metrics/resource', kind: 'resource', workingSetSeries: 17 }],
  },
  kubeStateMetrics: { present: true, source: 'detected', job: 'kube-state-metrics', selector: '{job="kube-state-metrics"}' },
  metrics: { activeFile: true, inactiveFile: true, kernelUsage: true, swap: true, swapInUse: false, pressure: true, initContainers: false },
  cgroup: { version: 'v2', evidence: ['memory pressure (PSI) series exist (58); only cgroup v2 has them'] },
  warnings: ['cAdvisor data also comes from "cadvisor"'],
};

describe('ClusterDataSourceView', () => {
  it('says in words what the data offers, with the evidence and warnings', () => {
    const html = renderToStaticMarkup(createElement(ClusterDataSourceView, { capabilities: caps }));
    expect(html).toContain('Data source of cluster prod');
    expect(html).toContain('scraped the kube-prometheus way');
    expect(html).toContain('podmem ignores it');
    expect(html).toContain('Active and inactive page cache are measured');
    expect(html).toContain('cgroup v2.');
    expect(html).toContain('only cgroup v2 has them');
    expect(html).toContain('role="status"');
    expect(html).toContain('Detected 2026-11-30T');
  });
});
