import type { ContainerMemory } from '@/lib/api/pod-memory';
import { lastValue } from '@/lib/memory/series';
import { toChartRows } from '@/lib/memory/chart-rows';
import { formatLimit, formatMiB, formatPercentOf } from '@/lib/format';
import { MemoryChart } from './memory-chart';

export interface ContainerCardProps {
  timestamps: number[];
  memory: ContainerMemory;
  title: string;
  subtitle?: string;
  headingLevel?: 2 | 3;
}

/** One container (or the pod total): latest numbers in words, then the stacked chart. */
export function ContainerCard({ timestamps, memory, title, subtitle, headingLevel = 3 }: ContainerCardProps) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const rows = toChartRows(timestamps, memory);
  const wss = lastValue(memory.workingSet);
  const pct = formatPercentOf(wss, memory.limitBytes);
  return (
    <section aria-label={title} className="rounded-lg border border-slate-200 bg-white p-3">
      <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
        <Heading className="text-base font-semibold">{title}</Heading>
        <p className="text-xs text-slate-500">
          {memory.limitBytes !== null ? `limit ${formatLimit(memory.limitBytes)}` : 'no limit set'}
          {memory.requestBytes !== null ? ` · request ${formatLimit(memory.requestBytes)}` : ''}
        </p>
      </div>
      {subtitle && <p className="text-xs text-slate-500">{subtitle}</p>}
      <div role="group" className="mt-2 grid grid-cols-2 gap-x-3 gap-y-1 text-sm sm:grid-cols-5" aria-label={`Latest values for ${title}`}>
        <Stat label="Working set" value={formatMiB(wss)} note={pct ? `${pct} of limit` : undefined} strong />
        <Stat label="RSS" value={formatMiB(lastValue(memory.rss))} />
        <Stat label="Active cache" value={formatMiB(lastValue(memory.activeFile))} />
        <Stat label="Other" value={formatMiB(lastValue(memory.other))} />
        <Stat label="Inactive cache" value={formatMiB(lastValue(memory.inactiveFile))} note="reclaimable" />
      </div>
      <MemoryChart rows={rows} limitBytes={memory.limitBytes} requestBytes={memory.requestBytes} label={`Memory chart: ${title}`} />
    </section>
  );
}

function Stat({ label, value, note, strong }: { label: string; value: string; note?: string; strong?: boolean }) {
  return (
    <div role="group" aria-label={label}>
      <div className="text-xs text-slate-500">{label}</div>
      <output className={strong ? 'font-semibold tabular-nums' : 'tabular-nums'}>
        {value}
        {note && <span className="ml-1 text-xs font-normal text-slate-500">{note}</span>}
      </output>
    </div>
  );
}
