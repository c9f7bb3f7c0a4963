'use client';

import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { formatBytes, formatPercent, formatTime, type FormatBytesOptions } from '@/lib/i18n/format';
import { DEFAULT_LOCALE, type Locale } from '@/lib/i18n/locales';
import { getMessages, type Messages } from '@/lib/i18n/messages';

export interface I18n {
  locale: Locale;
  /** The message catalogue: `t.layers.rss.name`, `t.verdict.equation({...})`. */
  t: Messages;
  formatBytes: (bytes: number, options?: FormatBytesOptions) => string;
  formatPercent: (fraction: number) => string;
  formatTime: (timestampMs: number) => string;
}

function buildI18n(locale: Locale): I18n {
  return {
    locale,
    t: getMessages(locale),
    formatBytes: (bytes, options) => formatBytes(bytes, locale, options),
    formatPercent: (fraction) => formatPercent(fraction, locale),
    formatTime: (timestampMs) => formatTime(timestampMs, locale),
  };
}

const I18nContext = createContext<I18n>(buildI18n(DEFAULT_LOCALE));

export interface I18nProviderProps {
  /** Resolved on the server (lib/i18n/server.ts `getRequestLocale`) so the first render matches. */
  locale: Locale;
  children: ReactNode;
}

/** Makes the request's language available to client components below it. */
export function I18nProvider({ locale, children }: I18nProviderProps) {
  const value = useMemo(() => buildI18n(locale), [locale]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

/** The current language, its catalogue and locale-bound formatters (English outside a provider). */
export function useI18n(): I18n {
  return useContext(I18nContext);
}
