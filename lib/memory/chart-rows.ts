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
  }));
}

/** The highest usage in the rows (for the axis), or 0. */
export function maxUsage(rows: readonly ChartRow[]): number {
  return rows.reduce((m, r) => Math.max(m, r.usage ?? 0), 0);
}
