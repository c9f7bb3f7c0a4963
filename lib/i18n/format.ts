import { LOCALE_INFO, type Locale } from './locales';

export const MIB = 1024 * 1024;
export const GIB = 1024 * MIB;
/** Values from here up are shown in GiB; below it in MiB, the unit the seed and most limits use. */
const GIB_FROM_BYTES = 10 * GIB;

const numberFormats = new Map<string, Intl.NumberFormat>();
function numberFormat(locale: Locale, minDigits: number, maxDigits: number): Intl.NumberFormat {
  const key = `${locale}:${minDigits}:${maxDigits}`;
  let nf = numberFormats.get(key);
  if (!nf) {
    nf = new Intl.NumberFormat(LOCALE_INFO[locale].intl, { minimumFractionDigits: minDigits, maximumFractionDigits: maxDigits });
    numberFormats.set(key, nf);
  }
  return nf;
}

export interface FormatBytesOptions {
  /** Drop the decimal when the value is a whole number of MiB/GiB ("256 MiB" for a limit). */
  trimWhole?: boolean;
}

/** Formats bytes as MiB with one decimal ("128.5 MiB"), or GiB with one decimal from 10 GiB up; "–" for non-finite. */
export function formatBytes(bytes: number, locale: Locale, options: FormatBytesOptions = {}): string {
  if (!Number.isFinite(bytes)) return '–';
  const [unit, size] = Math.abs(bytes) >= GIB_FROM_BYTES ? ['GiB', GIB] : ['MiB', MIB];
  const value = bytes / size;
  const whole = options.trimWhole === true && Number.isInteger(value);
  return `${numberFormat(locale, whole ? 0 : 1, whole ? 0 : 1).format(value)} ${unit}`;
}

/** Formats a fraction (0.502 → "50.2 %" in English, "50.2%" in Chinese) with at most one decimal. */
export function formatPercent(fraction: number, locale: Locale): string {
  if (!Number.isFinite(fraction)) return '–';
  const text = numberFormat(locale, 0, 1).format(fraction * 100);
  return `${text}${LOCALE_INFO[locale].percentGap}%`;
}

/** Formats a Unix time in milliseconds as date and 24-hour time; `timeZone` defaults to the runtime's. */
export function formatTime(timestampMs: number, locale: Locale, timeZone?: string): string {
  if (!Number.isFinite(timestampMs)) return '–';
  return new Intl.DateTimeFormat(LOCALE_INFO[locale].intl, { dateStyle: 'medium', timeStyle: 'medium', hourCycle: 'h23', timeZone }).format(
    new Date(timestampMs),
  );
}

/** Formats a duration in whole seconds: "45 s", "5 min", "1 h 20 min" / "45 秒", "5 分钟", "1 小时 20 分钟". */
export function formatDuration(seconds: number, locale: Locale): string {
  if (!Number.isFinite(seconds)) return '–';
  const s = Math.round(Math.max(seconds, 0));
  const units = LOCALE_INFO[locale].duration;
  if (s < 60) return `${s} ${units.s}`;
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const rest = s % 60;
  const parts: string[] = [];
  if (h > 0) parts.push(`${h} ${units.h}`);
  if (m > 0) parts.push(`${m} ${units.m}`);
  if (rest > 0 && h === 0) parts.push(`${rest} ${units.s}`);
  return parts.join(' ');
}

const clocks = new Map<Locale, Intl.DateTimeFormat>();

/** Clock time HH:MM:SS (24 h) of a unix time in seconds, in the viewer's time zone; the e2e run fixes it to UTC. */
export function formatClock(unixSeconds: number, locale: Locale): string {
  let f = clocks.get(locale);
  if (!f) {
    f = new Intl.DateTimeFormat(LOCALE_INFO[locale].intl, { hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' });
    clocks.set(locale, f);
  }
  return f.format(new Date(unixSeconds * 1000));
}

/** Compact axis label: MiB below 10 GiB, GiB above. */
export function formatAxisBytes(bytes: number): string {
  if (bytes >= GIB_FROM_BYTES) return `${(bytes / GIB).toFixed(0)} GiB`;
  return `${Math.round(bytes / MIB)} MiB`;
}
