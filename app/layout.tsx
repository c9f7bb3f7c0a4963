import type { Metadata, Viewport } from 'next';
import { cookies } from 'next/headers';
import Link from 'next/link';
import { Suspense, type ReactNode } from 'react';
import { I18nProvider } from '@/components/i18n-provider';
import { LanguageSwitcher } from '@/components/language-switcher';
import { HeaderSearch } from '@/components/share/header-search';
import { ThemeSwitch } from '@/components/share/theme-switch';
import { loadMessages } from '@/lib/i18n/catalogue';
import { LOCALE_INFO } from '@/lib/i18n/locales';
import { getRequestLocale } from '@/lib/i18n/server';
import { getConfig } from '@/lib/server/context';
import { signedInUser } from '@/lib/server/signed-in-user';
import { parseTheme, THEME_COOKIE } from '@/lib/theme';
import { pageHref } from '@/lib/urls';
import { Providers } from './providers';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'podmem', template: '%s · podmem' },
  description: 'Why the platform says your pod uses more memory than top does: working set split into RSS, active page cache and other.',
};

export const viewport: Viewport = { width: 'device-width', initialScale: 1, colorScheme: 'light dark' };

/** Cluster ids for the header search; a broken configuration is reported by the pages, not here. */
function clusterIds(): string[] {
  try {
    return getConfig().clusters.map((c) => c.id);
  } catch {
    return [];
  }
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const [locale, cookieStore] = await Promise.all([getRequestLocale(undefined), cookies()]);
  const theme = parseTheme(cookieStore.get(THEME_COOKIE)?.value);
  const t = await loadMessages(locale);
  const user = await signedInUser();
  return (
    <html lang={LOCALE_INFO[locale].htmlLang} data-theme={theme === 'system' ? undefined : theme}>
      <body className="min-h-screen">
        <I18nProvider locale={locale}>
          <Providers>
            {/* No prefetch on the header's links: on every page load they cost the server three renders while it answers the page's own data. */}
            <header className="border-b border-slate-200 bg-white">
              <nav aria-label="podmem" className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-4 gap-y-1 px-3 py-2 sm:px-6">
                <Link prefetch={false} href={pageHref.home()} className="font-semibold tracking-tight text-slate-900">
                  podmem
                </Link>
                <span className="hidden text-sm text-slate-500 lg:inline">{t.nav.tagline}</span>
                <Link prefetch={false} href={pageHref.analyze()} className="text-sm text-slate-700 hover:underline">
                  {t.nav.analyze}
                </Link>
                <Link prefetch={false} href={pageHref.learn()} className="text-sm text-slate-700 hover:underline">
                  {t.nav.learn}
                </Link>
                {user && (
                  <span data-testid="signed-in-user" className="ml-auto text-sm text-slate-600">
                    {t.nav.signedInAs(user)}
                  </span>
                )}
                <span className={`${user ? '' : 'ml-auto '}flex items-center gap-2`}>
                  <ThemeSwitch initial={theme} />
                  <Suspense>
                    <LanguageSwitcher />
                  </Suspense>
                </span>
                <div role="search" className="order-last w-full sm:order-none sm:w-auto">
                  <HeaderSearch clusters={clusterIds()} />
                </div>
              </nav>
            </header>
            <main className="mx-auto max-w-6xl px-3 py-4 sm:px-6">{children}</main>
          </Providers>
        </I18nProvider>
      </body>
    </html>
  );
}
