'use client';

import { MemoryBar } from '@/components/memory-bar';
import { seedPhaseNumbers, SEED_PHASE_ORDER, type SeedPhase, type SeedPhaseNumbers } from '@/lib/learn/seed-experiment';
import { LayerSwatch } from '@/components/layer-style';
import { STACK_IDS, type SeriesKey, type StackLayerId } from '@/lib/memory/layers';
import { useI18n } from '@/components/i18n-provider';

/** The seed's pod had a 256 MiB limit. */
export const SEED_LIMIT_BYTES = 256 * 1024 * 1024;

/** What the seed typed in the container before each memory.stat (shell is not translated). */
const COMMANDS: Record<SeedPhase, string | null> = {
  A: null,
  B: '$ dd if=/dev/zero of=testfile_100m bs=1M count=100\n100+0 records in\n100+0 records out',
  C: '$ cat testfile_100m > /dev/null\n$ cat testfile_100m > /dev/null',
};

type RowKey = SeriesKey;
const ROWS: readonly RowKey[] = ['workingSet', 'rss', 'activeFile', 'inactiveFile', 'usage'];
const isLayer = (k: RowKey): k is StackLayerId => (STACK_IDS as readonly string[]).includes(k);

function previousOf(phase: SeedPhase): SeedPhaseNumbers | null {
  const i = SEED_PHASE_ORDER.indexOf(phase);
  const prev = i > 0 ? SEED_PHASE_ORDER[i - 1] : undefined;
  return prev === undefined ? null : seedPhaseNumbers(prev);
}

/** One step of the dd experiment: what was run, the bar against the limit, the numbers and memory.stat. */
export function SeedStepPanel({ phase }: { phase: SeedPhase }) {
  const { t, formatBytes } = useI18n();
  const l = t.learn;
  const m = l.experiment;
  const n = seedPhaseNumbers(phase);
  const prev = previousOf(phase);
  const change = (k: RowKey): string => {
    if (prev === null) return m.first;
    const d = n[k] - prev[k];
    const sign = d > 0 ? '+' : d < 0 ? '−' : '±';
    return `${sign}${formatBytes(Math.abs(d))}`;
  };
  const stat = Object.entries(n.stat)
    .map(([k, v]) => `${k} ${v}`)
    .join('\n');

  return (
    <div role="region" aria-labelledby={`step-${phase}-title`} className="space-y-3">
      <h3 id={`step-${phase}-title`} className="font-semibold">
        {m.steps[phase].title}
      </h3>
      <p className="max-w-3xl text-sm text-slate-700">{m.steps[phase].explain}</p>
      <figure className="max-w-3xl">
        <figcaption className="text-xs text-slate-600">{m.commandLabel}</figcaption>
        <pre className="mt-1 rounded bg-slate-900 p-2 text-xs break-all whitespace-pre-wrap text-slate-100">
          <code>{COMMANDS[phase] ?? m.noCommand}</code>
        </pre>
      </figure>
      <MemoryBar layers={n} limitBytes={SEED_LIMIT_BYTES} showLegend={false} />
      <div className="grid gap-3 md:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <table className="w-full text-sm">
          <caption className="text-left text-xs text-slate-600">{m.numbersLabel(phase)}</caption>
          <thead>
            <tr className="border-b border-slate-200 text-left text-xs text-slate-600">
              <th scope="col" className="py-1 font-medium">
                {m.layer}
              </th>
              <th scope="col" className="py-1 pl-3 text-right font-medium">
                {m.size}
              </th>
              <th scope="col" className="py-1 pl-3 text-right font-medium">
                {m.change}
              </th>
            </tr>
          </thead>
          <tbody>
            {ROWS.map((k) => (
              <tr key={k} className={`border-b border-slate-100 ${k === 'workingSet' ? 'font-semibold' : ''}`}>
                <th scope="row" className="py-1 text-left font-[inherit]">
                  <span className="flex items-center gap-1.5">
                    {isLayer(k) ? <LayerSwatch layer={k} className="" /> : null}
                    {t.layers[k].name}
                  </span>
                </th>
                <td className="py-1 pl-3 text-right whitespace-nowrap">{formatBytes(n[k])}</td>
                <td className="py-1 pl-3 text-right whitespace-nowrap text-slate-600">{change(k)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <figure>
          <figcaption className="text-xs text-slate-600">{m.statLabel(phase)}</figcaption>
          <pre className="mt-1 rounded bg-slate-100 p-2 text-xs break-all whitespace-pre-wrap">
            <code>{stat}</code>
          </pre>
        </figure>
      </div>
    </div>
  );
}
