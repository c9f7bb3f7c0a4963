import { catches, computeFiring, type FiringInterval } from './alert-firing';

/**
 * Alert advisor (docs/memory-model.md §4): over a range, when each candidate ratio would have fired,
 * compared with what really happened (OOM kills, restarts, PSI). Pure; rendered by lib/i18n/advisor-text.ts.
 */

export type { FiringInterval } from './alert-firing';

export type AlertCandidate = 'workingSet' | 'rss' | 'workingSetMinusActive';
/** Display order; also the tie-break order when two candidates do equally well (closest to OOM risk first). */
export const ALERT_CANDIDATES: readonly AlertCandidate[] = ['workingSetMinusActive', 'workingSet', 'rss'];
export const DEFAULT_ALERT_THRESHOLD = 0.9;

export interface AdvisorSeries {
  /** Unix seconds, one per point, `stepSeconds` apart. */
  timestamps: readonly number[];
  stepSeconds: number;
  rss: readonly (number | null)[];
  activeFile: readonly (number | null)[];
  other: readonly (number | null)[];
  workingSet: readonly (number | null)[];
  /** null = no limit: no candidate applies. */
  limitBytes: number | null;
}

export interface AdvisorEvents {
  /** Unix seconds of OOM kills (restart with last_terminated_reason OOMKilled, or oom_events increase). */
  oomKillTimestamps: readonly number[];
  /** Unix seconds of every restart, OOM or not. */
  restartTimestamps: readonly number[];
  /** Seconds tasks stalled on memory in the range (PSI "some"), null when not measured (cgroup v1, old kubelet). */
  psiStallSeconds: number | null;
}

export interface CandidateResult {
  candidate: AlertCandidate;
  applicable: boolean;
  intervals: FiringInterval[];
  firingSeconds: number;
  peakRatio: number | null;
  /** OOM kills this candidate fired before (see `catches`). */
  oomKillsCaught: number;
  /** Seconds in intervals that preceded no OOM kill: alarms nobody needed to act on. */
  firingSecondsWithoutOom: number;
}

export type AdvisorReason = 'no-limit' | 'oom-caught' | 'oom-missed' | 'cache-false-alarms' | 'near-misses' | 'quiet';

export interface AlertAdvice {
  threshold: number;
  candidates: CandidateResult[];
  recommended: AlertCandidate | null;
  reason: AdvisorReason;
  oomKills: number;
  restarts: number;
  psiStallSeconds: number | null;
}

function candidateValues(series: AdvisorSeries, c: AlertCandidate): (number | null)[] {
  if (c === 'workingSet') return [...series.workingSet];
  if (c === 'rss') return [...series.rss];
  // wss − active_file = rss + other; use the sum when one side has a gap.
  return series.workingSet.map((ws, i) => {
    const active = series.activeFile[i] ?? null;
    if (ws !== null && active !== null) return ws - active;
    const rss = series.rss[i] ?? null;
    const other = series.other[i] ?? null;
    return rss !== null && other !== null ? rss + other : null;
  });
}

function evaluate(series: AdvisorSeries, events: AdvisorEvents, c: AlertCandidate, threshold: number): CandidateResult {
  const limit = series.limitBytes !== null && series.limitBytes > 0 ? series.limitBytes : null;
  if (limit === null) {
    return { candidate: c, applicable: false, intervals: [], firingSeconds: 0, peakRatio: null, oomKillsCaught: 0, firingSecondsWithoutOom: 0 };
  }
  const firing = computeFiring(series.timestamps, series.stepSeconds, candidateValues(series, c), limit, threshold);
  const step = series.stepSeconds;
  const oomKillsCaught = events.oomKillTimestamps.filter((t) => catches(firing.intervals, t, step)).length;
  const firingSecondsWithoutOom = firing.intervals
    .filter((iv) => !events.oomKillTimestamps.some((t) => catches([iv], t, step)))
    .reduce((sum, iv) => sum + (iv.end - iv.start), 0);
  return { candidate: c, applicable: true, ...firing, oomKillsCaught, firingSecondsWithoutOom };
}

/** Picks the candidate that caught the most OOM kills with the fewest needless seconds; ties by ALERT_CANDIDATES order. */
function best(results: readonly CandidateResult[]): CandidateResult | null {
  let winner: CandidateResult | null = null;
  for (const r of results) {
    if (
      winner === null ||
      r.oomKillsCaught > winner.oomKillsCaught ||
      (r.oomKillsCaught === winner.oomKillsCaught && r.firingSecondsWithoutOom < winner.firingSecondsWithoutOom)
    ) {
      winner = r;
    }
  }
  return winner;
}

/** Evaluates the three candidates at `threshold` (default 0.9) and recommends one, with the reason. */
export function adviseAlert(series: AdvisorSeries, events: AdvisorEvents, threshold = DEFAULT_ALERT_THRESHOLD): AlertAdvice {
  const candidates = ALERT_CANDIDATES.map((c) => evaluate(series, events, c, threshold));
  const base = {
    threshold,
    candidates,
    oomKills: events.oomKillTimestamps.length,
    restarts: events.restartTimestamps.length,
    psiStallSeconds: events.psiStallSeconds,
  };
  if (candidates.every((c) => !c.applicable)) return { ...base, recommended: null, reason: 'no-limit' };
  const find = (c: AlertCandidate) => candidates.find((r) => r.candidate === c);
  const unreclaimable = find('workingSetMinusActive');
  const workingSet = find('workingSet');
  if (base.oomKills > 0) {
    const winner = best(candidates);
    if (winner === null || winner.oomKillsCaught === 0) return { ...base, recommended: 'workingSetMinusActive', reason: 'oom-missed' };
    return { ...base, recommended: winner.candidate, reason: 'oom-caught' };
  }
  // No OOM kill: (wss − active_file) tracks what the kernel cannot reclaim, so it is the advice either way;
  // the reason says what the range showed.
  const wsSeconds = workingSet?.firingSeconds ?? 0;
  const unreclaimableSeconds = unreclaimable?.firingSeconds ?? 0;
  let reason: AdvisorReason = 'quiet';
  if (wsSeconds > unreclaimableSeconds) reason = 'cache-false-alarms';
  else if (unreclaimableSeconds > 0) reason = 'near-misses';
  return { ...base, recommended: 'workingSetMinusActive', reason };
}
