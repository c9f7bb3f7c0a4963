/** How a language writes numbers, dates and its own name; its words live in lib/i18n/messages/<locale>/. */
export interface LocaleInfo {
  /** The language's own name, shown in the language switcher. */
  name: string;
  /** The `<html lang>` attribute. */
  htmlLang: string;
  /** BCP 47 tag handed to Intl for numbers and dates. */
  intl: string;
  /** Between a number and "%": "50.2 %" in English, "50.2%" in Chinese. */
  percentGap: string;
  /** Units of formatDuration. */
  duration: { h: string; m: string; s: string };
}

/**
 * The languages podmem speaks. `en` is the source of truth for every string; `zh` is Simplified
 * Chinese. Adding a locale: an entry here, a catalogue folder lib/i18n/messages/<locale>/ typed
 * `Messages`, and its loader in lib/i18n/catalogue.ts — the compiler names whatever is missing.
 */
export const LOCALE_INFO = {
  en: { name: 'English', htmlLang: 'en', intl: 'en-US', percentGap: ' ', duration: { h: 'h', m: 'min', s: 's' } },
  zh: { name: '简体中文', htmlLang: 'zh-CN', intl: 'zh-CN', percentGap: '', duration: { h: '小时', m: '分钟', s: '秒' } },
} as const satisfies Record<string, LocaleInfo>;

export type Locale = keyof typeof LOCALE_INFO;
export const LOCALES = Object.keys(LOCALE_INFO) as readonly Locale[];
export const DEFAULT_LOCALE: Locale = 'en';
const isLocale = (v: string | undefined): v is Locale => v !== undefined && (LOCALES as readonly string[]).includes(v);

/** Cookie that remembers the user's choice; the URL's `?lang=` wins over it. */
export const LANG_COOKIE = 'podmem_lang';
export const LANG_PARAM = 'lang';

/** Returns the locale for an exact locale id such as `en` or `zh` (case and spaces ignored), else null. */
export function parseLocale(value: string | null | undefined): Locale | null {
  const v = value?.trim().toLowerCase();
  return isLocale(v) ? v : null;
}

/** Maps one Accept-Language range to a supported locale: any `zh*` (zh-CN, zh-Hans, zh-TW) → zh, `en*` → en. */
function matchRange(range: string): Locale | null {
  const primary = range.trim().toLowerCase().split('-')[0];
  return isLocale(primary) ? primary : null;
}

/** Picks the supported language the browser prefers most (highest q, then order); null when none fits. */
export function parseAcceptLanguage(header: string | null | undefined): Locale | null {
  if (!header) return null;
  let best: { locale: Locale; q: number } | null = null;
  for (const part of header.split(',')) {
    const [range = '', ...params] = part.split(';');
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const q = qParam === undefined ? 1 : Number(qParam.slice(2));
    const locale = matchRange(range);
    if (locale === null || !Number.isFinite(q) || q <= 0) continue;
    if (best === null || q > best.q) best = { locale, q };
  }
  return best?.locale ?? null;
}

/**
 * The request's locale: the URL's `?lang=zh|en` wins, then the `podmem_lang` cookie, then the
 * Accept-Language header, then English. Unknown values at one level fall through to the next.
 */
export function resolveLocale(searchParam: string | null | undefined, cookie: string | null | undefined, acceptLanguage: string | null | undefined): Locale {
  return parseLocale(searchParam) ?? parseLocale(cookie) ?? parseAcceptLanguage(acceptLanguage) ?? DEFAULT_LOCALE;
}
