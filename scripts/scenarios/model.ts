import type { SeriesData } from '../lib/openmetrics';

const MiB = 1024 * 1024;
export { MiB };

/** What the kernel holds for one cgroup at one instant (bytes), cgroup v1 memory.stat terms. */
export interface CgroupState {
  rss: number;
  activeFile: number;
  inactiveFile: number;
  /** tmpfs / memory-backed emptyDir: in cache, in neither file LRU list. */
  shmem: number;
  /** Kernel memory charged to the cgroup (slab, stacks): in usage, not in cache. */
  kernel: number;
  mappedFile: number;
  /** Swapped-out anonymous memory: in neither usage nor working set. */
  swap?: number;
}

export const emptyState: CgroupState = { rss: 0, activeFile: 0, inactiveFile: 0, shmem: 0, kernel: 0, mappedFile: 0 };

/** cAdvisor's metric values for a cgroup state, computed the way cAdvisor does on cgroup v1. */
export function cadvisorValues(s: CgroupState) {
  const cache = s.activeFile + s.inactiveFile + s.shmem;
  const usage = s.rss + cache + s.kernel;
  return {
    container_memory_usage_bytes: usage,
    container_memory_working_set_bytes: Math.max(usage - s.inactiveFile, 0),
    container_memory_rss: s.rss,
    container_memory_cache: cache,
    container_memory_swap: s.swap ?? 0,
    container_memory_mapped_file: s.mappedFile,
    container_memory_total_active_file_bytes: s.activeFile,
    container_memory_total_inactive_file_bytes: s.inactiveFile,
    container_memory_kernel_usage: s.kernel,
  };
}

export function addStates(states: readonly CgroupState[]): CgroupState {
  return states.reduce(
    (a, s) => ({
      rss: a.rss + s.rss,
      activeFile: a.activeFile + s.activeFile,
      inactiveFile: a.inactiveFile + s.inactiveFile,
      shmem: a.shmem + s.shmem,
      kernel: a.kernel + s.kernel,
      mappedFile: a.mappedFile + s.mappedFile,
      swap: (a.swap ?? 0) + (s.swap ?? 0),
    }),
    emptyState,
  );
}

/** Accumulates series for one scrape target and renders each sample with its timestamp. */
export class SeriesBook {
  private readonly byKey = new Map<string, SeriesData>();

  add(name: string, type: SeriesData['type'], labels: Record<string, string>, t: number, value: number): void {
    const key = `${name}${JSON.stringify(labels)}`;
    let s = this.byKey.get(key);
    if (!s) {
      s = { name, type, labels, samples: [] };
      this.byKey.set(key, s);
    }
    s.samples.push([t, value]);
  }

  all(): SeriesData[] {
    return [...this.byKey.values()];
  }
}
