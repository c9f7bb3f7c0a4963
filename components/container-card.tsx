'use client';

import type { ReactNode } from 'react';
import type { PodEvent } from '@/lib/api/pod-context';
import type { ContainerMemory } from '@/lib/api/pod-memory';
import { toChartRows } from '@/lib/memory/chart-rows';
import { layerDef, STACK_IDS, type SeriesKey } from '@/lib/memory/layers';
import { useI18n } from './i18n-provider';
import { MemoryChart } from './lazy-parts';

export interface ContainerCardProps {
  timestamps: number[];
  memory: ContainerMemory;
  title: string;
  subtitle?: string;
  /** Grid index of the instant the numbers describe (pinned or latest). */
  index: number;
  events: readonly PodEvent[];
  pinnedT: number | null;
  onPick: (t: number) => void;
  /** A drag across the chart: zoom to [start, end]. */
  onZoom?: (start: number, end: number) => void;
  /** File name (without .png) for the chart's "Download PNG". */
  pngName?: string;
  headingLevel?: 2 | 3;
  children?: ReactNode;
}

/** One container (or the pod total): the numbers at the chosen instant, then the stacked chart. */
export function ContainerCard({
  timestamps,
  memory,
  title,
  subtitle,
  index,
  events,
  pinnedT,
  onPick,
  onZoom,
  pngName,
  headingLevel = 3,
  children,
}: ContainerCardProps) {
  const { t, formatBytes, formatPercent } = useI18n();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const at = (key: SeriesKey) => {
    const v = memory[key][index] ?? null;
    return v === null ? '–' : formatBytes(v);
  };
  const wss = memory.workingSet[index] ?? null;
  const limit = memory.limitBytes;
  const bytes = (b: number) => formatBytes(b, { trimWhole: true });
  return (
    <section aria-label={title} className="rounded-lg border border-slate-200 bg-white p-3">
      <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
        <Heading className="text-base font-semibold">{title}</Heading>
        <p className="text-xs text-slate-500">
          {limit !== null ? t.pod.limitLine(bytes(limit)) : t.pod.noLimitSet}
          {memory.requestBytes !== null ? ` · ${t.pod.requestLine(bytes(memory.requestBytes))}` : ''}
        </p>
      </div>
      {subtitle && <p className="text-xs text-slate-500">{subtitle}</p>}
      <div role="group" className="mt-2 grid grid-cols-2 gap-x-3 gap-y-1 text-sm sm:grid-cols-5" aria-label={t.pod.valuesAt(title)}>
        <Stat
          label={t.pod.short.workingSet}
          value={at('workingSet')}
          note={wss !== null && limit ? t.pod.ofLimit(formatPercent(wss / limit)) : undefined}
          strong
        />
        {STACK_IDS.map((id) => (
          <Stat key={id} label={t.pod.short[id]} value={at(id)} note={layerDef(id).charge === 'reclaimable' ? t.pod.reclaimable : undefined} />
        ))}
      </div>
      <MemoryChart
        rows={toChartRows(timestamps, memory)}
        limitBytes={limit}
        requestBytes={memory.requestBytes}
        label={t.pod.chart(title)}
        events={events}
        pinnedT={pinnedT}
        onPick={onPick}
        onZoom={onZoom}
        pngName={pngName}
        title={title}
      />
      {children}
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
