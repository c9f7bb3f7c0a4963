/**
 * "Is the page cache hurting?" from PSI and major-fault counters (docs/sizing.md). Thrashing: tasks
 * stall on memory (the limit really is too small, the cache is needed); idle: the cache is kept but
 * nobody waits for it (safe to ignore); unknown: the node exports neither signal.
 */
import type { CacheState } from './sizing';

export interface CachePressureInput {
  /** Seconds over the range in which all tasks stalled on memory (PSI "full"); null when not exported. */
  fullStalledSeconds: number | null;
  /** Seconds in which some task stalled on memory (PSI "some"); null when not exported. */
  someStalledSeconds: number | null;
  /** Major page faults over the range (re-reads from disk); null when not exported. */
  majorFaults: number | null;
  rangeSeconds: number;
  /** Peak working set / limit over the range; null without a limit. */
  workingSetOfLimit: number | null;
}

export interface CachePressure {
  state: CacheState;
  /** Which signal decided: PSI, major faults, or none. */
  source: 'psi' | 'major-faults' | null;
  /** Share of the range stalled (PSI some, else full), 0–1; null without PSI. */
  stalledShare: number | null;
  majorFaultsPerSecond: number | null;
}

export const CACHE_PRESSURE_RULES = {
  /** PSI "some" share of wall time from which memory is a bottleneck (the kernel's own docs use 10 % for "some" alarms). */
  thrashingStalledShare: 0.05,
  /** Below this PSI "some" share, stalls are noise. */
  idleStalledShare: 0.001,
  /** Major faults per second from which, near the limit, the cache is re-read from disk all the time. */
  thrashingFaultsPerSecond: 100,
  idleFaultsPerSecond: 1,
  /** Major faults count only when the working set is at least this close to the limit (else the cache is just cold). */
  nearLimit: 0.9,
} as const;

export function cachePressure(input: CachePressureInput): CachePressure {
  const R = CACHE_PRESSURE_RULES;
  const seconds = input.rangeSeconds > 0 ? input.rangeSeconds : null;
  const stalled = input.someStalledSeconds ?? input.fullStalledSeconds;
  const stalledShare = stalled === null || seconds === null ? null : stalled / seconds;
  const majorFaultsPerSecond = input.majorFaults === null || seconds === null ? null : input.majorFaults / seconds;
  if (stalledShare !== null) {
    const state = stalledShare >= R.thrashingStalledShare ? 'thrashing' : stalledShare < R.idleStalledShare ? 'idle' : 'pressure';
    return { state, source: 'psi', stalledShare, majorFaultsPerSecond };
  }
  if (majorFaultsPerSecond !== null) {
    const near = input.workingSetOfLimit !== null && input.workingSetOfLimit >= R.nearLimit;
    let state: CacheState = 'pressure';
    if (majorFaultsPerSecond < R.idleFaultsPerSecond) state = 'idle';
    else if (near && majorFaultsPerSecond >= R.thrashingFaultsPerSecond) state = 'thrashing';
    return { state, source: 'major-faults', stalledShare: null, majorFaultsPerSecond };
  }
  return { state: 'unknown', source: null, stalledShare: null, majorFaultsPerSecond: null };
}
