/** cAdvisor exports limits above 2^62 (v1's "unlimited" 9223372036854771712) as 0 = no limit. */
export const NO_LIMIT_FROM_BYTES = 2 ** 62;

/**
 * A limit (or request) as podmem uses it: null for none — 0, negative, ≥ 2^62 or not finite. The one
 * place that says "0 means no limit"; every reader of limits and requests goes through it.
 */
export function normalizeLimit(bytes: number | null | undefined): number | null {
  if (bytes === null || bytes === undefined || !Number.isFinite(bytes) || bytes <= 0 || bytes >= NO_LIMIT_FROM_BYTES) return null;
  return bytes;
}
