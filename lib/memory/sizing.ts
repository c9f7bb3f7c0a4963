/**
 * Right-sizing one container from memory the kernel cannot reclaim (docs/sizing.md), beside what
 * Robusta KRR ("simple"), the Kubernetes VPA recommender and Kubecost compute on the same samples.
 * Pure: series in, bytes and warning codes out; lib/i18n turns the codes into words.
 */
import { fitLine, type LineFit } from './trend';

const MiB = 1024 * 1024;
const HOUR = 3600;
const DAY = 24 * HOUR;

type Values = ReadonlyArray<number | null>;

/** One container's samples on a shared time grid (unix seconds; bytes, null = no sample). */
export interface SizingSeries {
  timestamps: readonly number[];
  workingSet: Values;
  rss: Values;
  activeFile: Values;
  /** Swapped-out anonymous memory; null when the node has no swap (or it is not exported). */
  swap: Values | null;
}

/** An OOM kill in the range: when, and the limit the container had then (null = unknown). */
export interface KillFact {
  at: number;
  limitBytes: number | null;
}

/** Whether the page cache is thrashed (see cache-pressure.ts); only 'thrashing' changes the sizing. */
export type CacheState = 'thrashing' | 'pressure' | 'idle' | 'unknown';

export interface SizingInput {
  container: string;
  /** Grid step in seconds: one sample stands for this much time. */
  step: number;
  series: SizingSeries;
  limitBytes: number | null;
  requestBytes: number | null;
  kills: readonly KillFact[];
  /** Times the container restarted (any reason): the trend is fitted after the last one. */
  restarts: readonly number[];
  cache: CacheState;
}

/** The knobs a person may turn (URL `headroom` and `cache`, in percent). */
export interface SizingOptions {
  /** Fraction added on top of the need for the limit (0.2 = 20 %). */
  headroom: number;
  /** Fraction of the active page cache peak kept in the need; null = 25 %, or 100 % when the cache is thrashed. */
  cacheAllowance: number | null;
}

export const SIZING_DEFAULTS = {
  headroom: 0.2,
  cacheAllowance: 0.25,
  thrashingCacheAllowance: 1,
  /** Less data than this and the result is provisional: a weekly cycle must be seen once. */
  minDataSeconds: 7 * DAY,
} as const;

/** The published formulas' constants (docs/sizing.md cites where each comes from). */
export const PUBLISHED = {
  krrBuffer: 0.15,
  krrOomBuffer: 0.25,
  vpaSafetyMargin: 0.15,
  vpaPercentile: 0.9,
  vpaHistoryDays: 8,
  vpaHalfLifeSeconds: DAY,
  vpaOomBumpRatio: 1.2,
  vpaOomMinBumpBytes: 100 * MiB,
  kubecostTargetUtilization: 0.7,
} as const;

/** A trend is reported when the fit explains this much and the rise is this large over the fitted segment. */
export const TREND_RULES = { minPoints: 10, minSeconds: 600, minR2: 0.5, minRiseBytes: 16 * MiB, minRiseShare: 0.1 } as const;

export type SizingWarning =
  | { code: 'provisional'; dataSeconds: number; samples: number; minSeconds: number }
  | { code: 'oom-killed'; kills: number; limitAtKillBytes: number | null; raisedToBytes: number | null }
  | { code: 'trend-up'; slopeBytesPerHour: number; sinceSeconds: number; hoursToLimit: number | null; limitBytes: number | null; limitIsCurrent: boolean }
  | { code: 'no-limit'; swapPeakBytes: number | null }
  | { code: 'swap'; swapPeakBytes: number }
  | { code: 'unreclaimable-other'; otherBytes: number }
  | { code: 'cache-thrashing' };

export interface Bytes2 {
  requestBytes: number | null;
  limitBytes: number | null;
}

export interface ContainerSizing {
  container: string;
  current: Bytes2;
  peaks: { workingSet: number | null; rss: number | null; unreclaimable: number | null; activeFile: number | null; swap: number | null };
  recommended: Bytes2;
  /** How the recommendation was built, for the card to show (bytes and fractions). */
  basis: {
    /** Peak of working set − active_file (+ swap where the node swaps), the memory that must fit. */
    needBase: number;
    headroom: number;
    cacheAllowance: number;
    cacheAllowanceBytes: number;
    /** Set when an OOM kill raised the limit to the kill's limit + headroom. */
    oomFloorBytes: number | null;
  } | null;
  alternatives: {
    krrSimple: Bytes2;
    vpaTarget: { requestBytes: number | null };
    kubecost: { requestBytes: number | null };
  };
  data: { seconds: number; samples: number; provisional: boolean };
  trend: (LineFit & { sinceSeconds: number }) | null;
  cache: CacheState;
  warnings: SizingWarning[];
}

/** Rounds bytes up to a whole MiB (what `kubectl set resources … 512Mi` can say). */
export const ceilMiB = (bytes: number): number => Math.ceil(bytes / MiB - 1e-9) * MiB;

const isNum = (v: number | null | undefined): v is number => v !== null && v !== undefined && Number.isFinite(v);

function maxOf(values: Values): number | null {
  let m: number | null = null;
  for (const v of values) if (isNum(v) && (m === null || v > m)) m = v;
  return m;
}

/** Working set − active_file at each point: RSS + shmem + kernel memory (docs/memory-model.md §3). */
export function unreclaimableSeries(s: SizingSeries): (number | null)[] {
  return s.timestamps.map((_, i) => {
    const w = s.workingSet[i];
    if (!isNum(w)) return null;
    const a = s.activeFile[i];
    return Math.max(w - (isNum(a) ? Math.min(a, w) : 0), 0);
  });
}

/** How much data there is: samples with a working set, and the time they cover (one step each). */
export function dataCoverage(s: SizingSeries, step: number): { seconds: number; samples: number } {
  const samples = s.workingSet.filter(isNum).length;
  return { seconds: samples * step, samples };
}

/** Robusta KRR "simple": request = limit = max working set × 1.15; after an OOM kill at least the kill's limit × 1.25. */
export function krrSimple(workingSetPeak: number | null, kills: readonly KillFact[]): Bytes2 {
  if (workingSetPeak === null) return { requestBytes: null, limitBytes: null };
  const oom = maxOf(kills.map((k) => (k.limitBytes === null ? null : k.limitBytes * (1 + PUBLISHED.krrOomBuffer))));
  const v = Math.max(workingSetPeak * (1 + PUBLISHED.krrBuffer), oom ?? 0);
  return { requestBytes: v, limitBytes: v };
}

/** Kubecost/OpenCost: the working set's maximum ÷ target utilisation 0.7. */
export function kubecostRequest(workingSetPeak: number | null): number | null {
  return workingSetPeak === null ? null : workingSetPeak / PUBLISHED.kubecostTargetUtilization;
}

/** The weighted percentile of values (weights need not sum to 1): the smallest value whose cumulative weight reaches p. */
export function weightedPercentile(items: ReadonlyArray<{ value: number; weight: number }>, p: number): number | null {
  const sorted = [...items].filter((x) => x.weight > 0).sort((a, b) => a.value - b.value);
  const total = sorted.reduce((a, x) => a + x.weight, 0);
  if (total <= 0) return null;
  let acc = 0;
  for (const x of sorted) {
    acc += x.weight;
    if (acc >= p * total - 1e-12) return x.value;
  }
  return sorted[sorted.length - 1]?.value ?? null;
}

/**
 * The VPA recommender's memory target as the issue states it: the p90 of daily working-set peaks over
 * the last 8 days, each day weighted by 2^(−age/24 h), × 1.15. An OOM kill adds, in its day, a peak of
 * max(memory + 100 MiB, memory × 1.2) where memory = max(the working set before the kill, the request).
 * Days are 24 h windows counted back from the range's end.
 */
export function vpaTarget(s: SizingSeries, kills: readonly KillFact[], requestBytes: number | null, end: number): number | null {
  const from = end - PUBLISHED.vpaHistoryDays * DAY;
  const peaks = new Map<number, number>();
  const bump = (day: number, v: number) => peaks.set(day, Math.max(peaks.get(day) ?? 0, v));
  const dayOf = (t: number) => Math.floor((end - t) / DAY);
  s.timestamps.forEach((t, i) => {
    const w = s.workingSet[i];
    if (t > from && t <= end && isNum(w)) bump(dayOf(t), w);
  });
  for (const k of kills) {
    if (k.at <= from || k.at > end) continue;
    const before = maxOf(s.timestamps.map((t, i) => (t <= k.at && t > k.at - 5 * 60 ? (s.workingSet[i] ?? null) : null)));
    const memory = Math.max(before ?? 0, requestBytes ?? 0);
    if (memory > 0) bump(dayOf(k.at), Math.max(memory + PUBLISHED.vpaOomMinBumpBytes, memory * PUBLISHED.vpaOomBumpRatio));
  }
  // Age of a day = how far its end lies before the range end; today has weight 1.
  const items = [...peaks].map(([day, value]) => ({ value, weight: Math.pow(2, -(day * DAY) / PUBLISHED.vpaHalfLifeSeconds) }));
  const p = weightedPercentile(items, PUBLISHED.vpaPercentile);
  return p === null ? null : p * (1 + PUBLISHED.vpaSafetyMargin);
}

/** The samples after the last restart (or kill): a leak is fitted on one life of the process, never across a restart. */
export function lastLife(timestamps: readonly number[], values: Values, restarts: readonly number[]): { t: number[]; v: number[] } {
  const since = restarts.length > 0 ? Math.max(...restarts) : -Infinity;
  const t: number[] = [];
  const v: number[] = [];
  timestamps.forEach((ts, i) => {
    const x = values[i];
    if (ts > since && isNum(x)) {
      t.push(ts);
      v.push(x);
    }
  });
  return { t, v };
}

/** A rising line through the last life's unreclaimable memory, or null when it is flat, short or noisy. */
export function unreclaimableTrend(
  timestamps: readonly number[],
  unreclaimable: Values,
  restarts: readonly number[],
): (LineFit & { sinceSeconds: number }) | null {
  const life = lastLife(timestamps, unreclaimable, restarts);
  const first = life.t[0];
  const last = life.t[life.t.length - 1];
  if (first === undefined || last === undefined || life.t.length < TREND_RULES.minPoints || last - first < TREND_RULES.minSeconds) return null;
  const fit = fitLine(life.t, life.v);
  if (fit === null || fit.slopePerSecond <= 0 || fit.r2 < TREND_RULES.minR2) return null;
  const rise = fit.slopePerSecond * (last - first);
  const mean = life.v.reduce((a, b) => a + b, 0) / life.v.length;
  if (rise < TREND_RULES.minRiseBytes || rise < TREND_RULES.minRiseShare * mean) return null;
  return { ...fit, sinceSeconds: last - first };
}

/**
 * podmem's recommendation (docs/sizing.md):
 *   need    = peak(working set − active_file + swap) + allowance × peak(active_file)
 *   request = need, limit = need × (1 + headroom), both rounded up to a MiB;
 * after an OOM kill the limit is at least the kill's limit × (1 + headroom).
 */
export function sizeContainer(input: SizingInput, options: SizingOptions): ContainerSizing {
  const s = input.series;
  const unreclaimable = unreclaimableSeries(s);
  const withSwap = unreclaimable.map((u, i) => (u === null ? null : u + (s.swap && isNum(s.swap[i]) ? s.swap[i] : 0)));
  const peaks = {
    workingSet: maxOf(s.workingSet),
    rss: maxOf(s.rss),
    unreclaimable: maxOf(unreclaimable),
    activeFile: maxOf(s.activeFile),
    swap: s.swap ? maxOf(s.swap) : null,
  };
  const swapPeak = peaks.swap !== null && peaks.swap > 0 ? peaks.swap : null;
  const coverage = dataCoverage(s, input.step);
  const provisional = coverage.seconds < SIZING_DEFAULTS.minDataSeconds;
  const end = s.timestamps[s.timestamps.length - 1] ?? 0;
  const limit = input.limitBytes !== null && input.limitBytes > 0 ? input.limitBytes : null;
  const warnings: SizingWarning[] = [];
  if (provisional) warnings.push({ code: 'provisional', dataSeconds: coverage.seconds, samples: coverage.samples, minSeconds: SIZING_DEFAULTS.minDataSeconds });

  const needBase = maxOf(withSwap);
  let recommended: Bytes2 = { requestBytes: null, limitBytes: null };
  let basis: ContainerSizing['basis'] = null;
  const lastKillLimit = input.kills.map((k) => k.limitBytes).filter(isNum);
  const killLimit = lastKillLimit.length > 0 ? Math.max(...lastKillLimit) : null;
  let raisedTo: number | null = null;
  if (needBase !== null) {
    const allowance = options.cacheAllowance ?? (input.cache === 'thrashing' ? SIZING_DEFAULTS.thrashingCacheAllowance : SIZING_DEFAULTS.cacheAllowance);
    const allowanceBytes = allowance * (peaks.activeFile ?? 0);
    const need = needBase + allowanceBytes;
    let limitBytes = ceilMiB(need * (1 + options.headroom));
    const floor = killLimit === null ? null : ceilMiB(killLimit * (1 + options.headroom));
    if (floor !== null && floor > limitBytes) {
      limitBytes = floor;
      raisedTo = floor;
    }
    recommended = { requestBytes: ceilMiB(need), limitBytes };
    basis = { needBase, headroom: options.headroom, cacheAllowance: allowance, cacheAllowanceBytes: allowanceBytes, oomFloorBytes: raisedTo };
  }
  if (input.kills.length > 0) warnings.push({ code: 'oom-killed', kills: input.kills.length, limitAtKillBytes: killLimit, raisedToBytes: raisedTo });

  const trend = unreclaimableTrend(s.timestamps, unreclaimable, [...input.restarts, ...input.kills.map((k) => k.at)]);
  if (trend !== null) {
    const target = limit ?? recommended.limitBytes;
    const lastT = s.timestamps.filter((_, i) => isNum(unreclaimable[i])).pop() ?? end;
    const nowFit = trend.intercept + trend.slopePerSecond * lastT;
    const hoursToLimit = target === null ? null : Math.max(target - nowFit, 0) / trend.slopePerSecond / HOUR;
    warnings.push({
      code: 'trend-up',
      slopeBytesPerHour: trend.slopePerSecond * HOUR,
      sinceSeconds: trend.sinceSeconds,
      hoursToLimit,
      limitBytes: target,
      limitIsCurrent: limit !== null,
    });
  }
  if (limit === null) warnings.push({ code: 'no-limit', swapPeakBytes: swapPeak });
  else if (swapPeak !== null) warnings.push({ code: 'swap', swapPeakBytes: swapPeak });
  // What is neither RSS nor page cache (shmem/tmpfs, kernel memory) at the unreclaimable peak: never reclaimed.
  const otherAtPeak = maxOf(unreclaimable.map((u, i) => (u === null || !isNum(s.rss[i]) ? null : u - Math.min(s.rss[i], u))));
  if (otherAtPeak !== null && otherAtPeak >= 100 * MiB) warnings.push({ code: 'unreclaimable-other', otherBytes: otherAtPeak });
  if (input.cache === 'thrashing') warnings.push({ code: 'cache-thrashing' });

  return {
    container: input.container,
    current: { requestBytes: input.requestBytes, limitBytes: limit },
    peaks,
    recommended,
    basis,
    alternatives: {
      krrSimple: krrSimple(peaks.workingSet, input.kills),
      vpaTarget: { requestBytes: vpaTarget(s, input.kills, input.requestBytes, end) },
      kubecost: { requestBytes: kubecostRequest(peaks.workingSet) },
    },
    data: { ...coverage, provisional },
    trend,
    cache: input.cache,
    warnings,
  };
}
