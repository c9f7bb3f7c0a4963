'use client';

import type { LearnMessages } from '@/lib/i18n/messages/en/learn';
import { LearnSection, Points } from './learn-section';
import { useI18n } from '@/components/i18n-provider';

type RowKey = keyof LearnMessages['formulas']['rows'];
type Note = 'clamped' | 'needsKubelet' | 'noLimit';

/** Metric names and cgroup files are code and are not translated; notes are. */
const ROWS: ReadonlyArray<{ key: RowKey; metric: string; v1: string; v2: string; note?: Note }> = [
  { key: 'usage', metric: 'container_memory_usage_bytes', v1: 'memory.usage_in_bytes', v2: 'memory.current' },
  { key: 'workingSet', metric: 'container_memory_working_set_bytes', v1: 'usage − total_inactive_file', v2: 'usage − inactive_file', note: 'clamped' },
  { key: 'rss', metric: 'container_memory_rss', v1: 'total_rss', v2: 'anon' },
  { key: 'cache', metric: 'container_memory_cache', v1: 'total_cache', v2: 'file' },
  {
    key: 'activeInactive',
    metric: 'container_memory_total_active_file_bytes, …_inactive_file_bytes',
    v1: 'total_active_file, total_inactive_file',
    v2: 'active_file, inactive_file',
    note: 'needsKubelet',
  },
  { key: 'limit', metric: 'container_spec_memory_limit_bytes', v1: 'memory.limit_in_bytes', v2: 'memory.max', note: 'noLimit' },
];

/** Section c: how cAdvisor computes each number on cgroup v1 and v2, as one compact table. */
export function FormulasSection() {
  const { t } = useI18n();
  const l = t.learn;
  const m = l.formulas;
  return (
    <LearnSection id="formulas" heading={m.heading}>
      <p className="max-w-3xl text-sm text-slate-700">{m.intro}</p>
      {/* Wide on a phone: the table scrolls inside its own box, never the page. */}
      <div role="region" aria-label={m.tableLabel} tabIndex={0} className="overflow-x-auto rounded border border-slate-200">
        <table className="w-full min-w-[36rem] text-sm">
          <thead className="bg-slate-50 text-left text-xs text-slate-700">
            <tr>
              <th scope="col" className="p-2 font-medium">
                {m.number}
              </th>
              <th scope="col" className="p-2 font-medium">
                {m.v1} <span className="block font-mono font-normal">{m.v1Files}</span>
              </th>
              <th scope="col" className="p-2 font-medium">
                {m.v2} <span className="block font-mono font-normal">{m.v2Files}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {ROWS.map((r) => (
              <tr key={r.key} className="border-t border-slate-200 align-top">
                <th scope="row" className="p-2 text-left font-medium">
                  {m.rows[r.key]}
                  <span className="block font-mono text-xs font-normal break-all text-slate-600">{r.metric}</span>
                  {r.note !== undefined ? <span className="mt-0.5 block text-xs font-normal text-slate-600">{m[r.note]}</span> : null}
                </th>
                <td className="p-2 font-mono text-xs">{r.v1}</td>
                <td className="p-2 font-mono text-xs">{r.v2}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Points items={m.notes} />
    </LearnSection>
  );
}
