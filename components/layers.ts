import type { ChartRow } from '@/lib/memory/chart-rows';

export type StackLayer = 'rss' | 'activeFile' | 'other' | 'inactiveFile';

export interface LayerInfo {
  key: StackLayer;
  label: string;
  short: string;
  color: string;
  explain: string;
}

/** The stacked layers, bottom to top, with what each one is in one sentence. */
export const LAYERS: readonly LayerInfo[] = [
  {
    key: 'rss',
    label: 'RSS (process memory)',
    short: 'RSS',
    color: 'var(--color-rss)',
    explain: 'Heap, stacks and other anonymous memory of the processes — roughly what top shows as RES inside the container.',
  },
  {
    key: 'activeFile',
    label: 'Active page cache',
    short: 'Active cache',
    color: 'var(--color-active)',
    explain: 'Files read or written more than once (active_file). The kernel keeps them hot, so the working set counts them.',
  },
  {
    key: 'other',
    label: 'Other (kernel, shmem)',
    short: 'Other',
    color: 'var(--color-other)',
    explain: 'Kernel memory charged to the container and shmem/tmpfs (memory-backed emptyDir): not reclaimable by dropping cache.',
  },
  {
    key: 'inactiveFile',
    label: 'Inactive page cache (reclaimable)',
    short: 'Inactive cache',
    color: 'var(--color-inactive)',
    explain: 'Files touched once (inactive_file). Reclaimable at once, so it is not in the working set: usage minus this is the working set.',
  },
] as const;

export const WORKING_SET_EXPLAIN =
  'Working set = RSS + active page cache + other. This is what kubectl top, the platform and most alerts show; the limit applies to it.';

export type TooltipKey = StackLayer | 'workingSet' | 'usage';

export const TOOLTIP_ROWS: ReadonlyArray<{ key: TooltipKey; label: string }> = [
  { key: 'rss', label: 'RSS' },
  { key: 'activeFile', label: 'Active page cache' },
  { key: 'other', label: 'Other' },
  { key: 'workingSet', label: 'Working set' },
  { key: 'inactiveFile', label: 'Inactive page cache' },
  { key: 'usage', label: 'Usage' },
];

export type ChartRowValue = (row: ChartRow, key: TooltipKey) => number | null;
export const rowValue: ChartRowValue = (row, key) => row[key];
