'use client';

import { AlertSection } from '@/components/learn/alert-section';
import { FormulasSection } from '@/components/learn/formulas-section';
import { PageCacheSection } from '@/components/learn/page-cache-section';
import { SeedExperimentSection } from '@/components/learn/seed-experiment-section';
import { TopSection } from '@/components/learn/top-section';
import { useI18n } from '@/components/i18n-provider';

/** The learn page's sections in reading order, with a short table of contents. */
export function LearnClient() {
  const { t } = useI18n();
  const l = t.learn;
  const toc: Array<[string, string]> = [
    ['page-cache', l.pageCache.heading],
    ['active-inactive', l.experiment.heading],
    ['formulas', l.formulas.heading],
    ['top', l.top.heading],
    ['alerting', l.alert.heading],
  ];
  return (
    <div className="space-y-4">
      <h1 className="text-xl font-semibold">{l.title}</h1>
      <p className="max-w-3xl text-sm text-slate-600">{l.intro}</p>
      <nav aria-label={l.tocLabel}>
        <ol className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
          {toc.map(([id, heading], i) => (
            <li key={id}>
              <a href={`#${id}`} className="text-blue-700 underline hover:no-underline">
                {i + 1}. {heading}
              </a>
            </li>
          ))}
        </ol>
      </nav>
      <PageCacheSection />
      <SeedExperimentSection />
      <FormulasSection />
      <TopSection />
      <AlertSection />
    </div>
  );
}
