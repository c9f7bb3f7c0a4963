/**
 * The one reading of a time text, used by the API (lib/api/params.ts) and by the pages' URL state
 * (lib/queries/time-range.ts): unix seconds (with fraction) or an RFC 3339 timestamp, between 1970 and
 * the last second of 9999 (the span RFC 3339 can write).
 */
export const TIME_RANGE = { min: 0, max: 253_402_300_799 } as const;

const UNIX = /^-?\d+(\.\d+)?$/;
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/i;

export type InstantReading = { ok: true; seconds: number } | { ok: false; problem: 'malformed' | 'out-of-range' };

/** Reads unix seconds or an RFC 3339 time; says whether it was malformed or out of range. */
export function readInstant(text: string): InstantReading {
  const trimmed = text.trim();
  let seconds: number;
  if (UNIX.test(trimmed)) seconds = Number(trimmed);
  else if (RFC3339.test(trimmed)) seconds = Date.parse(trimmed) / 1000;
  else return { ok: false, problem: 'malformed' };
  if (!Number.isFinite(seconds)) return { ok: false, problem: 'malformed' };
  if (seconds < TIME_RANGE.min || seconds > TIME_RANGE.max) return { ok: false, problem: 'out-of-range' };
  return { ok: true, seconds };
}
