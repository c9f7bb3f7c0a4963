/** When a ratio series is at or above a threshold: the intervals and their total length. Pure. */

export interface FiringInterval {
  /** Unix seconds of the first firing point. */
  start: number;
  /** Unix seconds one step after the last firing point (each point fires for one step). */
  end: number;
}

export interface Firing {
  intervals: FiringInterval[];
  firingSeconds: number;
  /** Highest ratio seen, null when every point is null. */
  peakRatio: number | null;
}

/**
 * Points at/above `threshold` × `limitBytes` fire for one step each; consecutive firing points merge
 * into one interval; a null point, a non-firing point or a jump in timestamps ends an interval.
 */
export function computeFiring(
  timestamps: readonly number[],
  stepSeconds: number,
  values: readonly (number | null)[],
  limitBytes: number,
  threshold: number,
): Firing {
  const intervals: FiringInterval[] = [];
  let peakRatio: number | null = null;
  let current: FiringInterval | null = null;
  timestamps.forEach((t, i) => {
    const v = values[i];
    if (v === null || v === undefined || !Number.isFinite(v)) {
      current = null;
      return;
    }
    const ratio = v / limitBytes;
    peakRatio = peakRatio === null ? ratio : Math.max(peakRatio, ratio);
    if (ratio < threshold) {
      current = null;
      return;
    }
    // Merge only when this point starts where the previous interval ends (no missing timestamps).
    if (current !== null && Math.abs(current.end - t) < 1e-6) current.end = t + stepSeconds;
    else {
      current = { start: t, end: t + stepSeconds };
      intervals.push(current);
    }
  });
  const firingSeconds = intervals.reduce((sum, iv) => sum + (iv.end - iv.start), 0);
  return { intervals, firingSeconds, peakRatio };
}

/**
 * True when an interval "caught" an event at `t`: it started at or before `t` and was still firing
 * within one step before it (an OOM kill drops memory, so the last samples before it matter).
 */
export function catches(intervals: readonly FiringInterval[], t: number, stepSeconds: number): boolean {
  return intervals.some((iv) => iv.start <= t && iv.end >= t - stepSeconds);
}
