import { loadMessages, type Messages } from './catalogue';
import { formatBytes, formatClock, formatDuration, formatPercent, formatTime, type FormatBytesOptions } from './format';
import type { Locale } from './locales';

/**
 * A language ready to use: its catalogue and formatters bound to it. Components get it from
 * `useI18n()` (components/i18n-provider.tsx); server code from `await loadI18n(locale)`; the renderers
 * in lib/i18n (verdict, advice, tools, memory.stat …) take it as their last argument.
 */
export interface I18n {
  locale: Locale;
  /** The message catalogue: `t.layers.rss.name`, `t.verdict.equation({...})`, `t.learn.title`. */
  t: Messages;
  formatBytes: (bytes: number, options?: FormatBytesOptions) => string;
  formatPercent: (fraction: number) => string;
  /** Date and time of a unix time in milliseconds. */
  formatTime: (timestampMs: number) => string;
  /** HH:MM:SS of a unix time in seconds. */
  formatClock: (unixSeconds: number) => string;
  formatDuration: (seconds: number) => string;
}

export function createI18n(locale: Locale, t: Messages): I18n {
  return {
    locale,
    t,
    formatBytes: (bytes, options) => formatBytes(bytes, locale, options),
    formatPercent: (fraction) => formatPercent(fraction, locale),
    formatTime: (timestampMs) => formatTime(timestampMs, locale),
    formatClock: (unixSeconds) => formatClock(unixSeconds, locale),
    formatDuration: (seconds) => formatDuration(seconds, locale),
  };
}

/** Loads a locale's catalogue and binds the formatters (server components, route handlers). */
export async function loadI18n(locale: Locale): Promise<I18n> {
  return createI18n(locale, await loadMessages(locale));
}
