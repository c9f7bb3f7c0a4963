import { describe, expect, it } from 'vitest';
import type { ContainerMemory, PodMemory } from '@/lib/api/pod-memory';
import type { ChartRow } from './chart-rows';
import { findDataWindow, rowNearest, rowsWithin, seedChartData, seedPhaseNumbers, seedPhaseSpans, SEED_PHASE_SECONDS, type SeedPhase } from './seed-experiment';

const MiB = 1024 * 1024;

describe('seedPhaseNumbers', () => {
  // docs/memory-model.md §1, copied by hand: total_cache, total_rss, total_inactive_file, total_active_file.
  const table: Array<[SeedPhase, number, number, number, number]> = [
    ['A', 1294336, 26894336, 1073152, 221184],
    ['B', 106242048, 26947584, 105963520, 278528],
    ['C', 106246144, 29638656, 1105920, 105140224],
  ];
  it.each(table)('phase %s has the seed memory.stat bytes', (phase, cache, rss, inactive, active) => {
    expect(seedPhaseNumbers(phase).stat).toEqual({ total_cache: cache, total_rss: rss, total_inactive_file: inactive, total_active_file: active });
  });

  it.each(table)('phase %s: usage = rss + cache, working set = usage − inactive = rss + active (+ other 0)', (phase, cache, rss, inactive) => {
    const n = seedPhaseNumbers(phase);
    expect(n.usage).toBe(rss + cache);
    expect(n.workingSet).toBe(rss + cache - inactive);
    expect(n.rss + n.activeFile + n.other).toBe(n.workingSet);
    expect(n.workingSet + n.inactiveFile).toBe(n.usage);
    expect(n.other).toBe(0);
  });

  it('C: working set ≈ 129 MB (128.5 MiB), 100 MiB above A although rss barely moved', () => {
    const a = seedPhaseNumbers('A');
    const c = seedPhaseNumbers('C');
    expect(c.workingSet).toBe(134778880);
    expect((c.workingSet / MiB).toFixed(1)).toBe('128.5');
    expect((c.activeFile / MiB).toFixed(1)).toBe('100.3');
    expect(Math.round((c.workingSet - a.workingSet) / MiB)).toBe(103);
    expect(Math.round((c.rss - a.rss) / MiB)).toBe(3);
  });

  it('B: the written file lands in inactive_file, so the working set stays near A', () => {
    const a = seedPhaseNumbers('A');
    const b = seedPhaseNumbers('B');
    expect(Math.round((b.inactiveFile - a.inactiveFile) / MiB)).toBe(100);
    expect(Math.abs(b.workingSet - a.workingSet)).toBeLessThan(MiB / 4);
  });
});

describe('findDataWindow', () => {
  const ts = [0, 15, 30, 45, 60, 75];
  it.each<[string, Array<number | null>, { start: number; end: number } | null]>([
    ['all null', [null, null, null, null, null, null], null],
    ['empty', [], null],
    ['leading and trailing nulls', [null, null, 5, 6, 7, null], { start: 30, end: 60 }],
    ['a gap inside counts as inside', [1, null, null, null, null, 2], { start: 0, end: 75 }],
    ['one point', [null, null, null, 4, null, null], { start: 45, end: 45 }],
    ['zero is a value', [0, 0, null, null, null, null], { start: 0, end: 15 }],
    ['NaN and Infinity are not values', [Number.NaN, 3, Infinity, null, null, null], { start: 15, end: 15 }],
  ])('%s', (_name, values, want) => {
    expect(findDataWindow(ts, values)).toEqual(want);
  });

  it('values shorter than timestamps: missing entries are null', () => {
    expect(findDataWindow(ts, [null, 1])).toEqual({ start: 15, end: 15 });
  });
});

describe('seedPhaseSpans', () => {
  it('a full hour: 20 minutes each', () => {
    const start = Date.UTC(2025, 0, 1, 10) / 1000;
    const spans = seedPhaseSpans({ start, end: start + 3600 });
    expect(spans).toEqual({
      A: { start, end: start + SEED_PHASE_SECONDS },
      B: { start: start + 1200, end: start + 2400 },
      C: { start: start + 2400, end: start + 3600 },
    });
  });

  it('a window longer than the hour (lookback past the last sample) only lengthens C', () => {
    const spans = seedPhaseSpans({ start: 0, end: 3615 });
    expect(spans.B).toEqual({ start: 1200, end: 2400 });
    expect(spans.C).toEqual({ start: 2400, end: 3615 });
  });

  it('a partial window is clipped: spans never leave it', () => {
    const spans = seedPhaseSpans({ start: 100, end: 1600 });
    expect(spans).toEqual({ A: { start: 100, end: 1300 }, B: { start: 1300, end: 1600 }, C: { start: 1600, end: 1600 } });
  });
});

describe('rowsWithin and rowNearest', () => {
  const row = (t: number, workingSet: number | null): ChartRow => ({
    t,
    rss: workingSet,
    activeFile: 0,
    other: 0,
    inactiveFile: 0,
    workingSet,
    usage: workingSet,
  });
  const rows = [row(0, null), row(15, 1), row(30, 2), row(45, null), row(60, 4), row(75, null)];

  it('rowsWithin keeps both ends', () => {
    expect(rowsWithin(rows, { start: 15, end: 60 }).map((r) => r.t)).toEqual([15, 30, 45, 60]);
  });

  it.each<[number, number | null]>([
    [30, 30],
    [44, 30],
    [45, 30],
    [52, 60],
    [-100, 15],
    [1000, 60],
  ])('nearest row with a value to t=%s is at %s', (t, want) => {
    expect(rowNearest(rows, t)?.t ?? null).toBe(want);
  });

  it('null when no row has a working set', () => {
    expect(rowNearest([row(0, null)], 0)).toBeNull();
    expect(rowNearest([], 0)).toBeNull();
  });
});

describe('seedChartData', () => {
  // Two hours at 15 s ending at `now`; the demo's hour of data ends 10 minutes before it.
  const now = Date.UTC(2025, 5, 1, 12) / 1000;
  const timestamps = Array.from({ length: 481 }, (_, i) => now - 7200 + i * 15);
  const demoStart = now - 600 - 3600;
  const series = (v: number) => timestamps.map((t) => (t >= demoStart && t <= now - 600 ? v : null));
  const ta: ContainerMemory = {
    container: 'ta',
    limitBytes: 256 * MiB,
    requestBytes: 128 * MiB,
    rss: series(1),
    activeFile: series(2),
    other: series(0),
    inactiveFile: series(3),
    workingSet: series(3),
    usage: series(6),
  };
  const body = (containers: ContainerMemory[]): PodMemory => ({
    cluster: 'demo',
    namespace: 'demo',
    pod: 'ta-7b6f5d56fb-94svm',
    start: now - 7200,
    end: now,
    step: 15,
    timestamps,
    containers,
    sources: { activeFile: 'measured', inactiveFile: 'measured' },
    warnings: [],
  });

  it('the window is the span of data; phases are its 20-minute thirds; rows cover only the window', () => {
    const got = seedChartData(body([ta]), 'ta');
    expect(got?.window).toEqual({ start: demoStart, end: now - 600 });
    expect(got?.spans.B).toEqual({ start: demoStart + 1200, end: demoStart + 2400 });
    expect(got?.spans.C).toEqual({ start: demoStart + 2400, end: now - 600 });
    expect(got?.rows).toHaveLength(241);
    expect(got?.rows[0]?.t).toBe(demoStart);
    expect(got?.limitBytes).toBe(256 * MiB);
  });

  it('null when the container is missing or has no data in the range', () => {
    expect(seedChartData(body([ta]), 'other')).toBeNull();
    expect(seedChartData(body([{ ...ta, workingSet: timestamps.map(() => null) }]), 'ta')).toBeNull();
  });
});
