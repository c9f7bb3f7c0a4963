import { INTL_TAG, type Locale } from '@/lib/i18n/locales';

const MiB = 1024 * 1024;

/** Compact axis label: MiB below 10 GiB, GiB above. */
export function formatAxisBytes(bytes: number): string {
  if (bytes >= 10 * 1024 * MiB) return `${(bytes / (1024 * MiB)).toFixed(0)} GiB`;
  return `${Math.round(bytes / MiB)} MiB`;
}

const clocks = new Map<Locale, Intl.DateTimeFormat>();

/** Clock time HH:MM:SS (24 h) in the viewer's time zone; the e2e run fixes it to UTC. */
export function formatClock(unixSeconds: number, locale: Locale = 'en'): string {
  let f = clocks.get(locale);
  if (!f) {
    f = new Intl.DateTimeFormat(INTL_TAG[locale], { hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' });
    clocks.set(locale, f);
  }
  return f.format(new Date(unixSeconds * 1000));
}
