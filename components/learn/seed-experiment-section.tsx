'use client';

import { useState } from 'react';
import { SEED_PHASE_ORDER, type SeedPhase } from '@/lib/learn/seed-experiment';
import { LearnSection } from './learn-section';
import { LiveSeedChart } from './live-seed-chart';
import { SeedStepPanel } from './seed-step-panel';
import { useI18n } from '@/components/i18n-provider';

const stepButton = (current: boolean) =>
  `flex w-full items-center gap-2 rounded border px-2 py-1.5 text-left text-sm ${current ? 'border-slate-900 bg-slate-900 text-white' : 'border-slate-300 bg-white text-slate-800 hover:bg-slate-100'}`;

/** Section b: the seed's dd experiment as a three-step stepper, with the live demo chart below. */
export function SeedExperimentSection() {
  const { t } = useI18n();
  const l = t.learn;
  const m = l.experiment;
  const [phase, setPhase] = useState<SeedPhase>('A');
  const index = SEED_PHASE_ORDER.indexOf(phase);
  const go = (i: number) => {
    const next = SEED_PHASE_ORDER[i];
    if (next !== undefined) setPhase(next);
  };

  return (
    <LearnSection id="active-inactive" heading={m.heading}>
      <p className="max-w-3xl text-sm text-slate-700">{m.intro}</p>
      <nav aria-label={m.stepsLabel}>
        <ol className="grid gap-2 sm:grid-cols-3">
          {SEED_PHASE_ORDER.map((p) => (
            <li key={p}>
              <button type="button" aria-current={p === phase ? 'step' : undefined} onClick={() => setPhase(p)} className={stepButton(p === phase)}>
                <span aria-hidden className="font-mono font-semibold">
                  {p}
                </span>
                <span className="sr-only">{m.stepButton(p, m.steps[p].name)}</span>
                <span aria-hidden>{m.steps[p].name}</span>
              </button>
            </li>
          ))}
        </ol>
      </nav>
      <SeedStepPanel phase={phase} />
      <div className="flex justify-between gap-2">
        <button
          type="button"
          onClick={() => go(index - 1)}
          disabled={index <= 0}
          className="rounded border border-slate-300 px-2 py-1 text-sm disabled:opacity-50"
        >
          <span aria-hidden>← </span>
          {m.previous}
        </button>
        <button
          type="button"
          onClick={() => go(index + 1)}
          disabled={index >= SEED_PHASE_ORDER.length - 1}
          className="rounded border border-slate-300 px-2 py-1 text-sm disabled:opacity-50"
        >
          {m.next}
          <span aria-hidden> →</span>
        </button>
      </div>
      <LiveSeedChart phase={phase} />
    </LearnSection>
  );
}
