import type { Metadata } from 'next';
import { I18nProvider } from '@/components/i18n-provider';
import { loadMessages } from '@/lib/i18n/catalogue';
import { LOCALE_INFO } from '@/lib/i18n/locales';
import { getRequestLocale } from '@/lib/i18n/server';
import { AnalyzeClient } from './client';

export const dynamic = 'force-dynamic';

interface AnalyzePageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export async function generateMetadata({ searchParams }: AnalyzePageProps): Promise<Metadata> {
  const locale = await getRequestLocale((await searchParams).lang);
  return { title: (await loadMessages(locale)).analyze.title };
}

/** /analyze: paste memory.stat, get the split, the bar against the limit and the verdict. */
export default async function AnalyzePage({ searchParams }: AnalyzePageProps) {
  const locale = await getRequestLocale((await searchParams).lang);
  return (
    <I18nProvider locale={locale}>
      <div lang={LOCALE_INFO[locale].htmlLang}>
        <AnalyzeClient />
      </div>
    </I18nProvider>
  );
}
