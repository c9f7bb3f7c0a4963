import type { LayerKey } from '@/lib/memory/pod-total';

export type StackLayer = 'rss' | 'activeFile' | 'other' | 'inactiveFile';

/** The stacked layers bottom to top, each with its theme colour (names and sentences live in the i18n catalogue). */
export const STACK: ReadonlyArray<{ key: StackLayer; color: string }> = [
  { key: 'rss', color: 'var(--color-rss)' },
  { key: 'activeFile', color: 'var(--color-active)' },
  { key: 'other', color: 'var(--color-other)' },
  { key: 'inactiveFile', color: 'var(--color-inactive)' },
];

/** Rows of the tooltip and of the instant table, in reading order: the three parts, their sum, then the rest. */
export const VALUE_ROWS: readonly LayerKey[] = ['rss', 'activeFile', 'other', 'workingSet', 'inactiveFile', 'usage'];

export const EVENT_COLORS = { 'oom-kill': 'var(--color-limit)', 'oom-event': 'var(--color-oom-event)', restart: 'var(--color-restart)' } as const;
