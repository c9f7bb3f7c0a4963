import type { ContainerMemory, LayerSource, PodMemory } from '@/lib/api/pod-memory';
import { buildContainer } from './pod-containers';
import type { ContainerResources, PodMemoryRows } from './pod-inputs';
import { gridTimestamps, type TimeGrid } from './time-grid';
import { computePodTotals } from './totals';

export interface AssembleInput {
  cluster: string;
  namespace: string;
  pod: string;
  grid: TimeGrid;
  /** Each container's (and the pod cgroup's) raw series on the grid. */
  rows: PodMemoryRows;
  /** Limits, requests and the init flag per container. */
  resources: ReadonlyMap<string, ContainerResources>;
  warnings: readonly string[];
}

/**
 * Builds the API's pod memory document from the containers' raw series: per container layers with their
 * sources, swap and init flag, and the pod's two totals. Returns null when no container has data.
 */
export function assemblePodMemory(input: AssembleInput): PodMemory | null {
  const timestamps = gridTimestamps(input.grid);
  const n = timestamps.length;
  const { rows, resources } = input;

  const containers: ContainerMemory[] = [];
  const warnings = [...input.warnings];
  for (const name of [...rows.containers.keys()].sort()) {
    const f = rows.containers.get(name) ?? {};
    if (!f.workingSet && !f.usage) continue;
    containers.push(buildContainer(name, f, resources.get(name) ?? {}, n));
    const capped = countRssAboveWorkingSet(f.rss ?? [], f.workingSet ?? []);
    if (capped > 0) {
      warnings.push(
        `container ${name}: cAdvisor's rss was above its working set at ${capped} of ${n} points (the kernel's counters were read at different moments; cgroup v1 batches usage_in_bytes), so RSS is drawn capped at the working set there and "other" is 0.`,
      );
    }
  }
  if (containers.length === 0) return null;

  // Pod level: measured only when every container's layer is measured.
  const podSource = (key: 'activeFile' | 'inactiveFile'): LayerSource => (containers.every((c) => c.sources?.[key] === 'measured') ? 'measured' : 'derived');
  return {
    cluster: input.cluster,
    namespace: input.namespace,
    pod: input.pod,
    start: input.grid.start,
    end: input.grid.end,
    step: input.grid.step,
    timestamps,
    containers,
    sources: { activeFile: podSource('activeFile'), inactiveFile: podSource('inactiveFile') },
    warnings,
    podTotals: computePodTotals(containers, rows.podCgroup, n),
  };
}

/** Points where rss > working set: the split caps rss there, and the user is told. */
function countRssAboveWorkingSet(rss: readonly (number | null)[], workingSet: readonly (number | null)[]): number {
  let count = 0;
  rss.forEach((r, i) => {
    const w = workingSet[i] ?? null;
    if (r !== null && w !== null && r > w) count++;
  });
  return count;
}
