'use client';

import { pageHref } from '@/lib/urls';
import { useQuery } from '@tanstack/react-query';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { rowNearest, seedChartData, type SeedPhase } from '@/lib/learn/seed-experiment';
import { ApiRequestError } from '@/lib/queries/api-error';
import { clusterListQueryOptions, DEMO_SEED_CONTAINER, DEMO_SEED_POD, demoSeedPodQueryOptions } from '@/lib/queries/learn-demo';
import { SeedChart } from '../lazy-parts';
import { useI18n } from '@/components/i18n-provider';

const note = 'rounded border border-slate-200 bg-slate-50 p-2 text-sm text-slate-700';

/** Section b's live part: the demo pod's chart with the chosen step shaded, or a note when there is no demo cluster. */
export function LiveSeedChart({ phase }: { phase: SeedPhase }) {
  const { t, formatBytes, formatClock } = useI18n();
  const l = t.learn;
  const m = l.live;
  const clusters = useQuery(clusterListQueryOptions());
  const hasDemo = clusters.data?.clusters.some((c) => c.id === DEMO_SEED_POD.cluster) ?? false;
  const pod = useQuery(demoSeedPodQueryOptions(hasDemo));

  let body: ReactNode;
  if (clusters.isPending || (hasDemo && pod.isPending)) {
    body = (
      <p role="status" className={note}>
        {m.loading}
      </p>
    );
  } else if (!hasDemo) {
    // No demo cluster (or the list did not load): the static bars above still teach the step.
    body = <p className={note}>{m.needsDemo}</p>;
  } else if (pod.isError && !(pod.error instanceof ApiRequestError && pod.error.status === 404)) {
    body = (
      <div role="alert" className="flex flex-wrap items-center gap-2 rounded border border-red-200 bg-red-50 p-2 text-sm text-red-800">
        {m.error(pod.error.message)}
        <button type="button" onClick={() => void pod.refetch()} className="rounded border border-red-300 bg-white px-2 py-0.5">
          {m.retry}
        </button>
      </div>
    );
  } else {
    const data = pod.data === undefined ? null : seedChartData(pod.data, DEMO_SEED_CONTAINER);
    if (data === null) {
      body = <p className={note}>{m.noData}</p>;
    } else {
      const span = data.spans[phase];
      const at = rowNearest(data.rows, (span.start + span.end) / 2);
      const podHref = pageHref.pod(DEMO_SEED_POD, data.window);
      body = (
        <>
          <SeedChart rows={data.rows} limitBytes={data.limitBytes} highlight={span} highlightLabel={phase} label={m.chartLabel(phase)} />
          <p className="text-sm text-slate-700">
            {m.shaded(phase, formatClock(span.start).slice(0, 5), formatClock(span.end).slice(0, 5))}{' '}
            {at !== null && at.workingSet !== null && at.activeFile !== null
              ? m.measured(formatClock(at.t), formatBytes(at.workingSet), formatBytes(at.activeFile))
              : null}
          </p>
          <Link href={podHref} className="text-sm text-blue-700 underline hover:no-underline">
            {m.openPod}
          </Link>
        </>
      );
    }
  }

  return (
    <div role="region" aria-labelledby="live-heading" className="space-y-2 border-t border-slate-200 pt-3">
      <h3 id="live-heading" className="font-semibold">
        {m.heading}
      </h3>
      <p className="max-w-3xl text-sm text-slate-700">{m.intro}</p>
      {body}
    </div>
  );
}
