import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { buildPrometheusRule } from './alert-rule';

describe('buildPrometheusRule', () => {
  it('builds the (wss − active_file) / limit rule for a namespace', () => {
    const doc = parse(buildPrometheusRule('workingSetMinusActive', 'shop', 0.9)) as {
      metadata: { namespace: string };
      spec: { groups: { rules: { alert: string; expr: string; for: string }[] }[] };
    };
    expect(doc.metadata.namespace).toBe('shop');
    const rule = doc.spec.groups[0]?.rules[0];
    expect(rule?.for).toBe('5m');
    expect(rule?.expr).toBe(
      [
        '(',
        '  max by (namespace, pod, container) (container_memory_working_set_bytes{namespace="shop", job="kubelet", metrics_path="/metrics/cadvisor", container!="", image!=""})',
        '  - max by (namespace, pod, container) (container_memory_total_active_file_bytes{namespace="shop", job="kubelet", metrics_path="/metrics/cadvisor", container!="", image!=""})',
        ')',
        '/ on (namespace, pod, container)',
        'max by (namespace, pod, container) (kube_pod_container_resource_limits{namespace="shop", job="kube-state-metrics", resource="memory"})',
        '>= 0.9',
        '',
      ].join('\n'),
    );
  });

  it('rejects a namespace that is not a Kubernetes name', () => {
    expect(() => buildPrometheusRule('rss', 'a"} or vector(1) #', 0.9)).toThrow(/invalid namespace/);
  });

  it('passes promtool check rules for every candidate', () => {
    const dir = mkdtempSync(join(tmpdir(), 'podmem-rule-'));
    for (const c of ['workingSet', 'rss', 'workingSetMinusActive'] as const) {
      const spec = (parse(buildPrometheusRule(c, 'shop', 0.85)) as { spec: unknown }).spec;
      const file = join(dir, `${c}.yaml`);
      writeFileSync(file, JSON.stringify(spec));
      expect(execFileSync('promtool', ['check', 'rules', file], { encoding: 'utf8' })).toContain('SUCCESS: 1 rules found');
    }
  });
});
