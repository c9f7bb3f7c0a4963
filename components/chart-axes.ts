import { formatAxisBytes, formatClock } from '@/lib/i18n/format';
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

/** Props of a bytes y-axis reaching at least `maxBytes`, on whole binary MiB ticks, from 0 to the last tick. */
export function bytesAxisProps(maxBytes: number) {
  const ticks = byteTicks(maxBytes);
  return {
    tickFormatter: formatAxisBytes,
    tick: { fontSize: 11, fill: 'var(--color-slate-600)' },
    width: 64,
    domain: [0, ticks[ticks.length - 1] ?? 'auto'],
    ticks,
  } as const;
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
