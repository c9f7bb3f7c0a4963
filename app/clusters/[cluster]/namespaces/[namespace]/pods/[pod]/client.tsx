'use client';

import { useIsFetching, useQueryClient } from '@tanstack/react-query';
import { Breadcrumb, pageHref } from '@/components/breadcrumb';
import { parseAsFloat, parseAsInteger, parseAsString, useQueryStates } from 'nuqs';
import { useI18n } from '@/components/i18n-provider';
import { OomPanel } from '@/components/oom-panel';
import { PodMemoryPanel } from '@/components/pod-memory-panel';
import { RightSizeCard } from '@/components/right-size-card';
import { ShareBar } from '@/components/share/share-bar';
import { TimeRangePicker } from '@/components/time-range-picker';
import { DEFAULT_ALERT_THRESHOLD } from '@/lib/memory/alert-advisor';
import { memoryKeys } from '@/lib/queries/pod-memory';
import { parseTimeRange } from '@/lib/queries/time-range';

export interface PodPageClientProps {
  cluster: string;
  namespace: string;
  pod: string;
}

/** Everything a shared link must reproduce lives in the URL: range, pinned instant, alert threshold. */
const urlState = {
  range: parseAsString,
  start: parseAsString,
  end: parseAsString,
  at: parseAsFloat,
  threshold: parseAsInteger,
  // Right-size knobs in percent; absent = podmem's defaults.
  headroom: parseAsInteger,
  cache: parseAsInteger,
};

/** The pod view: breadcrumbs, range picker and the memory panel, all driven by the query string. */
export function PodPageClient({ cluster, namespace, pod }: PodPageClientProps) {
  const { t } = useI18n();
  const [params, setParams] = useQueryStates(urlState, { history: 'push' });
  const { range, error } = parseTimeRange(params);
  const queryClient = useQueryClient();
  const fetching = useIsFetching({ queryKey: memoryKeys.all }) > 0;
  const thresholdPercent = params.threshold !== null && params.threshold >= 1 && params.threshold <= 100 ? params.threshold : DEFAULT_ALERT_THRESHOLD * 100;
  return (
    <div className="space-y-3">
      <Breadcrumb
        label={t.pod.breadcrumb}
        items={[
          { text: cluster, href: pageHref.cluster(cluster) },
          { text: namespace, href: pageHref.namespace(cluster, namespace) },
          { text: pod, href: pageHref.pod(cluster, namespace, pod) },
        ]}
      />
      <div className="flex flex-wrap items-end justify-between gap-2">
        <h1 className="break-all text-xl font-semibold">{pod}</h1>
        <TimeRangePicker
          range={range}
          refreshing={fetching}
          onSelect={(preset) => void setParams({ range: preset, start: null, end: null, at: null })}
          onAbsolute={(start, end) => void setParams({ range: null, start: String(start), end: String(end), at: null })}
          onRefresh={() => void queryClient.invalidateQueries({ queryKey: memoryKeys.all })}
        />
      </div>
      {error && (
        <p role="alert" className="rounded border border-amber-200 bg-amber-50 p-2 text-sm text-amber-900">
          {error}
        </p>
      )}
      <ShareBar pod={{ cluster, namespace, pod }} range={range} at={params.at} threshold={params.threshold} />
      <PodMemoryPanel
        pod={{ cluster, namespace, pod }}
        range={range}
        at={params.at}
        threshold={thresholdPercent / 100}
        onPin={(at) => void setParams({ at }, { history: 'replace' })}
        onZoom={(start, end) => void setParams({ range: null, start: String(start), end: String(end), at: null })}
        onThreshold={(threshold) => void setParams({ threshold }, { history: 'replace' })}
      />
      <RightSizeCard
        pod={{ cluster, namespace, pod }}
        range={range}
        knobs={{ headroom: params.headroom, cache: params.cache }}
        onKnobs={(k) => void setParams({ headroom: k.headroom, cache: k.cache }, { history: 'replace' })}
      />
      <OomPanel pod={{ cluster, namespace, pod }} range={range} />
    </div>
  );
}
