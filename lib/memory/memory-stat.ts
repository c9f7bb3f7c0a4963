import { renderMemoryStatNote, renderOtherParts } from '@/lib/i18n/memory-stat-text';
import type { Locale } from '@/lib/i18n/locales';
import { renderVerdict } from '@/lib/i18n/verdict-text';
import { readMemoryStat, type OtherLines, type UsageEstimate } from './memory-stat-parse';
import { splitWorkingSet } from './split';
import { buildVerdict, type VerdictKind, type VerdictSeverity } from './verdict';

export { MemoryStatError } from './memory-stat-parse';

/** cAdvisor exports limits above 2^62 (v1's "unlimited" 9223372036854771712) as 0 = no limit. */
export const NO_LIMIT_FROM_BYTES = 2 ** 62;

/** A limit as podmem uses it: null for none (0, negative, ≥ 2^62, not finite). */
export function normalizeLimit(bytes: number | null | undefined): number | null {
  if (bytes === null || bytes === undefined || !Number.isFinite(bytes) || bytes <= 0 || bytes >= NO_LIMIT_FROM_BYTES) return null;
  return bytes;
}

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
  locale?: Locale;
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

export interface MemoryStatAnalysis {
  cgroupVersion: 1 | 2;
  rss: number;
  activeFile: number;
  inactiveFile: number;
  other: number;
  otherParts: OtherParts;
  workingSet: number;
  usage: number;
  usageSource: 'given' | 'estimated';
  limitBytes: number | null;
  limitSource: 'given' | 'memory.stat' | 'none';
  verdictKind: VerdictKind;
  severity: VerdictSeverity;
  /** The verdict rendered in `locale` (English by default). */
  verdict: string;
  notes: string[];
}

/**
 * Splits a pasted memory.stat as docs/memory-model.md §3 does: wss = max(usage − inactive_file, 0),
 * rss = total_rss/anon, active = total_active_file/active_file (measured), other = the rest of wss.
 * Throws MemoryStatError (with a line number) on malformed or truncated input.
 */
export function analyzeMemoryStat(text: string, options: MemoryStatOptions = {}): MemoryStatAnalysis {
  const locale = options.locale ?? 'en';
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
  const otherText = renderOtherParts(layers.other, otherParts, stat.cgroupVersion, locale);
  const verdictText = renderVerdict(verdict, locale);
  return {
    cgroupVersion: stat.cgroupVersion,
    ...layers,
    otherParts,
    usageSource: usageGiven ? 'given' : 'estimated',
    limitBytes,
    limitSource,
    verdictKind: verdict.kind,
    severity: verdict.severity,
    verdict: otherText === null ? verdictText : `${verdictText}${locale === 'zh' ? '' : ' '}${otherText}`,
    notes: notes.map((n) => renderMemoryStatNote(n, locale)),
  };
}
