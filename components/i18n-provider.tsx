'use client';

import { createContext, use, useContext, useMemo, type ReactNode } from 'react';
import { loadMessages } from '@/lib/i18n/catalogue';
import { createI18n, type I18n } from '@/lib/i18n/i18n';
import type { Locale } from '@/lib/i18n/locales';

export type { I18n } from '@/lib/i18n/i18n';

const I18nContext = createContext<I18n | null>(null);

export interface I18nProviderProps {
  /** Resolved on the server (lib/i18n/server.ts `getRequestLocale`) so the first render matches. */
  locale: Locale;
  children: ReactNode;
}

/**
 * Makes the request's language available to client components below it. Only that language's
 * catalogue is downloaded (lib/i18n/catalogue.ts loads one chunk per locale); rendering waits for it.
 */
export function I18nProvider({ locale, children }: I18nProviderProps) {
  const messages = use(loadMessages(locale));
  const value = useMemo(() => createI18n(locale, messages), [locale, messages]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

/** Provides an I18n that is already loaded (tests that render a component to markup). */
export function ReadyI18nProvider({ value, children }: { value: I18n; children?: ReactNode }) {
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

/** The current language, its catalogue and locale-bound formatters. */
export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (i18n === null) throw new Error('useI18n outside <I18nProvider>');
  return i18n;
}
