import type { Metadata } from 'next';
import { I18nProvider } from '@/components/i18n-provider';
import { loadMessages } from '@/lib/i18n/catalogue';
import { LOCALE_INFO } from '@/lib/i18n/locales';
import { getRequestLocale } from '@/lib/i18n/server';
import { LearnClient } from './client';

export const dynamic = 'force-dynamic';

interface LearnPageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export async function generateMetadata({ searchParams }: LearnPageProps): Promise<Metadata> {
  const locale = await getRequestLocale((await searchParams).lang);
  const m = (await loadMessages(locale)).learn;
  return { title: m.title, description: m.intro };
}

/** /learn: page cache, active vs inactive file (the seed's dd experiment), the formulas, top, and what to alert on. */
export default async function LearnPage({ searchParams }: LearnPageProps) {
  const locale = await getRequestLocale((await searchParams).lang);
  return (
    <I18nProvider locale={locale}>
      <div lang={LOCALE_INFO[locale].htmlLang}>
        <LearnClient />
      </div>
    </I18nProvider>
  );
}
