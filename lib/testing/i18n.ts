import { createI18n, type I18n } from '@/lib/i18n/i18n';
import type { Locale } from '@/lib/i18n/locales';
import { en } from '@/lib/i18n/messages/en';
import { zh } from '@/lib/i18n/messages/zh';

/** Tests and scripts only: a locale's I18n without the async loader (both catalogues imported here). */
export function i18nFor(locale: Locale): I18n {
  return createI18n(locale, { en, zh }[locale]);
}
