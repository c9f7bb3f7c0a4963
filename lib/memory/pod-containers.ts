import type { ContainerMemory, LayerSources } from '@/lib/api/pod-memory';
import { EXTRA_IDS, SERIES_KEYS, SOURCED_IDS } from './layers';
import { type ContainerResources, type Fields, type Grid } from './pod-inputs';
import { normalizeLimit } from './limit';
import { lastValue } from './series';
import { splitWorkingSet } from './split';

/** Measured when cAdvisor exported the metric for this container (kubelet >= 1.32), derived otherwise. */
export function containerSources(f: Fields): LayerSources {
  return Object.fromEntries(SOURCED_IDS.map((id) => [id, f[id] ? 'measured' : 'derived'])) as LayerSources;
}

/** The grid when some point is above zero; null otherwise (most clusters run without swap). */
export function nonZeroOrNull(grid: Grid | undefined): Grid | null {
  return grid && grid.some((v) => v !== null && v > 0) ? grid : null;
}

/**
 * Builds one container's layers per grid point. Limit: kube-state-metrics, else cAdvisor's spec limit;
 * 0 means no limit. Request: kube-state-metrics only.
 */
export function buildContainer(container: string, f: Fields, res: ContainerResources, n: number): ContainerMemory {
  const at = (g: Grid | undefined, i: number) => g?.[i] ?? null;
  const series = Object.fromEntries(SERIES_KEYS.map((k) => [k, [] as Grid])) as Record<(typeof SERIES_KEYS)[number], Grid>;
  for (let i = 0; i < n; i++) {
    const layers = splitWorkingSet({
      usage: at(f.usage, i),
      workingSet: at(f.workingSet, i),
      rss: at(f.rss, i),
      cache: at(f.cache, i),
      activeFile: at(f.activeFile, i),
      inactiveFile: at(f.inactiveFile, i),
    });
    for (const k of SERIES_KEYS) series[k].push(layers?.[k] ?? null);
    // A gap in the split still shows the totals cAdvisor measured.
    series.workingSet[i] = layers?.workingSet ?? at(f.workingSet, i);
    series.usage[i] = layers?.usage ?? at(f.usage, i);
  }
  const extras = Object.fromEntries(EXTRA_IDS.map((id) => [id, nonZeroOrNull(f[id])]));
  return {
    container,
    limitBytes: normalizeLimit(res.limit) ?? normalizeLimit(lastValue(f.specLimit ?? [])),
    requestBytes: normalizeLimit(res.request),
    ...series,
    ...extras,
    sources: containerSources(f),
    init: res.init ?? false,
  };
}
