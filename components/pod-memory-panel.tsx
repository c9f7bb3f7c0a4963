'use client';

import { useQuery } from '@tanstack/react-query';
import { formatClock } from '@/lib/i18n/format';
import { useEffect } from 'react';
import { instantIndex } from '@/lib/memory/instant';
import { sumContainers } from '@/lib/memory/pod-total';
import { podMemoryQueryOptions, type PodKey } from '@/lib/queries/pod-memory';
import type { TimeRangeState } from '@/lib/queries/time-range';
import { ContainerCard } from './container-card';
import { AlertAdvisor, preloadMemoryChart } from './lazy-parts';
import { useI18n } from './i18n-provider';
import { MemoryLegend } from './memory-legend';
import { PodSummary } from './pod-summary';
import { SourcesNote } from './sources-note';
import { ToolsCard } from './tools-card';
import { VerdictCard } from './verdict-card';

export interface PodMemoryPanelProps {
  pod: PodKey;
  range: TimeRangeState;
  /** Pinned instant (unix seconds) or null for the latest point. */
  at: number | null;
  /** Alert advisor threshold, 0–1. */
  threshold: number;
  onPin: (t: number | null) => void;
  /** A drag across a chart: show [start, end] (unix seconds). */
  onZoom?: (start: number, end: number) => void;
  onThreshold: (percent: number) => void;
}

/** Owns the pod memory query and its four states: first load, error, empty, data. */
export function PodMemoryPanel({ pod, range, at, threshold, onPin, onZoom, onThreshold }: PodMemoryPanelProps) {
  const { t, locale } = useI18n();
  const query = useQuery(podMemoryQueryOptions(pod, range));
  // The chart code loads while the data is on its way, not after it.
  useEffect(preloadMemoryChart, []);
  if (query.isPending) {
    return (
      <div role="status" aria-live="polite" className="animate-pulse rounded-lg border border-slate-200 bg-white p-6 text-sm text-slate-500">
        {t.pod.loading(`${pod.namespace}/${pod.pod}`)}
      </div>
    );
  }
  if (query.isError) {
    return (
      <div role="alert" className="rounded-lg border border-red-200 bg-red-50 p-4 text-sm text-red-900">
        <p className="font-medium">{t.pod.loadError}</p>
        <p className="mt-1">{query.error.message}</p>
        <button type="button" onClick={() => void query.refetch()} className="mt-2 rounded border border-red-300 bg-white px-2 py-1">
          {t.pod.retry}
        </button>
      </div>
    );
  }
  const data = query.data;
  const index = instantIndex(data.timestamps, data.containers, at);
  if (index < 0)
    return (
      <p role="status" className="rounded-lg border border-slate-200 bg-white p-4 text-sm">
        {t.pod.empty}
      </p>
    );
  const pinnedT = at === null ? null : (data.timestamps[index] ?? null);
  const apps = data.containers.filter((c) => !c.init);
  const total = sumContainers(apps, data.timestamps.length);
  const events = data.context.events;
  const card = { timestamps: data.timestamps, index, pinnedT, onPick: (tt: number) => onPin(tt), onZoom };
  const pngName = (part: string) => `${pod.pod}-${part}-${data.start}-${data.end}`;
  return (
    <div className="space-y-3" aria-busy={query.isFetching}>
      {data.warnings.length > 0 && (
        <div role="note" className="rounded-lg border border-amber-200 bg-amber-50 p-3 text-sm text-amber-900">
          <ul>
            {data.warnings.map((w) => (
              <li key={w}>{t.pod.prometheusWarning(w)}</li>
            ))}
          </ul>
        </div>
      )}
      <VerdictCard
        containers={apps}
        index={index}
        pinnedLabel={pinnedT === null ? null : formatClock(pinnedT, locale)}
        events={events}
        cache={data.context.containers}
        onUnpin={() => onPin(null)}
      />
      <ContainerCard
        {...card}
        memory={total}
        events={events}
        title={t.pod.podTotal}
        subtitle={t.pod.podTotalSubtitle(apps.length, apps.map((c) => c.container).join(' + '))}
        headingLevel={2}
        pngName={pngName('total')}
      />
      <PodSummary podTotals={data.podTotals} index={index} events={events} />
      <MemoryLegend />
      <SourcesNote sources={data.sources} />
      <h2 className="pt-2 text-sm font-semibold uppercase tracking-wide text-slate-500">{t.pod.containers}</h2>
      {data.containers.map((c) => (
        <ContainerCard
          key={c.container}
          {...card}
          memory={c}
          events={events.filter((e) => e.container === c.container)}
          title={c.init ? t.pod.initContainer(c.container) : t.pod.container(c.container)}
          pngName={pngName(c.container)}
        >
          <ToolsCard memory={c} context={data.context} index={index} />
        </ContainerCard>
      ))}
      <AlertAdvisor
        namespace={pod.namespace}
        timestamps={data.timestamps}
        step={data.step}
        containers={apps}
        context={data.context}
        events={events}
        threshold={threshold}
        onThreshold={onThreshold}
      />
    </div>
  );
}
