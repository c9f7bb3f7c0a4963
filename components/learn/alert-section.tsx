'use client';

import { pageHref } from '@/lib/urls';
import Link from 'next/link';
import type { LearnMessages } from '@/lib/i18n/messages/en/learn';
import { seedPhaseNumbers } from '@/lib/learn/seed-experiment';
import { DEMO_SEED_POD } from '@/lib/queries/learn-demo';
import { LearnSection } from './learn-section';
import { SEED_LIMIT_BYTES } from './seed-step-panel';
import { useI18n } from '@/components/i18n-provider';

type Candidate = keyof LearnMessages['alert']['candidates'];

const atC = seedPhaseNumbers('C');
/** Each candidate's numerator at step C of the seed experiment, and the colour of the layer it is made of. */
const CANDIDATES: ReadonlyArray<{ key: Candidate; bytes: number; color: string }> = [
  { key: 'workingSet', bytes: atC.workingSet, color: 'var(--color-active)' },
  { key: 'rss', bytes: atC.rss, color: 'var(--color-rss)' },
  { key: 'unreclaimable', bytes: atC.workingSet - atC.activeFile, color: 'var(--color-other)' },
];
const RECOMMENDED: Candidate = 'unreclaimable';

function List({ title, items, mark }: { title: string; items: readonly string[]; mark: string }) {
  return (
    <div>
      <h4 className="text-xs font-semibold text-slate-600 uppercase">{title}</h4>
      <ul className="mt-1 space-y-1 text-sm text-slate-700">
        {items.map((p) => (
          <li key={p} className="flex gap-1.5">
            <span aria-hidden className="shrink-0">
              {mark}
            </span>
            {p}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Section e: the three alert candidates with their value at step C, pros and cons, and the recommendation. */
export function AlertSection() {
  const { t, formatPercent } = useI18n();
  const l = t.learn;
  const m = l.alert;
  const advisorHref = pageHref.pod(DEMO_SEED_POD);
  return (
    <LearnSection id="alerting" heading={m.heading}>
      <p className="max-w-3xl text-sm text-slate-700">{m.intro}</p>
      <div className="grid gap-3 lg:grid-cols-3">
        {CANDIDATES.map((c) => {
          const fraction = c.bytes / SEED_LIMIT_BYTES;
          const text = m.atStepC(formatPercent(fraction));
          return (
            <article
              key={c.key}
              aria-labelledby={`alert-${c.key}`}
              className={`space-y-2 rounded border p-3 ${c.key === RECOMMENDED ? 'border-2 border-emerald-600' : 'border-slate-200'}`}
            >
              <h3 id={`alert-${c.key}`} className="font-mono text-sm font-semibold">
                {m.candidates[c.key].name}
              </h3>
              <div role="img" aria-label={text} className="h-3 w-full overflow-hidden rounded bg-slate-100">
                <div className="h-full" style={{ width: `${Math.min(fraction, 1) * 100}%`, background: c.color }} />
              </div>
              <p className="text-xs text-slate-600">{text}</p>
              <List title={m.pros} items={m.candidates[c.key].pros} mark="+" />
              <List title={m.cons} items={m.candidates[c.key].cons} mark="−" />
            </article>
          );
        })}
      </div>
      <div className="rounded border-2 border-emerald-600 bg-emerald-50 p-3">
        <h3 className="font-semibold">{m.recommendationHeading}</h3>
        <p className="mt-1 max-w-3xl text-sm text-slate-800">{m.recommendation}</p>
        <Link href={advisorHref} className="mt-2 inline-block text-sm text-blue-700 underline hover:no-underline">
          {m.advisorLink}
        </Link>
      </div>
    </LearnSection>
  );
}
