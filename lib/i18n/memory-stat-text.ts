import type { MemoryStatNote, OtherParts } from '@/lib/memory/memory-stat';
import type { MemoryStatError } from '@/lib/memory/memory-stat-parse';
import { formatBytes } from './format';
import type { Locale } from './locales';
import { getMessages } from './messages';

/** The error as the user reads it, e.g. `line 7: "rss 12ab" is not "<key> <integer>"`. */
export function renderMemoryStatError(err: MemoryStatError, locale: Locale): string {
  const t = getMessages(locale).memoryStat.errors;
  const quoted = JSON.stringify(err.text);
  switch (err.reason) {
    case 'empty':
      return t.empty;
    case 'bad-line':
      return t.badLine(err.line, quoted);
    case 'duplicate-key':
      return t.duplicateKey(err.line, quoted, err.key);
    case 'unknown-format':
      return t.unknownFormat;
    case 'missing-key':
      return t.missingKey(err.line, err.key);
  }
}

/** One sentence saying how a number was obtained (estimated usage, limit from the file, …). */
export function renderMemoryStatNote(note: MemoryStatNote, locale: Locale): string {
  const t = getMessages(locale).memoryStat.notes;
  switch (note.code) {
    case 'usage-estimated': {
      const usage = formatBytes(note.usageBytes, locale);
      if (note.estimate === 'v1-rss-cache') return t.usageEstimatedV1(usage);
      return note.estimate === 'v2-kernel' ? t.usageEstimatedV2(usage) : t.usageEstimatedV2Parts(usage);
    }
    case 'limit-from-stat':
      return t.limitFromStat(formatBytes(note.limitBytes, locale, { trimWhole: true }));
    case 'flat-keys':
      return t.flatKeys;
    case 'inactive-above-usage':
      return t.inactiveAboveUsage;
  }
}

const SHMEM_SENTENCE_BYTES = 1024 * 1024;

/**
 * What of "other" the kernel can still reclaim, appended to the verdict: v2 names its reclaimable slab;
 * without slab lines (v1) it says other may include some. Null when other is 0.
 */
export function renderOtherParts(other: number, parts: OtherParts, cgroupVersion: 1 | 2, locale: Locale): string | null {
  if (other <= 0) return null;
  const t = getMessages(locale).memoryStat.other;
  const bytes = (b: number) => formatBytes(Math.min(b, other), locale);
  const sentences: string[] = [];
  if (parts.slabReclaimable !== null) sentences.push(t.reclaimableSlab(bytes(other), bytes(parts.slabReclaimable)));
  else sentences.push(cgroupVersion === 1 ? t.noSlabLinesV1(bytes(other)) : t.noSlabLines(bytes(other)));
  // Below 1 MiB shmem would read as "0.0 MiB": not worth a sentence.
  if (parts.shmem !== null && parts.shmem >= SHMEM_SENTENCE_BYTES) sentences.push(t.shmem(bytes(parts.shmem)));
  return sentences.join(locale === 'zh' ? '' : ' ');
}
