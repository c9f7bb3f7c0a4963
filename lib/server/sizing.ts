import 'server-only';
import { ApiError } from '@/lib/api/errors';
import type { ContainerSizingBody, NamespaceSizing, PodSizing } from '@/lib/api/sizing';
import { renderSizingWarning } from '@/lib/i18n/sizing-text';
import { createI18n } from '@/lib/i18n/i18n';
import { en as enMessages } from '@/lib/i18n/messages/en';
import { cachePressure } from '@/lib/memory/cache-pressure';
import { peakValue } from '@/lib/memory/series';
import { sizeContainer, type SizingOptions } from '@/lib/memory/sizing';
import { namespaceSizingTotals } from '@/lib/memory/sizing-sweep';
import type { TimeGrid } from '@/lib/memory/time-grid';
import { fetchRangeData, type ContainerRangeData } from './sizing-data';
import { patchYaml } from './sizing-patch';

/** The API's own words (messages, summaries) are English; the page renders its language from the codes and numbers. */
const en = createI18n('en', enMessages);

export interface SizingRequest {
  cluster: string;
  namespace: string;
  grid: TimeGrid;
  options: SizingOptions;
}

/** Domain inputs from one container's range data, sized, and turned into the API's shape (English messages). */
export function sizeRangeContainer(c: ContainerRangeData, grid: TimeGrid, timestamps: readonly number[], options: SizingOptions): ContainerSizingBody {
  const m = c.memory;
  const limit = m.limitBytes;
  const wsPeak = peakValue(m.workingSet);
  const cache = cachePressure({
    fullStalledSeconds: c.psiFullSeconds,
    someStalledSeconds: c.psiSomeSeconds,
    majorFaults: c.majorFaults,
    rangeSeconds: grid.end - grid.start,
    workingSetOfLimit: wsPeak === null || limit === null ? null : wsPeak / limit,
  });
  const sized = sizeContainer(
    {
      container: m.container,
      step: grid.step,
      series: { timestamps, workingSet: m.workingSet, rss: m.rss, activeFile: m.activeFile, swap: m.swap ?? null },
      limitBytes: limit,
      requestBytes: m.requestBytes,
      kills: c.events.filter((e) => e.kind === 'oom-kill').map((e) => ({ at: e.t, limitBytes: limit })),
      restarts: c.events.filter((e) => e.kind === 'restart').map((e) => e.t),
      cache: cache.state,
    },
    options,
  );
  return {
    ...sized,
    workload: c.workload,
    trend: sized.trend === null ? null : { slopeBytesPerHour: sized.trend.slopePerSecond * 3600, r2: sized.trend.r2, sinceSeconds: sized.trend.sinceSeconds },
    cache,
    warnings: sized.warnings.map((w) => {
      const { code, ...params } = w;
      return { code, message: renderSizingWarning(w, en), params };
    }),
  };
}

/** `…/pods/{pod}/sizing`: every app container of the pod sized over the range (two upstream range queries). */
export async function fetchPodSizing(req: SizingRequest & { pod: string }, signal?: AbortSignal): Promise<PodSizing> {
  const data = await fetchRangeData(req.cluster, { namespace: req.namespace, pod: req.pod }, req.grid, signal);
  const apps = data.containers.filter((c) => !c.memory.init);
  if (apps.length === 0) throw new ApiError('not_found', `no memory series for pod ${req.namespace}/${req.pod} in cluster ${req.cluster} in the range`);
  const containers = apps.map((c) => sizeRangeContainer(c, req.grid, data.timestamps, req.options));
  return {
    cluster: req.cluster,
    namespace: req.namespace,
    pod: req.pod,
    start: req.grid.start,
    end: req.grid.end,
    step: req.grid.step,
    options: req.options,
    containers,
    patchYaml: patchYaml(
      req.namespace,
      containers.map((c) => ({ pod: req.pod, ...c })),
    ),
    warnings: data.warnings,
  };
}

/** `…/namespaces/{ns}/sizing`: every app container of the namespace, and the bytes applying them all frees or needs. */
export async function fetchNamespaceSizing(req: SizingRequest, signal?: AbortSignal): Promise<NamespaceSizing> {
  const data = await fetchRangeData(req.cluster, { namespace: req.namespace, pod: null }, req.grid, signal);
  const containers = data.containers
    .filter((c) => !c.memory.init)
    .map((c) => ({ pod: c.pod, ...sizeRangeContainer(c, req.grid, data.timestamps, req.options) }));
  return {
    cluster: req.cluster,
    namespace: req.namespace,
    start: req.grid.start,
    end: req.grid.end,
    step: req.grid.step,
    options: req.options,
    containers,
    totals: namespaceSizingTotals(containers),
    patchYaml: patchYaml(req.namespace, containers),
    warnings: data.warnings,
  };
}
