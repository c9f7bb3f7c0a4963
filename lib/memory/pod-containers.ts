import type { ContainerMemory, LayerSources } from '@/lib/api/pod-memory';
import { type ContainerResources, type Fields, type Grid } from './pod-rows';
import { lastValue } from './series';
import { splitWorkingSet } from './split';

/** A limit or request of 0 (or below) means "none set": null, never 0. */
const positiveOrNull = (v: number | null | undefined): number | null => (v !== null && v !== undefined && v > 0 ? v : null);

/** Measured when cAdvisor exported the metric for this container (kubelet >= 1.32), derived otherwise. */
export function containerSources(f: Fields): LayerSources {
  return { activeFile: f.activeFile ? 'measured' : 'derived', inactiveFile: f.inactiveFile ? 'measured' : 'derived' };
}

/** The swap grid when some point is above zero; null otherwise (most clusters run without swap). */
export function swapOrNull(swap: Grid | undefined): Grid | null {
  return swap && swap.some((v) => v !== null && v > 0) ? swap : null;
}

/**
 * Builds one container's layers per grid point. Limit: kube-state-metrics, else cAdvisor's spec limit;
 * 0 means no limit. Request: kube-state-metrics only.
 */
export function buildContainer(container: string, f: Fields, res: ContainerResources, n: number): ContainerMemory {
  const at = (g: Grid | undefined, i: number) => g?.[i] ?? null;
  const out: ContainerMemory = {
    container,
    limitBytes: positiveOrNull(res.limit) ?? positiveOrNull(lastValue(f.specLimit ?? [])),
    requestBytes: positiveOrNull(res.request),
    rss: [],
    activeFile: [],
    other: [],
    inactiveFile: [],
    workingSet: [],
    usage: [],
    sources: containerSources(f),
    swap: swapOrNull(f.swap),
    init: res.init ?? false,
  };
  for (let i = 0; i < n; i++) {
    const layers = splitWorkingSet({
      usage: at(f.usage, i),
      workingSet: at(f.workingSet, i),
      rss: at(f.rss, i),
      cache: at(f.cache, i),
      activeFile: at(f.activeFile, i),
      inactiveFile: at(f.inactiveFile, i),
    });
    out.rss.push(layers?.rss ?? null);
    out.activeFile.push(layers?.activeFile ?? null);
    out.other.push(layers?.other ?? null);
    out.inactiveFile.push(layers?.inactiveFile ?? null);
    out.workingSet.push(layers?.workingSet ?? at(f.workingSet, i));
    out.usage.push(layers?.usage ?? at(f.usage, i));
  }
  return out;
}
