import { SEED_PHASES } from './seed-data';
import type { PodMemory } from '@/lib/api/pod-memory';
import { toChartRows, type ChartRow } from './chart-rows';

/** The seed experiment's three moments: idle, after `dd` wrote 100 MiB, after reading the file twice. */
export type SeedPhase = keyof typeof SEED_PHASES;
export const SEED_PHASE_ORDER: readonly SeedPhase[] = ['A', 'B', 'C'];

/** Each phase lasts this long in the demo data (the demo pod replays A, B, C for 20 minutes each). */
export const SEED_PHASE_SECONDS = 20 * 60;

/** One phase as memory.stat lines and as podmem's layers (bytes). */
export interface SeedPhaseNumbers {
  /** The cgroup v1 memory.stat lines the seed quotes, in its order. */
  stat: { total_cache: number; total_rss: number; total_inactive_file: number; total_active_file: number };
  rss: number;
  activeFile: number;
  /** shmem/tmpfs + kernel memory: cache − active − inactive (0 in the seed). */
  other: number;
  inactiveFile: number;
  /** usage − inactive_file (what kubectl top shows). */
  workingSet: number;
  /** rss + cache, as the seed's table has it (no kernel memory). */
  usage: number;
}

/** The seed's memory.stat bytes for a phase and the layers podmem draws from them (docs/memory-model.md §1, §3). */
export function seedPhaseNumbers(phase: SeedPhase): SeedPhaseNumbers {
  const p = SEED_PHASES[phase];
  const usage = p.rss + p.cache;
  const workingSet = Math.max(usage - p.inactiveFile, 0);
  return {
    stat: { total_cache: p.cache, total_rss: p.rss, total_inactive_file: p.inactiveFile, total_active_file: p.activeFile },
    rss: p.rss,
    activeFile: p.activeFile,
    other: Math.max(workingSet - p.rss - p.activeFile, 0),
    inactiveFile: p.inactiveFile,
    workingSet,
    usage,
  };
}

/** A span of time in unix seconds, both ends inclusive. */
export interface TimeSpan {
  start: number;
  end: number;
}

/** The span between the first and the last non-null value, or null when every value is null. */
export function findDataWindow(timestamps: readonly number[], values: readonly (number | null)[]): TimeSpan | null {
  let first = -1;
  let last = -1;
  for (let i = 0; i < timestamps.length; i++) {
    const v = values[i];
    if (v === null || v === undefined || !Number.isFinite(v)) continue;
    if (first < 0) first = i;
    last = i;
  }
  const start = timestamps[first];
  const end = timestamps[last];
  return start === undefined || end === undefined ? null : { start, end };
}

/**
 * Where each phase lies in the demo data: A the first 20 minutes of the window, B the next 20, C from
 * there to the window's end. Spans are clipped to the window, so a partial window still yields valid spans.
 */
export function seedPhaseSpans(window: TimeSpan): Record<SeedPhase, TimeSpan> {
  const at = (k: number) => Math.min(window.start + k * SEED_PHASE_SECONDS, window.end);
  return {
    A: { start: window.start, end: at(1) },
    B: { start: at(1), end: at(2) },
    C: { start: at(2), end: window.end },
  };
}

/** The rows inside a span (both ends included), so a chart's x axis covers only the data window. */
export function rowsWithin(rows: readonly ChartRow[], span: TimeSpan): ChartRow[] {
  return rows.filter((r) => r.t >= span.start && r.t <= span.end);
}

/** The row with a working set closest to time t (the earlier one on a tie), or null when none has one. */
export function rowNearest(rows: readonly ChartRow[], t: number): ChartRow | null {
  let best: ChartRow | null = null;
  for (const r of rows) {
    if (r.workingSet === null) continue;
    if (best === null || Math.abs(r.t - t) < Math.abs(best.t - t)) best = r;
  }
  return best;
}

/** The live chart's data: the container's rows inside the demo window and where each phase lies. */
export interface SeedChartData {
  rows: ChartRow[];
  window: TimeSpan;
  spans: Record<SeedPhase, TimeSpan>;
  limitBytes: number | null;
}

/**
 * Finds the demo data in a pod-memory answer: the span of the container's non-null working set is the
 * demo hour; its first, second and third 20 minutes are phases A, B and C. Null when there is no data.
 */
export function seedChartData(data: PodMemory, container: string): SeedChartData | null {
  const c = data.containers.find((x) => x.container === container);
  if (c === undefined) return null;
  const window = findDataWindow(data.timestamps, c.workingSet);
  if (window === null) return null;
  return { rows: rowsWithin(toChartRows(data.timestamps, c), window), window, spans: seedPhaseSpans(window), limitBytes: c.limitBytes };
}
