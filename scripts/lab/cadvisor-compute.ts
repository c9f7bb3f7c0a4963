// cAdvisor's memory numbers from a cgroup's own files, computed the way cAdvisor does it: google/cadvisor
// `setMemoryStats` (container/libcontainer/handler.go) over the stats opencontainers/cgroups reads
// (fs/memory.go for v1, fs2/memory.go for v2). See docs/memory-model.md §2.

export type CgroupVersion = 'v1' | 'v2';

/** The text of the files cAdvisor reads for one cgroup; optional files may be missing on some kernels. */
export interface CgroupMemoryFiles {
  version: CgroupVersion;
  /** memory.stat */
  memoryStat: string;
  /** v1 memory.usage_in_bytes, v2 memory.current */
  usage: string;
  /** v1 memory.limit_in_bytes, v2 memory.max ("max" when unlimited) */
  limit: string;
  /** v1 memory.use_hierarchy ("1" or "0"); v2 is always hierarchical */
  useHierarchy?: string;
  /** v1 memory.failcnt */
  failcnt?: string;
  /** v1 memory.kmem.usage_in_bytes */
  kmemUsage?: string;
  /** v2 memory.swap.current (absent without swap accounting) */
  swapCurrent?: string;
}

/** cAdvisor's memory values for one cgroup, in bytes (failcnt is a count). */
export interface CadvisorMemory {
  usage: number;
  workingSet: number;
  rss: number;
  cache: number;
  mappedFile: number;
  swap: number;
  activeFile: number;
  inactiveFile: number;
  kernelUsage: number;
  failcnt: number;
  /** container_spec_memory_limit_bytes: 0 means no limit. */
  specLimit: number;
}

/** Parses memory.stat ("key value" lines) into a map; malformed lines throw, as opencontainers/cgroups does. */
export function parseMemoryStat(text: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue;
    const m = /^(\S+) (\d+)$/.exec(line.trim());
    if (!m || m[1] === undefined || m[2] === undefined) throw new Error(`memory.stat: cannot parse line ${JSON.stringify(line)}`);
    out.set(m[1], Number(m[2]));
  }
  return out;
}

function parseUint(name: string, text: string): number {
  const t = text.trim();
  if (!/^\d+$/.test(t)) throw new Error(`${name}: ${JSON.stringify(t.slice(0, 40))} is not an unsigned integer`);
  return Number(t);
}

/**
 * cAdvisor's spec limit: v2 "max" reads as MaxUint64, v1's unlimited is 2^63 − page size; cAdvisor's
 * Prometheus collector exports anything above 2^62 as 0 ("no limit").
 */
export function specLimitValue(text: string): number {
  const t = text.trim();
  if (t === 'max') return 0;
  const v = parseUint('memory limit', t);
  return v > 2 ** 62 ? 0 : v;
}

/** Computes cAdvisor's container_memory_* values from the cgroup files (v1 or v2). */
export function computeCadvisorMemory(files: CgroupMemoryFiles): CadvisorMemory {
  const stat = parseMemoryStat(files.memoryStat);
  const get = (key: string) => stat.get(key) ?? 0;
  const usage = parseUint('memory usage', files.usage);
  const v2 = files.version === 'v2';
  // v1 without use_hierarchy reads the cgroup's own keys for cache/rss/swap/mapped_file, but cAdvisor
  // always takes the file LRU sizes from total_* on v1.
  const hierarchical = v2 || files.useHierarchy === undefined || files.useHierarchy.trim() === '1';
  const prefix = hierarchical ? 'total_' : '';
  const inactiveKey = v2 ? 'inactive_file' : 'total_inactive_file';
  const activeKey = v2 ? 'active_file' : 'total_active_file';
  const inactiveFile = stat.get(inactiveKey);
  const workingSet = inactiveFile === undefined ? usage : Math.max(usage - inactiveFile, 0);
  return {
    usage,
    workingSet,
    rss: v2 ? get('anon') : get(`${prefix}rss`),
    cache: v2 ? get('file') : get(`${prefix}cache`),
    mappedFile: v2 ? get('file_mapped') : get(`${prefix}mapped_file`),
    swap: v2 ? (files.swapCurrent === undefined ? 0 : parseUint('memory.swap.current', files.swapCurrent)) : get(`${prefix}swap`),
    activeFile: get(activeKey),
    inactiveFile: inactiveFile ?? 0,
    // v2 has no kmem counter and no failcnt in opencontainers/cgroups: cAdvisor reports 0 for both.
    kernelUsage: !v2 && files.kmemUsage !== undefined ? parseUint('memory.kmem.usage_in_bytes', files.kmemUsage) : 0,
    failcnt: !v2 && files.failcnt !== undefined ? parseUint('memory.failcnt', files.failcnt) : 0,
    specLimit: specLimitValue(files.limit),
  };
}
