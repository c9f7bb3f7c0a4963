import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { adviseAlert, type AdvisorEvents, type AdvisorSeries } from './alert-advisor';
import { buildPrometheusRule } from './alert-rule';
import { computeFiring } from './alert-firing';

const T0 = 1_700_000_000;
const STEP = 60;
const ts = (n: number) => Array.from({ length: n }, (_, i) => T0 + i * STEP);
const NO_EVENTS: AdvisorEvents = { oomKillTimestamps: [], restartTimestamps: [], psiStallSeconds: null };

/** A series with limit 100 bytes so values read as percent; `other` fixed at 0 unless given. */
function series(ws: (number | null)[], active: (number | null)[], rss: (number | null)[], limitBytes: number | null = 100): AdvisorSeries {
  return { timestamps: ts(ws.length), stepSeconds: STEP, workingSet: ws, activeFile: active, rss, other: ws.map(() => 0), limitBytes };
}

describe('computeFiring', () => {
  it('merges consecutive points, breaks on gaps and nulls, counts the boundary as firing', () => {
    //            0   1   2    3     4   5   6   7   8
    const values = [50, 90, 95, null, 91, 89, 90, 90, 100];
    const f = computeFiring(ts(9), STEP, values, 100, 0.9);
    expect(f.intervals).toEqual([
      { start: T0 + 60, end: T0 + 180 }, // points 1–2 (90 is exactly at the threshold)
      { start: T0 + 240, end: T0 + 300 }, // point 4 alone: null before, 89 after
      { start: T0 + 360, end: T0 + 540 }, // points 6–8
    ]);
    expect(f.firingSeconds).toBe(120 + 60 + 180);
    expect(f.peakRatio).toBe(1);
  });

  it('does not merge across missing timestamps', () => {
    const f = computeFiring([T0, T0 + 60, T0 + 300], STEP, [95, 95, 95], 100, 0.9);
    expect(f.intervals).toEqual([
      { start: T0, end: T0 + 120 },
      { start: T0 + 300, end: T0 + 360 },
    ]);
  });

  it('all null: nothing fires, no peak', () => {
    expect(computeFiring(ts(3), STEP, [null, null, null], 100, 0.9)).toEqual({ intervals: [], firingSeconds: 0, peakRatio: null });
  });
});

describe('adviseAlert', () => {
  it('no limit: nothing applies', () => {
    const a = adviseAlert(series([95, 95], [50, 50], [40, 40], null), NO_EVENTS);
    expect(a.reason).toBe('no-limit');
    expect(a.recommended).toBeNull();
    expect(a.candidates.every((c) => !c.applicable && c.intervals.length === 0)).toBe(true);
  });

  it('page cache above the threshold without OOM: working set cries wolf', () => {
    // wss 95 for 3 points, active 60 → wss − active 35; rss 30
    const a = adviseAlert(series([50, 95, 95, 95, 50], [10, 60, 60, 60, 10], [30, 30, 30, 30, 30]), NO_EVENTS);
    const byName = Object.fromEntries(a.candidates.map((c) => [c.candidate, c]));
    expect(byName.workingSet?.intervals).toEqual([{ start: T0 + 60, end: T0 + 240 }]);
    expect(byName.workingSet?.firingSecondsWithoutOom).toBe(180);
    expect(byName.workingSetMinusActive?.firingSeconds).toBe(0);
    expect(byName.rss?.peakRatio).toBe(0.3);
    expect([a.recommended, a.reason]).toEqual(['workingSetMinusActive', 'cache-false-alarms']);
  });

  it('OOM kill caught by wss − active and wss, missed by rss (tmpfs counts)', () => {
    // rss 40, other (tmpfs) 52 → wss − active = 92 at points 2–3; OOM kill at point 4; wss also fires at 0 on cache.
    const s: AdvisorSeries = {
      ...series([95, 60, 97, 97, 20, 20], [80, 10, 5, 5, 5, 5], [10, 40, 40, 40, 10, 10]),
      other: [5, 10, 52, 52, 5, 5],
    };
    const events: AdvisorEvents = { oomKillTimestamps: [T0 + 240], restartTimestamps: [T0 + 240, T0 + 300], psiStallSeconds: 42 };
    const a = adviseAlert(s, events);
    const byName = Object.fromEntries(a.candidates.map((c) => [c.candidate, c]));
    expect(byName.workingSetMinusActive).toMatchObject({ oomKillsCaught: 1, firingSeconds: 120, firingSecondsWithoutOom: 0 });
    expect(byName.workingSet).toMatchObject({ oomKillsCaught: 1, firingSeconds: 180, firingSecondsWithoutOom: 60 });
    expect(byName.rss).toMatchObject({ oomKillsCaught: 0, firingSeconds: 0 });
    expect([a.recommended, a.reason, a.oomKills, a.restarts, a.psiStallSeconds]).toEqual(['workingSetMinusActive', 'oom-caught', 1, 2, 42]);
  });

  it('a sudden OOM kill nothing caught', () => {
    const a = adviseAlert(series([20, 20, 20], [5, 5, 5], [10, 10, 10]), { ...NO_EVENTS, oomKillTimestamps: [T0 + 170] });
    expect([a.recommended, a.reason]).toEqual(['workingSetMinusActive', 'oom-missed']);
  });

  it('unreclaimable memory high without an OOM kill: near misses; quiet otherwise', () => {
    expect(adviseAlert(series([95, 95], [0, 0], [95, 95]), NO_EVENTS).reason).toBe('near-misses');
    expect(adviseAlert(series([10, 10], [0, 0], [10, 10]), NO_EVENTS).reason).toBe('quiet');
  });

  it('falls back to rss + other where active_file has a gap', () => {
    const s: AdvisorSeries = { ...series([95, 95], [null, 10], [80, 80]), other: [12, 12] };
    const c = adviseAlert(s, NO_EVENTS).candidates.find((r) => r.candidate === 'workingSetMinusActive');
    // point 0: active missing → rss 80 + other 12 = 92 fires; point 1: 95 − 10 = 85 does not
    expect(c?.intervals).toEqual([{ start: T0, end: T0 + 60 }]);
  });
});

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
