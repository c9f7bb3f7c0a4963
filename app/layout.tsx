import type { Metadata, Viewport } from 'next';
import Link from 'next/link';
import { Suspense, type ReactNode } from 'react';
import { I18nProvider } from '@/components/i18n-provider';
import { LanguageSwitcher } from '@/components/language-switcher';
import { getMessages } from '@/lib/i18n/messages';
import { getRequestLocale } from '@/lib/i18n/server';
import { signedInUser } from '@/lib/server/signed-in-user';
import { Providers } from './providers';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'podmem', template: '%s · podmem' },
  description: 'Why the platform says your pod uses more memory than top does: working set split into RSS, active page cache and other.',
};

export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

export default async function RootLayout({ children }: { children: ReactNode }) {
  const locale = await getRequestLocale(undefined);
  const t = getMessages(locale);
  const user = await signedInUser();
  return (
    <html lang={locale === 'zh' ? 'zh-CN' : 'en'}>
      <body className="min-h-screen">
        <I18nProvider locale={locale}>
          <header className="border-b border-slate-200 bg-white">
            <nav aria-label="podmem" className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-4 gap-y-1 px-3 py-2 sm:px-6">
              <Link href="/" className="font-semibold tracking-tight text-slate-900">
                podmem
              </Link>
              <span className="hidden text-sm text-slate-500 md:inline">{t.nav.tagline}</span>
              <Link href="/analyze" className="text-sm text-slate-700 hover:underline">
                {t.nav.analyze}
              </Link>
              <Link href="/learn" className="text-sm text-slate-700 hover:underline">
                {t.nav.learn}
              </Link>
              {user && (
                <span data-testid="signed-in-user" className="ml-auto text-sm text-slate-600">
                  {t.nav.signedInAs(user)}
                </span>
              )}
              <span className={user ? '' : 'ml-auto'}>
                <Suspense>
                  <LanguageSwitcher />
                </Suspense>
              </span>
            </nav>
          </header>
          <Providers>
            <main className="mx-auto max-w-6xl px-3 py-4 sm:px-6">{children}</main>
          </Providers>
        </I18nProvider>
      </body>
    </html>
  );
}
