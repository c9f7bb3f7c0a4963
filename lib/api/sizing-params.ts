import { ApiError } from './errors';
import { SIZING_DEFAULTS, type SizingOptions } from '@/lib/memory/sizing';

/** Headroom may go from 0 to 200 % of the need; the cache allowance from 0 to 100 % of the active cache peak. */
export const SIZING_PARAM_LIMITS = { headroom: { min: 0, max: 200 }, cache: { min: 0, max: 100 } } as const;

function percent(search: URLSearchParams, name: 'headroom' | 'cache'): number | null {
  const raw = search.get(name);
  // Empty is absent (a form's blank field); only-whitespace is a 400 like any text that is not a number.
  if (raw === null || raw === '' || (name === 'cache' && raw.trim() === 'auto')) return null;
  const { min, max } = SIZING_PARAM_LIMITS[name];
  const value = /^\d+(\.\d+)?$/.test(raw.trim()) ? Number(raw) : NaN;
  if (!Number.isFinite(value) || value < min || value > max) {
    throw new ApiError(
      'bad_request',
      `${name} ${JSON.stringify(raw.slice(0, 40))} must be a percentage from ${min} to ${max}${name === 'cache' ? ' (or "auto")' : ''}`,
    );
  }
  return value / 100;
}

/** `headroom` and `cache` query parameters (percent) → sizing options; absent means podmem's defaults. */
export function parseSizingOptions(search: URLSearchParams): SizingOptions {
  return { headroom: percent(search, 'headroom') ?? SIZING_DEFAULTS.headroom, cacheAllowance: percent(search, 'cache') };
}
