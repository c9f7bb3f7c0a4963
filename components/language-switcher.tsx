'use client';

import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { useTransition } from 'react';
import { LANG_COOKIE, LANG_PARAM, LOCALE_INFO, LOCALES, type Locale } from '@/lib/i18n/locales';
import { useI18n } from './i18n-provider';

const ONE_YEAR_SECONDS = 365 * 24 * 3600;

/** Remembers the choice for pages opened without `?lang=`. */
function rememberLocale(locale: Locale): void {
  document.cookie = `${LANG_COOKIE}=${locale}; path=/; max-age=${ONE_YEAR_SECONDS}; samesite=lax`;
}

/** Switches the language: sets `?lang=` (keeping the other query parameters) and remembers it in a cookie. */
export function LanguageSwitcher() {
  const { locale, t } = useI18n();
  const router = useRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const [pending, startTransition] = useTransition();

  const choose = (next: Locale) => {
    if (next === locale) return;
    rememberLocale(next);
    const params = new URLSearchParams(searchParams.toString());
    params.set(LANG_PARAM, next);
    startTransition(() => router.replace(`${pathname}?${params.toString()}`, { scroll: false }));
  };

  return (
    <div role="group" aria-label={t.language.label} className="inline-flex overflow-hidden rounded border border-slate-300 text-sm" aria-busy={pending}>
      {LOCALES.map((l) => {
        const name = LOCALE_INFO[l].name;
        return (
          <button
            key={l}
            type="button"
            lang={l}
            aria-pressed={l === locale}
            aria-label={t.language.switchTo(name)}
            onClick={() => choose(l)}
            className={`px-2 py-1 ${l === locale ? 'bg-slate-800 text-white' : 'bg-white text-slate-700 hover:bg-slate-100'}`}
          >
            {name}
          </button>
        );
      })}
    </div>
  );
}
