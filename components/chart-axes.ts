import { formatAxisBytes, formatClock } from '@/lib/format';
import type { Locale } from '@/lib/i18n/locales';

/** Props of a time x-axis over `t` (unix seconds), ticks as HH:MM in the viewer's locale. */
export function timeAxisProps(locale: Locale) {
  return {
    dataKey: 't',
    type: 'number',
    scale: 'time',
    domain: ['dataMin', 'dataMax'],
    tickFormatter: (v: number) => formatClock(v, locale).slice(0, 5),
    tick: { fontSize: 11, fill: 'var(--color-slate-600)' },
    minTickGap: 24,
  } as const;
}

/** Props of a bytes y-axis on the given ticks (see byteTicks), from 0 to the last tick. */
export function bytesAxisProps(ticks: number[]) {
  return { tickFormatter: formatAxisBytes, tick: { fontSize: 11, fill: 'var(--color-slate-600)' }, width: 64, domain: [0, ticks[ticks.length - 1] ?? 'auto'], ticks } as const;
}
