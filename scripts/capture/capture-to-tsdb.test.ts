import { describe, expect, it } from 'vitest';
import { buildCaptureSeries, captureToOpenMetrics, readCapture, windowTimestamps, type Capture } from './capture-to-tsdb';
import { parseExposition } from './exposition';
import { REAL_CAPTURES, requireRealCaptures } from './fixtures';
import { applyTargetLabels, cadvisorTarget, ksmTarget } from './layouts';

const target = { node: 'n1', nodeIp: '10.0.0.1', ksmPodIp: '10.1.0.2' };
const window = { endSeconds: 1_800_000_000, durationSeconds: 600, stepSeconds: 15 };

const count = (c: Capture['cadvisor'], name: string, pred: (l: Readonly<Record<string, string>>) => boolean = () => true) =>
  c.samples.filter((s) => s.name === name && pred(s.labels)).length;
const families = (c: Capture['cadvisor']) =>
  new Set(c.samples.map((s) => (c.types.has(s.name) ? s.name : s.name.replace(/_(total|bucket|sum|count)$/, '')))).size;

describe('real captures parse to the numbers SOURCES.md gives', () => {
  requireRealCaptures();
  const c135 = readCapture(REAL_CAPTURES['1_35'].dir);
  const c122 = readCapture(REAL_CAPTURES['1_22'].dir);

  it('1.35 cAdvisor: 78 families, 58 series per memory family, 232 failures, every memory sample timestamped', () => {
    expect(c135.cadvisor.types.size).toBe(78);
    expect(families(c135.cadvisor)).toBe(78);
    for (const m of ['working_set_bytes', 'usage_bytes', 'rss', 'cache', 'swap', 'total_active_file_bytes', 'total_inactive_file_bytes', 'kernel_usage']) {
      expect(count(c135.cadvisor, `container_memory_${m}`), m).toBe(58);
    }
    expect(count(c135.cadvisor, 'container_memory_failures_total')).toBe(232);
    expect(c135.cadvisor.samples.filter((s) => s.name.startsWith('container_memory_') && s.timestampMs === null)).toEqual([]);
  });

  it('1.35 KSM: 25 pods, 24 containers, memory limits 10 and requests 12', () => {
    const ksm = c135.ksm ?? parseExposition('');
    expect(count(ksm, 'kube_pod_info')).toBe(25);
    expect(count(ksm, 'kube_pod_container_info')).toBe(24);
    expect(count(ksm, 'kube_pod_container_resource_limits', (l) => l.resource === 'memory')).toBe(10);
    expect(count(ksm, 'kube_pod_container_resource_limits', (l) => l.resource === 'cpu')).toBe(10);
    expect(count(ksm, 'kube_pod_container_resource_requests', (l) => l.resource === 'memory')).toBe(12);
    expect(count(ksm, 'kube_pod_container_resource_requests', (l) => l.resource === 'cpu')).toBe(16);
  });

  it('1.22 cAdvisor: 63 families, 53 series per memory family, no active/inactive file, POD sandboxes', () => {
    expect(c122.cadvisor.types.size).toBe(63);
    for (const m of ['working_set_bytes', 'usage_bytes', 'rss', 'cache', 'swap', 'mapped_file', 'max_usage_bytes', 'failcnt']) {
      expect(count(c122.cadvisor, `container_memory_${m}`), m).toBe(53);
    }
    expect(count(c122.cadvisor, 'container_memory_total_active_file_bytes')).toBe(0);
    expect(count(c122.cadvisor, 'container_memory_working_set_bytes', (l) => l.container === 'POD')).toBe(16);
    expect(
      c122.cadvisor.samples.find((s) => s.name === 'container_memory_failcnt' && s.labels.pod === 'e2e-container-creating' && s.labels.container === '')?.value,
    ).toBe(158);
  });

  it('1.22 KSM: generic limits 2 cpu + 2 memory, requests 8 cpu + 4 memory', () => {
    const ksm = c122.ksm ?? parseExposition('');
    expect(count(ksm, 'kube_pod_container_resource_limits', (l) => l.resource === 'memory')).toBe(2);
    expect(count(ksm, 'kube_pod_container_resource_limits', (l) => l.resource === 'cpu')).toBe(2);
    expect(count(ksm, 'kube_pod_container_resource_requests', (l) => l.resource === 'memory')).toBe(4);
    expect(count(ksm, 'kube_pod_container_resource_requests', (l) => l.resource === 'cpu')).toBe(8);
  });

  it('keeps one series per sample, adds the layout labels, repeats the value over the window', () => {
    const series = buildCaptureSeries(c135, { layout: 'kube-prometheus', target, window });
    expect(series.length).toBe(c135.cadvisor.samples.length + (c135.ksm?.samples.length ?? 0));
    const wss = series.filter((s) => s.name === 'container_memory_working_set_bytes');
    expect(wss).toHaveLength(58);
    expect(wss.every((s) => s.labels.job === 'kubelet' && s.labels.metrics_path === '/metrics/cadvisor' && s.labels.node === 'n1')).toBe(true);
    expect(wss[0]?.samples).toHaveLength(41);
    const withResource = buildCaptureSeries(c135, { layout: 'kube-prometheus', target, window, resourceCopy: true });
    expect(withResource.length - series.length).toBe(17);
  });

  it('renders OpenMetrics that ends with # EOF and uses unix seconds', () => {
    const text = captureToOpenMetrics(c122, { layout: 'helm', target, window, withoutKsm: true });
    expect(text.endsWith('# EOF\n')).toBe(true);
    expect(text).toContain('job="kubernetes-nodes-cadvisor"');
    expect(text).not.toContain('kube_pod_info');
    expect(text).toMatch(/ 1800000000\n/);
  });
});

describe('layouts', () => {
  it('honor_labels keeps scraped values; without it they move to exported_*', () => {
    expect(applyTargetLabels({ container: 'app', pod: '' }, ksmTarget('kube-prometheus', target))).toEqual({
      container: 'app',
      job: 'kube-state-metrics',
      instance: '10.1.0.2:8443',
    });
    expect(applyTargetLabels({ job: 'x', id: '/' }, cadvisorTarget('helm', target))).toMatchObject({
      job: 'kubernetes-nodes-cadvisor',
      exported_job: 'x',
      instance: 'n1',
    });
  });
  it('window has both ends', () => {
    expect(windowTimestamps({ endSeconds: 60, durationSeconds: 30, stepSeconds: 15 })).toEqual([30, 45, 60]);
  });
});
