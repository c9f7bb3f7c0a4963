/** The languages podmem speaks. `en` is the source of truth for every string; `zh` is Simplified Chinese. */
export const LOCALES = ['en', 'zh'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

/** Cookie that remembers the user's choice; the URL's `?lang=` wins over it. */
export const LANG_COOKIE = 'podmem_lang';
export const LANG_PARAM = 'lang';

/** BCP 47 tags handed to Intl for each locale. */
export const INTL_TAG: Record<Locale, string> = { en: 'en-US', zh: 'zh-CN' };

/** Returns the locale for an exact `en`/`zh` value (case and spaces ignored), else null. */
export function parseLocale(value: string | null | undefined): Locale | null {
  const v = value?.trim().toLowerCase();
  return v === 'en' || v === 'zh' ? v : null;
}

/** Maps one Accept-Language range to a supported locale: any `zh*` (zh-CN, zh-Hans, zh-TW) → zh, `en*` → en. */
function matchRange(range: string): Locale | null {
  const primary = range.trim().toLowerCase().split('-')[0];
  return primary === 'zh' ? 'zh' : primary === 'en' ? 'en' : null;
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
export function resolveLocale(
  searchParam: string | null | undefined,
  cookie: string | null | undefined,
  acceptLanguage: string | null | undefined,
): Locale {
  return parseLocale(searchParam) ?? parseLocale(cookie) ?? parseAcceptLanguage(acceptLanguage) ?? DEFAULT_LOCALE;
}
