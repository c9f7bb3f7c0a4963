/**
 * Reads the text of a cgroup `memory.stat` (v1 or v2) into the few values podmem needs, the way
 * cAdvisor reads them (docs/memory-model.md §2). Pure; errors are structured so they can be rendered
 * in either language and always name the offending line.
 */

export type MemoryStatErrorReason = 'empty' | 'bad-line' | 'duplicate-key' | 'unknown-format' | 'missing-key';

/** A parse error: `line` is 1-based; `text` is the offending line (trimmed, at most 80 characters). */
export class MemoryStatError extends Error {
  readonly reason: MemoryStatErrorReason;
  readonly line: number;
  readonly text: string;
  readonly key: string;

  constructor(reason: MemoryStatErrorReason, line = 0, text = '', key = '') {
    super(`memory.stat: ${reason}${line > 0 ? ` at line ${line}` : ''}`);
    this.name = 'MemoryStatError';
    this.reason = reason;
    this.line = line;
    this.text = text;
    this.key = key;
  }
}

/** How the usage estimate was made when no memory.current / memory.usage_in_bytes is given. */
export type UsageEstimate = 'v1-rss-cache' | 'v2-kernel' | 'v2-kernel-parts';

/**
 * The lines of memory.stat that say what "other" is made of, as the file has them (null = no such
 * line). v2 has all four; v1's memory.stat lists only shmem: v1 keeps kernel memory (slab, stacks) in
 * the memory.kmem.* files, not in memory.stat.
 */
export interface OtherLines {
  slabReclaimable: number | null;
  slabUnreclaimable: number | null;
  kernelStack: number | null;
  shmem: number | null;
}

export interface MemoryStatReading {
  cgroupVersion: 1 | 2;
  /** v1 total_rss (else rss); v2 anon. */
  rss: number;
  /** v1 total_cache (else cache); v2 file. Includes shmem. */
  cache: number;
  activeFile: number;
  inactiveFile: number;
  estimatedUsage: number;
  usageEstimate: UsageEstimate;
  /** v1 hierarchical_memory_limit as written (≥ 2^62 means none); null on v2 or when absent. */
  statLimitBytes: number | null;
  /** v1 only: true when the file has no total_* keys and the non-hierarchical ones were used. */
  usedFlatKeys: boolean;
  otherLines: OtherLines;
}

const LINE = /^([A-Za-z_][A-Za-z0-9_]*)[ \t]+(\d+)$/;
const V1_KEYS = ['rss', 'total_rss', 'cache', 'total_cache', 'hierarchical_memory_limit'];
const V2_KEYS = ['anon', 'file'];
const V2_KERNEL_PARTS = ['kernel_stack', 'pagetables', 'percpu', 'sock', 'vmalloc', 'slab'];

/** Parses `<key> <integer>` lines; blank lines are skipped, anything else is an error naming the line. */
export function parseMemoryStatLines(text: string): { values: Map<string, number>; lastLine: number } {
  const values = new Map<string, number>();
  const lines = text.split('\n');
  let lastLine = 0;
  lines.forEach((raw, i) => {
    const line = raw.trim();
    if (line === '') return;
    const shown = line.slice(0, 80);
    const m = LINE.exec(line);
    if (!m) throw new MemoryStatError('bad-line', i + 1, shown);
    const key = m[1] as string;
    if (values.has(key)) throw new MemoryStatError('duplicate-key', i + 1, shown, key);
    values.set(key, Number(m[2]));
    lastLine = i + 1;
  });
  if (values.size === 0) throw new MemoryStatError('empty');
  return { values, lastLine };
}

/** Detects v1 or v2, picks the keys cAdvisor uses and estimates usage; throws MemoryStatError. */
export function readMemoryStat(text: string): MemoryStatReading {
  const { values, lastLine } = parseMemoryStatLines(text);
  const need = (key: string): number => {
    const v = values.get(key);
    if (v === undefined) throw new MemoryStatError('missing-key', lastLine, '', key);
    return v;
  };
  if (V2_KEYS.some((k) => values.has(k))) {
    const rss = need('anon');
    const cache = need('file');
    const inactiveFile = need('inactive_file');
    const activeFile = need('active_file');
    const kernel = values.get('kernel');
    const kernelParts = V2_KERNEL_PARTS.reduce((sum, k) => sum + (values.get(k) ?? 0), 0);
    return {
      cgroupVersion: 2,
      rss,
      cache,
      activeFile,
      inactiveFile,
      estimatedUsage: rss + cache + (kernel ?? kernelParts),
      usageEstimate: kernel === undefined ? 'v2-kernel-parts' : 'v2-kernel',
      statLimitBytes: null,
      usedFlatKeys: false,
      otherLines: {
        slabReclaimable: values.get('slab_reclaimable') ?? null,
        slabUnreclaimable: values.get('slab_unreclaimable') ?? null,
        kernelStack: values.get('kernel_stack') ?? null,
        shmem: values.get('shmem') ?? null,
      },
    };
  }
  if (!V1_KEYS.some((k) => values.has(k))) throw new MemoryStatError('unknown-format');
  // cAdvisor reads total_* (hierarchical; use_hierarchy=1 is the Kubernetes default). A file with any
  // total_* key must have them all (else it was cut short); an excerpt without any uses the flat keys.
  const usedFlatKeys = ![...values.keys()].some((k) => k.startsWith('total_'));
  const hier = (key: string): number => need(usedFlatKeys ? key : `total_${key}`);
  const rss = hier('rss');
  const cache = hier('cache');
  const inactiveFile = hier('inactive_file');
  const activeFile = hier('active_file');
  return {
    cgroupVersion: 1,
    rss,
    cache,
    activeFile,
    inactiveFile,
    estimatedUsage: rss + cache,
    usageEstimate: 'v1-rss-cache',
    statLimitBytes: values.get('hierarchical_memory_limit') ?? null,
    usedFlatKeys,
    otherLines: { slabReclaimable: null, slabUnreclaimable: null, kernelStack: null, shmem: values.get(usedFlatKeys ? 'shmem' : 'total_shmem') ?? null },
  };
}
