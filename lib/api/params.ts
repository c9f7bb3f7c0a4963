import { z } from 'zod';
import { ApiError } from './errors';
import { MAX_POINTS, alignGrid, chooseStep, type TimeGrid } from '@/lib/memory/time-grid';
import { readInstant, TIME_RANGE } from '@/lib/time';

/** A Kubernetes object name: DNS-1123 subdomain (pods) or label (namespaces, containers), at most 253 chars. */
const K8S_NAME = /^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$/;
const CLUSTER_ID = /^[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$/;

/** Throws a 400 naming the parameter when `value` is not a valid Kubernetes name. */
export function parseK8sName(kind: 'namespace' | 'pod' | 'container', value: string): string {
  const max = kind === 'pod' ? 253 : 63;
  if (value.length === 0 || value.length > max || !K8S_NAME.test(value) || (kind !== 'pod' && value.includes('.'))) {
    throw new ApiError('bad_request', `${kind} ${JSON.stringify(value.slice(0, 80))} is not a valid Kubernetes ${kind} name`);
  }
  return value;
}

export function parseClusterId(value: string): string {
  if (value.length === 0 || value.length > 63 || !CLUSTER_ID.test(value)) {
    throw new ApiError('bad_request', `cluster ${JSON.stringify(value.slice(0, 80))} is not a valid cluster id`);
  }
  return value;
}

/**
 * The numbers a query parameter may carry, checked before any PromQL exists, so a value Prometheus would
 * refuse (or silently overflow: its durations are int64 nanoseconds) is podmem's own 400 naming the range.
 */
export const NUMBER_LIMITS = {
  /** Unix seconds from 1970 to the last second of 9999, the span RFC 3339 can write. */
  time: TIME_RANGE,
  /** One millisecond (the finest unit accepted) to one year. */
  step: { min: 0.001, max: 31_536_000 },
} as const;

function checkRange(name: string, value: string, n: number, limits: { min: number; max: number }, unit: string): number {
  if (!Number.isFinite(n) || n < limits.min || n > limits.max) {
    throw new ApiError(
      'bad_request',
      `${name} ${JSON.stringify(value.slice(0, 40))} is out of range: it must be between ${limits.min} and ${limits.max} ${unit}`,
    );
  }
  return n;
}

/** Parses unix seconds (with fraction) or an RFC 3339 timestamp into unix seconds between 1970 and 9999. */
export function parseTime(name: string, value: string): number {
  const reading = readInstant(value);
  if (reading.ok) return reading.seconds;
  if (reading.problem === 'out-of-range') return checkRange(name, value, NaN, NUMBER_LIMITS.time, 'unix seconds');
  throw new ApiError('bad_request', `${name} ${JSON.stringify(value.slice(0, 40))} is neither unix seconds nor an RFC 3339 time`);
}

/** Parses a step as seconds ("15", "15.5") or a Prometheus duration ("30s", "5m", "1h"), from 1 ms to a year. */
export function parseStep(value: string): number {
  const m = /^(\d+(?:\.\d+)?)(ms|s|m|h|d)?$/.exec(value.trim());
  const unit = { ms: 0.001, s: 1, m: 60, h: 3600, d: 86400 } as const;
  const seconds = m ? Number(m[1]) * unit[(m[2] ?? 's') as keyof typeof unit] : NaN;
  if (Number.isNaN(seconds))
    throw new ApiError('bad_request', `step ${JSON.stringify(value.slice(0, 40))} must be a positive number of seconds or a duration like 30s`);
  return checkRange('step', value, seconds, NUMBER_LIMITS.step, 'seconds');
}

const rangeParamsSchema = z.object({ start: z.string().optional(), end: z.string().optional(), step: z.string().optional() });

export interface RangeDefaults {
  nowSeconds: number;
  defaultRangeSeconds: number;
  minStepSeconds: number;
}

/** Resolves start/end/step query parameters to an aligned grid, or throws a 400 that names the problem. */
export function parseRangeParams(search: URLSearchParams, defaults: RangeDefaults): TimeGrid {
  const raw = rangeParamsSchema.parse({
    start: search.get('start') ?? undefined,
    end: search.get('end') ?? undefined,
    step: search.get('step') ?? undefined,
  });
  const end = raw.end !== undefined && raw.end !== '' ? parseTime('end', raw.end) : defaults.nowSeconds;
  const start = raw.start !== undefined && raw.start !== '' ? parseTime('start', raw.start) : end - defaults.defaultRangeSeconds;
  if (!(start < end)) throw new ApiError('bad_request', `start (${start}) must be before end (${end})`);
  const step = raw.step !== undefined && raw.step !== '' ? parseStep(raw.step) : chooseStep(end - start, defaults.minStepSeconds);
  if (step > end - start) throw new ApiError('bad_request', `step (${step} s) must not be longer than the range from start to end (${end - start} s)`);
  const points = Math.floor((end - start) / step) + 1;
  if (points > MAX_POINTS) {
    throw new ApiError('bad_request', `start, end and step ask for ${points} points per series; the most is ${MAX_POINTS}: widen the step`);
  }
  return alignGrid(start, end, step);
}

/** An optional instant parameter (`at`): null when absent or empty, else unix seconds or a 400. */
export function parseOptionalTime(name: string, value: string | null): number | null {
  return value === null || value === '' ? null : parseTime(name, value);
}

/** `lang`: en (default) or zh; anything else is a 400 naming the choices. */
export function parseLangParam(value: string | null): 'en' | 'zh' {
  // Empty is the default; only-whitespace is a 400 like any other unknown text.
  const v = (value ?? '').toLowerCase();
  if (v === '' || v === 'en') return 'en';
  if (v === 'zh') return 'zh';
  throw new ApiError('bad_request', `lang ${JSON.stringify(value?.slice(0, 20))} is not a supported language: use en or zh`);
}
