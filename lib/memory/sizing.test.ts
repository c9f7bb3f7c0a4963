import { describe, expect, it } from 'vitest';
import { ceilMiB, krrSimple, kubecostRequest, sizeContainer, unreclaimableTrend, vpaTarget, weightedPercentile, type SizingInput } from './sizing';

const MiB = 1024 * 1024;
const HOUR = 3600;
const DAY = 24 * HOUR;
const mib = (xs: number[]) => xs.map((x) => x * MiB);
const defaults = { headroom: 0.2, cacheAllowance: null };

/** Three samples a minute apart: working set 400/500/450 MiB, of which active_file 200/300/250 MiB. */
function small(p: Partial<SizingInput> = {}): SizingInput {
  return {
    container: 'app',
    step: 60,
    series: { timestamps: [0, 60, 120], workingSet: mib([400, 500, 450]), rss: mib([150, 160, 150]), activeFile: mib([200, 300, 250]), swap: null },
    limitBytes: 1024 * MiB,
    requestBytes: 512 * MiB,
    kills: [],
    restarts: [],
    cache: 'idle',
    ...p,
  };
}

describe('ceilMiB', () => {
  it('rounds up to a whole MiB and keeps whole MiB as they are', () => {
    expect(ceilMiB(1.5 * MiB)).toBe(2 * MiB);
    expect(ceilMiB(512 * MiB)).toBe(512 * MiB);
    expect(ceilMiB(1)).toBe(MiB);
  });
});

describe('sizeContainer', () => {
  it('sizes from the unreclaimable peak plus 25 % of the active cache peak, limit = need × 1.2', () => {
    const r = sizeContainer(small(), defaults);
    // unreclaimable = 400−200, 500−300, 450−250 = 200 MiB flat; active peak 300 MiB → allowance 75 MiB.
    expect(r.peaks).toEqual({ workingSet: 500 * MiB, rss: 160 * MiB, unreclaimable: 200 * MiB, activeFile: 300 * MiB, swap: null });
    expect(r.recommended).toEqual({ requestBytes: 275 * MiB, limitBytes: 330 * MiB });
    expect(r.basis).toMatchObject({ needBase: 200 * MiB, cacheAllowance: 0.25, cacheAllowanceBytes: 75 * MiB, oomFloorBytes: null });
    // KRR: 500 × 1.15 = 575; Kubecost: 500 / 0.7 = 714.29; VPA: one day, p90 = 500 → 575.
    expect(r.alternatives.krrSimple.limitBytes).toBeCloseTo(575 * MiB, 0);
    expect(r.alternatives.kubecost.requestBytes).toBeCloseTo((500 / 0.7) * MiB, 0);
    expect(r.alternatives.vpaTarget.requestBytes).toBeCloseTo(575 * MiB, 0);
    expect(r.data).toEqual({ seconds: 180, samples: 3, provisional: true });
    expect(r.warnings.map((w) => w.code)).toEqual(['provisional']);
  });

  it('takes headroom and cache allowance from the options', () => {
    const r = sizeContainer(small(), { headroom: 0.5, cacheAllowance: 0 });
    expect(r.recommended).toEqual({ requestBytes: 200 * MiB, limitBytes: 300 * MiB });
  });

  it('keeps the whole active cache when it is thrashed, and says so', () => {
    const r = sizeContainer(small({ cache: 'thrashing' }), defaults);
    expect(r.recommended).toEqual({ requestBytes: 500 * MiB, limitBytes: 600 * MiB });
    expect(r.warnings.map((w) => w.code)).toContain('cache-thrashing');
  });

  it('never recommends a limit below the limit at an OOM kill plus headroom, and says it raised it', () => {
    const r = sizeContainer(small({ kills: [{ at: 90, limitBytes: 512 * MiB }] }), defaults);
    // 512 × 1.2 = 614.4 → 615 MiB, above the formula's 330 MiB.
    expect(r.recommended.limitBytes).toBe(615 * MiB);
    expect(r.warnings).toContainEqual({ code: 'oom-killed', kills: 1, limitAtKillBytes: 512 * MiB, raisedToBytes: 615 * MiB });
    // KRR with OOM data: max(575, 512 × 1.25 = 640).
    expect(r.alternatives.krrSimple.limitBytes).toBe(640 * MiB);
  });

  it('counts swap as memory that must fit and warns about the missing limit', () => {
    const base = small();
    const r = sizeContainer(small({ limitBytes: null, series: { ...base.series, swap: mib([0, 64, 64]) } }), defaults);
    // need base = max(200+0, 200+64, 200+64) = 264; + 75 = 339 → limit 406.8 → 407 MiB.
    expect(r.recommended).toEqual({ requestBytes: 339 * MiB, limitBytes: 407 * MiB });
    expect(r.warnings).toContainEqual({ code: 'no-limit', swapPeakBytes: 64 * MiB });
  });

  it('says so when shmem/kernel memory (neither RSS nor cache) is 100 MiB or more', () => {
    const r = sizeContainer(small({ series: { timestamps: [0], workingSet: mib([385]), rss: mib([150]), activeFile: mib([30]), swap: null } }), defaults);
    // 385 − 30 = 355 unreclaimable, of which 355 − 150 = 205 MiB is not RSS.
    expect(r.warnings).toContainEqual({ code: 'unreclaimable-other', otherBytes: 205 * MiB });
    expect(r.recommended.requestBytes).toBeGreaterThanOrEqual(355 * MiB);
  });

  it('is not provisional with 7 days of data', () => {
    const n = 7 * 24 + 1;
    const ts = Array.from({ length: n }, (_, i) => i * HOUR);
    const flat = ts.map(() => 100 * MiB);
    const r = sizeContainer(small({ step: HOUR, series: { timestamps: ts, workingSet: flat, rss: flat, activeFile: ts.map(() => 0), swap: null } }), defaults);
    expect(r.data.provisional).toBe(false);
    expect(r.warnings.map((w) => w.code)).toEqual([]);
  });

  it('warns of a rising trend with its slope per hour and the time to the limit', () => {
    // 1 MiB per minute from 100 MiB for 30 minutes; limit 200 MiB.
    const ts = Array.from({ length: 31 }, (_, i) => i * 60);
    const ws = ts.map((_, i) => (100 + i) * MiB);
    const r = sizeContainer(
      small({ limitBytes: 200 * MiB, series: { timestamps: ts, workingSet: ws, rss: ws, activeFile: ts.map(() => 0), swap: null } }),
      defaults,
    );
    const w = r.warnings.find((x) => x.code === 'trend-up');
    expect(w).toMatchObject({ code: 'trend-up', limitBytes: 200 * MiB, limitIsCurrent: true });
    if (w?.code !== 'trend-up') throw new Error('no trend warning');
    expect(w.slopeBytesPerHour).toBeCloseTo(60 * MiB, 0);
    // At the last point the line is at 130 MiB: (200 − 130) / 60 per hour = 1.1667 h.
    expect(w.hoursToLimit).toBeCloseTo(70 / 60, 6);
  });
});

describe('unreclaimableTrend', () => {
  const ts = Array.from({ length: 41 }, (_, i) => i * 60);
  it('fits only the life after the last restart', () => {
    // Flat at 300 MiB, restarted at 20 min, then rising 2 MiB/min from 50 MiB: across the restart the
    // line falls; in the last life it rises 120 MiB/h.
    const v = ts.map((t) => (t < 1200 ? 300 * MiB : (50 + (2 * (t - 1200)) / 60) * MiB));
    expect(unreclaimableTrend(ts, v, [])).toBeNull();
    expect((unreclaimableTrend(ts, v, [1199])?.slopePerSecond ?? 0) * 3600).toBeCloseTo(120 * MiB, 0);
  });
  it('ignores small rises (under 16 MiB over the life)', () => {
    const v = ts.map((t) => (100 + (0.3 * t) / 60) * MiB); // 12 MiB over 40 minutes
    expect(unreclaimableTrend(ts, v, [])).toBeNull();
  });
});

describe('published formulas', () => {
  it('KRR simple: max working set × 1.15, and at least the kill limit × 1.25', () => {
    expect(krrSimple(1000, [])).toEqual({ requestBytes: 1150, limitBytes: 1150 });
    expect(krrSimple(1000, [{ at: 1, limitBytes: 1000 }])).toEqual({ requestBytes: 1250, limitBytes: 1250 });
    expect(krrSimple(null, [])).toEqual({ requestBytes: null, limitBytes: null });
  });
  it('Kubecost: max ÷ 0.7', () => {
    expect(kubecostRequest(700)).toBeCloseTo(1000, 9);
  });
  it('weighted percentile: the smallest value whose cumulative weight reaches p', () => {
    const items = [
      { value: 100, weight: 1 },
      { value: 200, weight: 0.5 },
      { value: 400, weight: 0.25 },
    ];
    // Total 1.75: p90 needs 1.575 → only 400 gets there; p80 needs 1.4 → 200; p50 needs 0.875 → 100.
    expect(weightedPercentile(items, 0.9)).toBe(400);
    expect(weightedPercentile(items, 0.8)).toBe(200);
    expect(weightedPercentile(items, 0.5)).toBe(100);
  });
  it('VPA: p90 of daily peaks weighted by a 24 h half-life, × 1.15; older than 8 days ignored', () => {
    const end = 10 * DAY;
    // Daily peaks: today 100, yesterday 200, two days ago 400 (weights 1, ½, ¼), nine days ago 5000 (outside).
    const ts = [end - 9 * DAY + 10, end - 2 * DAY - 10, end - DAY - 10, end - 10];
    const ws = [5000, 400, 200, 100];
    const series = { timestamps: ts, workingSet: ws, rss: ws, activeFile: ws.map(() => 0), swap: null };
    expect(vpaTarget(series, [], null, end)).toBeCloseTo(400 * 1.15, 9);
  });
  it('VPA after an OOM kill: a peak of max(memory + 100 MiB, memory × 1.2) in the kill’s day', () => {
    const series = { timestamps: [0, 60], workingSet: [300 * MiB, 300 * MiB], rss: [0, 0], activeFile: [0, 0], swap: null };
    // memory = max(300 before the kill, request 256) = 300 → max(400, 360) = 400 MiB → × 1.15.
    expect(vpaTarget(series, [{ at: 60, limitBytes: 300 * MiB }], 256 * MiB, 60)).toBeCloseTo(400 * MiB * 1.15, 0);
  });
});
