import type { ContainerMemory } from '@/lib/api/pod-memory';
import { LAYERS, TOTALS, type ExtraLayerId, type LayerDef, type SeriesKey } from './layers';

/** One chart point: a value per registry layer (lib/memory/layers.ts) plus the totals the tooltip shows. */
export type ChartRow = { t: number } & Record<SeriesKey, number | null> & Partial<Record<ExtraLayerId, number | null>>;

/**
 * Zips a container's arrays with the shared timestamp grid into rows for a stacked chart, one key per
 * registry layer and total. `layers` is a parameter so a test can show a new entry reaching the rows.
 */
export function toChartRows(timestamps: readonly number[], c: ContainerMemory, layers: readonly LayerDef[] = LAYERS): ChartRow[] {
  const series = c as unknown as Record<string, readonly (number | null)[] | null | undefined>;
  const keys = [...layers.map((l) => l.id), ...TOTALS];
  return timestamps.map((t, i) => {
    const row: Record<string, number | null> = { t };
    for (const k of keys) row[k] = series[k]?.[i] ?? null;
    return row as ChartRow;
  });
}

/** The highest usage in the rows (for the axis), or 0. */
export function maxUsage(rows: readonly ChartRow[]): number {
  return rows.reduce((m, r) => Math.max(m, (r.usage ?? 0) + (r.swap ?? 0)), 0);
}
