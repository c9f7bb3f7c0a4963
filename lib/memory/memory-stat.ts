import type { Layers } from './layers';
import { normalizeLimit } from './limit';
import { readMemoryStat, type OtherLines, type UsageEstimate } from './memory-stat-parse';
import { splitWorkingSet } from './split';
import { buildVerdict, type Verdict } from './verdict';

export { MemoryStatError } from './memory-stat-parse';

export type MemoryStatNote =
  | { code: 'usage-estimated'; estimate: UsageEstimate; usageBytes: number }
  | { code: 'limit-from-stat'; limitBytes: number }
  | { code: 'flat-keys' }
  | { code: 'inactive-above-usage' };

export interface MemoryStatOptions {
  /** memory.current (v2) / memory.usage_in_bytes (v1); estimated from memory.stat when absent. */
  usageBytes?: number;
  /** undefined = take v1's hierarchical_memory_limit if it is a real limit; null or 0 = no limit. */
  limitBytes?: number | null;
}

/**
 * What "other" (working set − rss − active_file) is made of, in bytes; null where memory.stat has no
 * line for it. `rest` = other − the four named parts (page tables, per-cpu, sockets, vmalloc, kernel
 * memory not broken out, and the gap between memory.current and memory.stat), clamped at 0 because
 * memory.current and memory.stat are read at different instants; null unless all four are known.
 */
export interface OtherParts extends OtherLines {
  rest: number | null;
}

export function splitOther(other: number, lines: OtherLines): OtherParts {
  const named = [lines.slabReclaimable, lines.slabUnreclaimable, lines.kernelStack, lines.shmem];
  const known = named.every((v): v is number => v !== null);
  return { ...lines, rest: known ? Math.max(other - named.reduce((a, b) => a + b, 0), 0) : null };
}

/** The analysis in numbers and codes; lib/i18n/memory-stat-text.ts turns it into the API's words. */
export interface MemoryStatAnalysis extends Layers {
  cgroupVersion: 1 | 2;
  otherParts: OtherParts;
  usageSource: 'given' | 'estimated';
  limitBytes: number | null;
  limitSource: 'given' | 'memory.stat' | 'none';
  verdict: Verdict;
  notes: MemoryStatNote[];
}

/**
 * Splits a pasted memory.stat as docs/memory-model.md §3 does: wss = max(usage − inactive_file, 0),
 * rss = total_rss/anon, active = total_active_file/active_file (measured), other = the rest of wss.
 * Throws MemoryStatError (with a line number) on malformed or truncated input.
 */
export function analyzeMemoryStat(text: string, options: MemoryStatOptions = {}): MemoryStatAnalysis {
  const stat = readMemoryStat(text);
  const notes: MemoryStatNote[] = [];
  const usageGiven = options.usageBytes !== undefined;
  const usage = options.usageBytes ?? stat.estimatedUsage;
  if (!usageGiven) notes.push({ code: 'usage-estimated', estimate: stat.usageEstimate, usageBytes: usage });
  if (stat.usedFlatKeys) notes.push({ code: 'flat-keys' });
  if (stat.inactiveFile > usage) notes.push({ code: 'inactive-above-usage' });

  let limitBytes: number | null;
  let limitSource: MemoryStatAnalysis['limitSource'];
  if (options.limitBytes !== undefined) {
    limitBytes = normalizeLimit(options.limitBytes);
    limitSource = limitBytes === null ? 'none' : 'given';
  } else {
    limitBytes = normalizeLimit(stat.statLimitBytes);
    limitSource = limitBytes === null ? 'none' : 'memory.stat';
    if (limitBytes !== null) notes.push({ code: 'limit-from-stat', limitBytes });
  }

  const workingSet = Math.max(usage - stat.inactiveFile, 0);
  const layers = splitWorkingSet({ usage, workingSet, rss: stat.rss, cache: stat.cache, activeFile: stat.activeFile, inactiveFile: stat.inactiveFile });
  // splitWorkingSet only returns null for missing inputs; every input here is a finite number.
  if (layers === null) throw new Error('memory.stat: split failed on finite input');
  const verdict = buildVerdict({ ...layers, limitBytes, oomKillsInRange: 0 });
  const otherParts = splitOther(layers.other, stat.otherLines);
  return {
    cgroupVersion: stat.cgroupVersion,
    ...layers,
    otherParts,
    usageSource: usageGiven ? 'given' : 'estimated',
    limitBytes,
    limitSource,
    verdict,
    notes,
  };
}
