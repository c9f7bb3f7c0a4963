import type { ContainerMemory, LayerSource, PodMemory } from '@/lib/api/pod-memory';
import type { Series } from '@/lib/prometheus/types';
import { CADVISOR_MEMORY_METRICS, KSM_RESOURCE_METRICS, type CadvisorMemoryField, type KsmResourceField } from '@/lib/promql/memory-queries';
import { lastValue } from './series';
import { splitWorkingSet } from './split';
import { gridTimestamps, placeOnGrid, type TimeGrid } from './time-grid';

type Grid = (number | null)[];

const FIELD_BY_METRIC = new Map<string, CadvisorMemoryField>(
  Object.entries(CADVISOR_MEMORY_METRICS).map(([field, metric]) => [metric, field as CadvisorMemoryField]),
);
const RESOURCE_BY_METRIC = new Map<string, KsmResourceField>(
  Object.entries(KSM_RESOURCE_METRICS).map(([field, metric]) => [metric, field as KsmResourceField]),
);

export interface AssembleInput {
  cluster: string;
  namespace: string;
  pod: string;
  grid: TimeGrid;
  /** Result of buildPodMemoryQuery: labels __name__ and container. */
  memory: readonly Series[];
  /** Result of buildPodResourcesQuery: labels __name__ and container. */
  resources: readonly Series[];
  warnings: readonly string[];
}

/** A limit or request of 0 (or below) means "none set": null, never 0. */
const positiveOrNull = (v: number | null): number | null => (v !== null && v > 0 ? v : null);

/** Builds the API's pod memory document from the two query results. Returns null when no container has data. */
export function assemblePodMemory(input: AssembleInput): PodMemory | null {
  const timestamps = gridTimestamps(input.grid);
  const n = timestamps.length;
  const byContainer = new Map<string, Partial<Record<CadvisorMemoryField, Grid>>>();
  for (const s of input.memory) {
    const field = FIELD_BY_METRIC.get(s.labels.__name__ ?? '');
    const container = s.labels.container;
    if (!field || !container) continue;
    const fields = byContainer.get(container) ?? {};
    fields[field] = placeOnGrid(input.grid, n, s.points);
    byContainer.set(container, fields);
  }
  const resources = new Map<string, Partial<Record<KsmResourceField, number | null>>>();
  for (const s of input.resources) {
    const field = RESOURCE_BY_METRIC.get(s.labels.__name__ ?? '');
    const container = s.labels.container;
    if (!field || !container) continue;
    const entry = resources.get(container) ?? {};
    entry[field] = lastValue(placeOnGrid(input.grid, n, s.points));
    resources.set(container, entry);
  }

  const containers: ContainerMemory[] = [];
  let activeMeasured = true;
  let inactiveMeasured = true;
  for (const name of [...byContainer.keys()].sort()) {
    const f = byContainer.get(name) ?? {};
    if (!f.workingSet && !f.usage) continue;
    activeMeasured &&= f.activeFile !== undefined;
    inactiveMeasured &&= f.inactiveFile !== undefined;
    containers.push(buildContainer(name, f, resources.get(name) ?? {}, n));
  }
  if (containers.length === 0) return null;

  const sources: Record<'activeFile' | 'inactiveFile', LayerSource> = {
    activeFile: activeMeasured ? 'measured' : 'derived',
    inactiveFile: inactiveMeasured ? 'measured' : 'derived',
  };
  return {
    cluster: input.cluster,
    namespace: input.namespace,
    pod: input.pod,
    start: input.grid.start,
    end: input.grid.end,
    step: input.grid.step,
    timestamps,
    containers,
    sources,
    warnings: [...input.warnings],
  };
}

function buildContainer(
  container: string,
  f: Partial<Record<CadvisorMemoryField, Grid>>,
  res: Partial<Record<KsmResourceField, number | null>>,
  n: number,
): ContainerMemory {
  const at = (g: Grid | undefined, i: number) => g?.[i] ?? null;
  const out: ContainerMemory = {
    container,
    limitBytes: positiveOrNull(res.limit ?? null) ?? positiveOrNull(lastValue(f.specLimit ?? [])),
    requestBytes: positiveOrNull(res.request ?? null),
    rss: [],
    activeFile: [],
    other: [],
    inactiveFile: [],
    workingSet: [],
    usage: [],
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
