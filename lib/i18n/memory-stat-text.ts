import type { MemoryStatNote } from '@/lib/memory/memory-stat';
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
