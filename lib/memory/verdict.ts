import type { Layers } from './layers';
import type { CacheState } from './sizing';
import { normalizeLimit } from './limit';

/**
 * The verdict: one container (or pod total) at one instant, classified so the UI can say in words
 * whether the platform's number is right and what fills it. Pure; rendered by lib/i18n/verdict-text.ts.
 */

export type VerdictKind =
  'oom-killed' | 'no-limit' | 'near-limit-thrashing' | 'near-limit-reclaimable' | 'mostly-active-cache' | 'mostly-rss' | 'large-other' | 'healthy';

/** ok = nothing to do; info = worth knowing; warning = an alert may fire; critical = OOM kill happened or is close. */
export type VerdictSeverity = 'ok' | 'info' | 'warning' | 'critical';

/** Layers in bytes (docs/memory-model.md §3: rss + activeFile + other = workingSet; + inactiveFile = usage). */
export interface VerdictInput extends Layers {
  /** null = no limit (never 0). */
  limitBytes: number | null;
  oomKillsInRange: number;
  /** Whether the page cache is thrashed over the range (PSI or major faults, lib/memory/cache-pressure.ts); absent = not known. */
  cacheState?: CacheState;
}

export interface VerdictNumbers extends Omit<VerdictInput, 'oomKillsInRange' | 'cacheState'> {
  oomKills: number;
  /** workingSet / limit, null without a limit. */
  workingSetOfLimit: number | null;
  /** rss + other: about what reclaim cannot free (page cache excluded; any reclaimable slab in other is not). */
  unreclaimableBytes: number;
  unreclaimableOfLimit: number | null;
  /** Each layer's share of the working set (0 when the working set is 0). */
  shares: { rss: number; activeFile: number; other: number };
}

export interface Verdict {
  kind: VerdictKind;
  severity: VerdictSeverity;
  numbers: VerdictNumbers;
}

/**
 * Thresholds, as fractions unless named in bytes:
 * - near the limit: workingSet ≥ 90 % of the limit (the usual alert threshold);
 * - near-limit-reclaimable: near the limit while rss + other < 90 % of it (only page cache above);
 * - near-limit-thrashing: the same, while the cache is thrashed (tasks stall on memory or re-read from
 *   disk): the cache above is needed, so the limit really is too small;
 * - mostly X: X is the largest of rss / activeFile / other and > 50 % of the working set;
 * - large other: other ≥ 25 % of the working set or ≥ 100 MiB (checked when no layer is > 50 %).
 */
export const VERDICT_THRESHOLDS = {
  nearLimit: 0.9,
  mostly: 0.5,
  largeOtherShare: 0.25,
  largeOtherBytes: 100 * 1024 * 1024,
} as const;

function share(part: number, whole: number): number {
  return whole > 0 ? part / whole : 0;
}

function composition(n: VerdictNumbers): VerdictKind {
  const { rss, activeFile, other } = n.shares;
  const largest = Math.max(rss, activeFile, other);
  if (largest > VERDICT_THRESHOLDS.mostly) {
    // Ties cannot both exceed 50 %, so the order here only picks among equals at exactly > 50 %.
    if (largest === other) return 'large-other';
    return largest === rss ? 'mostly-rss' : 'mostly-active-cache';
  }
  if (other >= VERDICT_THRESHOLDS.largeOtherShare || n.other >= VERDICT_THRESHOLDS.largeOtherBytes) return 'large-other';
  return 'healthy';
}

/**
 * Classifies one instant. Order of precedence: an OOM kill in the range, no limit, near the limit with
 * only reclaimable page cache above the threshold, then what fills the working set.
 */
export function buildVerdict(input: VerdictInput): Verdict {
  const { oomKillsInRange, cacheState, ...layers } = input;
  const limit = normalizeLimit(input.limitBytes);
  const unreclaimableBytes = input.rss + input.other;
  const numbers: VerdictNumbers = {
    ...layers,
    limitBytes: limit,
    oomKills: oomKillsInRange,
    workingSetOfLimit: limit === null ? null : input.workingSet / limit,
    unreclaimableBytes,
    unreclaimableOfLimit: limit === null ? null : unreclaimableBytes / limit,
    shares: {
      rss: share(input.rss, input.workingSet),
      activeFile: share(input.activeFile, input.workingSet),
      other: share(input.other, input.workingSet),
    },
  };
  if (oomKillsInRange > 0) return { kind: 'oom-killed', severity: 'critical', numbers };
  if (numbers.workingSetOfLimit === null || numbers.unreclaimableOfLimit === null) {
    return { kind: 'no-limit', severity: 'info', numbers };
  }
  const near = VERDICT_THRESHOLDS.nearLimit;
  if (numbers.workingSetOfLimit >= near && numbers.unreclaimableOfLimit < near) {
    if (cacheState === 'thrashing') return { kind: 'near-limit-thrashing', severity: 'critical', numbers };
    return { kind: 'near-limit-reclaimable', severity: 'warning', numbers };
  }
  const severity: VerdictSeverity = numbers.unreclaimableOfLimit >= near ? 'critical' : 'ok';
  return { kind: composition(numbers), severity, numbers };
}
