import { readInstant } from '@/lib/time';

/** The time range as the URL holds it: a relative window ending now, or absolute bounds. */
export type TimeRangeState = { kind: 'relative'; seconds: number; label: string } | { kind: 'absolute'; start: number; end: number };

export const RANGE_PRESETS = ['15m', '1h', '3h', '6h', '12h', '24h', '2d', '7d'] as const;
export const DEFAULT_RANGE = '1h';

const UNIT_SECONDS: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86400, w: 604800 };

/** Parses "15m", "1h", "2d" into seconds; null when malformed. */
export function parseDuration(text: string): number | null {
  const m = /^(\d+)([smhdw])$/.exec(text.trim());
  if (!m) return null;
  const seconds = Number(m[1]) * (UNIT_SECONDS[m[2] as string] ?? 0);
  return seconds > 0 ? seconds : null;
}

/** Parses unix seconds or an RFC 3339 time as the API does (lib/time.ts); null when malformed or out of range. */
export function parseInstant(text: string): number | null {
  const reading = readInstant(text);
  return reading.ok ? reading.seconds : null;
}

export interface RangeParams {
  range?: string | null;
  start?: string | null;
  end?: string | null;
}

/**
 * Reads the range from URL parameters: `start`+`end` (absolute) win over `range` (relative, default 1h).
 * Returns an error message naming the bad parameter instead of throwing.
 */
export function parseTimeRange(p: RangeParams): { range: TimeRangeState; error: string | null } {
  const fallback: TimeRangeState = { kind: 'relative', seconds: 3600, label: DEFAULT_RANGE };
  if (p.start || p.end) {
    const start = p.start ? parseInstant(p.start) : null;
    const end = p.end ? parseInstant(p.end) : null;
    if (start === null) return { range: fallback, error: `start "${p.start ?? ''}" is not a time; showing the last hour` };
    if (end === null) return { range: fallback, error: `end "${p.end ?? ''}" is not a time; showing the last hour` };
    if (start >= end) return { range: fallback, error: 'start must be before end; showing the last hour' };
    return { range: { kind: 'absolute', start, end }, error: null };
  }
  if (p.range) {
    const seconds = parseDuration(p.range);
    if (seconds === null) return { range: fallback, error: `range "${p.range}" is not a duration like 1h; showing the last hour` };
    return { range: { kind: 'relative', seconds, label: p.range }, error: null };
  }
  return { range: fallback, error: null };
}

/** Turns the state into concrete bounds at `nowSeconds`. */
export function resolveTimeRange(range: TimeRangeState, nowSeconds: number): { start: number; end: number } {
  return range.kind === 'absolute' ? { start: range.start, end: range.end } : { start: nowSeconds - range.seconds, end: nowSeconds };
}
