import type { ContainerMemory } from '@/lib/api/pod-memory';

/** One chart point: the stacked layers plus the totals the tooltip shows. */
export interface ChartRow {
  t: number;
  rss: number | null;
  activeFile: number | null;
  other: number | null;
  inactiveFile: number | null;
  workingSet: number | null;
  usage: number | null;
  /** Swapped-out memory: not in usage nor working set; null when the container has none. */
  swap?: number | null;
}

/** Zips a container's arrays with the shared timestamp grid into rows for a stacked chart. */
export function toChartRows(timestamps: readonly number[], c: ContainerMemory): ChartRow[] {
  return timestamps.map((t, i) => ({
    t,
    rss: c.rss[i] ?? null,
    activeFile: c.activeFile[i] ?? null,
    other: c.other[i] ?? null,
    inactiveFile: c.inactiveFile[i] ?? null,
    workingSet: c.workingSet[i] ?? null,
    usage: c.usage[i] ?? null,
    swap: c.swap?.[i] ?? null,
  }));
}

/** The highest usage in the rows (for the axis), or 0. */
export function maxUsage(rows: readonly ChartRow[]): number {
  return rows.reduce((m, r) => Math.max(m, (r.usage ?? 0) + (r.swap ?? 0)), 0);
}

const MiB = 1024 * 1024;
const TICK_STEPS_MIB = [1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 1024, 2048, 4096, 8192, 16384, 32768, 65536];

/**
 * Y-axis ticks in whole binary MiB steps (64, 128, 256 …) from 0 to at least `maxBytes`, about
 * `count` of them, so a 256 MiB limit sits on a tick rather than between "200" and "267".
 */
export function byteTicks(maxBytes: number, count = 4): number[] {
  const maxMiB = Math.max(maxBytes / MiB, 1);
  const step = TICK_STEPS_MIB.find((s) => maxMiB / s <= count) ?? Math.ceil(maxMiB / count);
  const top = Math.ceil(maxMiB / step) * step;
  const ticks: number[] = [];
  for (let v = 0; v <= top; v += step) ticks.push(v * MiB);
  return ticks;
}
