import 'server-only';
import { z } from 'zod';
import { ApiError } from '@/lib/api/errors';
import { isLabelName } from '@/lib/promql/escape';
import type { QueryResult, Series } from './types';

const sampleValue = z.string();
const matrixSchema = z.array(z.object({ metric: z.record(z.string(), z.string()), values: z.array(z.tuple([z.number(), sampleValue])) }));
const vectorSchema = z.array(z.object({ metric: z.record(z.string(), z.string()), value: z.tuple([z.number(), sampleValue]) }));

const envelopeSchema = z.discriminatedUnion('status', [
  z.object({
    status: z.literal('success'),
    // Query endpoints answer {resultType, result}; label values a plain list of strings; series a list of label sets.
    data: z.union([z.object({ resultType: z.string(), result: z.unknown() }), z.array(z.string()), z.array(z.record(z.string(), z.string()))]),
    warnings: z.array(z.string()).optional(),
    infos: z.array(z.string()).optional(),
    isPartial: z.boolean().optional(),
  }),
  z.object({ status: z.literal('error'), errorType: z.union([z.string(), z.number()]).optional(), error: z.string().optional() }),
]);

/** Parses Prometheus' sample strings, including "NaN", "+Inf" and "-Inf". */
export function parseSampleValue(text: string): number {
  if (text === '+Inf' || text === 'Inf') return Infinity;
  if (text === '-Inf') return -Infinity;
  return Number(text);
}

export interface PrometheusClientOptions {
  readonly baseUrl: string;
  readonly timeoutMs?: number;
  readonly headers?: Readonly<Record<string, string>>;
  readonly fetchImpl?: typeof fetch;
}

export interface RangeQuery {
  readonly query: string;
  readonly start: number;
  readonly end: number;
  readonly step: number;
}

/** Server-only client for the Prometheus HTTP API (also VictoriaMetrics, Thanos, Mimir with a prefix). */
export class PrometheusClient {
  private readonly baseUrl: string;
  private readonly timeoutMs: number;
  private readonly headers: Readonly<Record<string, string>>;
  private readonly fetchImpl: typeof fetch;

  constructor(options: PrometheusClientOptions) {
    this.baseUrl = options.baseUrl.replace(/\/+$/, '');
    this.timeoutMs = options.timeoutMs ?? 15_000;
    this.headers = options.headers ?? {};
    this.fetchImpl = options.fetchImpl ?? fetch;
  }

  /** `/api/v1/query_range`, POSTed form-encoded so long selectors never hit URL limits. */
  async queryRange(q: RangeQuery, signal?: AbortSignal): Promise<QueryResult> {
    const body = await this.post(
      '/api/v1/query_range',
      { query: q.query, start: String(q.start), end: String(q.end), step: String(q.step), timeout: `${Math.ceil(this.timeoutMs / 1000)}s` },
      signal,
    );
    const series = parseOrThrow(matrixSchema, body.result, 'matrix').map(
      (s): Series => ({ labels: s.metric, points: s.values.map(([t, v]) => [t, parseSampleValue(v)] as const) }),
    );
    return { series, warnings: body.warnings };
  }

  /** `/api/v1/query` at one instant (unix seconds; the server's now when omitted). */
  async query(query: string, time?: number, signal?: AbortSignal): Promise<QueryResult> {
    const params: Record<string, string> = { query, timeout: `${Math.ceil(this.timeoutMs / 1000)}s` };
    if (time !== undefined) params.time = String(time);
    const body = await this.post('/api/v1/query', params, signal);
    const series = parseOrThrow(vectorSchema, body.result, 'vector').map(
      (s): Series => ({ labels: s.metric, points: [[s.value[0], parseSampleValue(s.value[1])] as const] }),
    );
    return { series, warnings: body.warnings };
  }

  /** `/api/v1/label/<name>/values` (GET only: Prometheus answers 405 to a POST), filtered by `match[]` selectors and a time window. */
  async labelValues(name: string, matchers: readonly string[], window?: { start: number; end: number }, signal?: AbortSignal): Promise<{ values: string[]; warnings: string[] }> {
    if (!isLabelName(name)) throw new Error(`invalid label name: ${JSON.stringify(name)}`);
    const params = new URLSearchParams();
    for (const m of matchers) params.append('match[]', m);
    if (window) {
      params.set('start', String(window.start));
      params.set('end', String(window.end));
    }
    const body = await this.request(`/api/v1/label/${name}/values?${params.toString()}`, { method: 'GET' }, signal);
    return { values: parseOrThrow(z.array(z.string()), body.result, 'label values'), warnings: body.warnings };
  }

  /**
   * `/api/v1/series` (GET): the label sets of the series matching `match[]` in a time window — for
   * pairing labels (a pod with its namespace), always with a narrow selector, never the whole set.
   */
  async series(matchers: readonly string[], window: { start: number; end: number }, signal?: AbortSignal): Promise<{ labelSets: Record<string, string>[]; warnings: string[] }> {
    if (matchers.length === 0) throw new Error('series needs at least one match[] selector');
    const params = new URLSearchParams();
    for (const m of matchers) params.append('match[]', m);
    params.set('start', String(window.start));
    params.set('end', String(window.end));
    const body = await this.request(`/api/v1/series?${params.toString()}`, { method: 'GET' }, signal);
    return { labelSets: parseOrThrow(z.array(z.record(z.string(), z.string())), body.result, 'series'), warnings: body.warnings };
  }

  private post(path: string, params: Record<string, string>, signal?: AbortSignal): Promise<{ result: unknown; warnings: string[] }> {
    const init = { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(params).toString() };
    return this.request(path, init, signal);
  }

  private async request(path: string, init: { method: string; headers?: Record<string, string>; body?: string }, signal?: AbortSignal): Promise<{ result: unknown; warnings: string[] }> {
    const timeout = AbortSignal.timeout(this.timeoutMs);
    const combined = signal ? AbortSignal.any([signal, timeout]) : timeout;
    let res: Response;
    try {
      res = await this.fetchImpl(this.baseUrl + path, {
        method: init.method,
        headers: { ...init.headers, accept: 'application/json', ...this.headers },
        body: init.body,
        signal: combined,
        cache: 'no-store',
      });
    } catch (err) {
      if (timeout.aborted) throw new ApiError('upstream_timeout', `Prometheus did not answer within ${this.timeoutMs / 1000} s`);
      if (signal?.aborted) throw err;
      throw new ApiError('upstream_unavailable', `Prometheus is unreachable: ${describeFetchError(err)}`);
    }
    let text: string;
    try {
      text = await res.text();
    } catch {
      if (timeout.aborted) throw new ApiError('upstream_timeout', `Prometheus did not answer within ${this.timeoutMs / 1000} s`);
      throw new ApiError('upstream_error', 'Prometheus closed the connection mid-answer');
    }
    return interpretBody(res.status, text);
  }
}

function describeFetchError(err: unknown): string {
  if (err instanceof Error) {
    const cause = (err as Error & { cause?: { code?: string } }).cause;
    return cause?.code ?? err.message;
  }
  return 'unknown error';
}

function parseOrThrow<T>(schema: z.ZodType<T>, value: unknown, kind: string): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new ApiError('upstream_error', `Prometheus answered a malformed ${kind} result`);
  return parsed.data;
}

/** Maps an upstream answer (JSON envelope, text/plain error or garbage) to a result or an ApiError. */
export function interpretBody(status: number, text: string): { result: unknown; warnings: string[] } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    const snippet = text.trim().slice(0, 120);
    if (status === 503 || status === 504) throw new ApiError('upstream_timeout', `Prometheus answered HTTP ${status}: ${snippet || 'no body'}`);
    throw new ApiError('upstream_error', `Prometheus answered HTTP ${status} with a body that is not JSON${snippet ? `: ${snippet}` : ''}`);
  }
  const envelope = envelopeSchema.safeParse(json);
  if (!envelope.success) throw new ApiError('upstream_error', `Prometheus answered HTTP ${status} with an unexpected JSON shape`);
  const env = envelope.data;
  if (env.status === 'error') {
    const message = `Prometheus error (${String(env.errorType ?? status)}): ${env.error ?? 'no message'}`;
    // Branch on the HTTP status, not the errorType string: VictoriaMetrics puts numbers there.
    if (status === 503 || status === 504 || env.errorType === 'timeout') throw new ApiError('upstream_timeout', message);
    if (/too many samples|exceeded maximum resolution|points/.test(env.error ?? '') && status < 500) throw new ApiError('bad_request', message);
    throw new ApiError('upstream_error', message);
  }
  const warnings = [...(env.warnings ?? [])];
  if (env.isPartial) warnings.push('Partial response: some stores or nodes did not answer');
  return { result: Array.isArray(env.data) ? env.data : env.data.result, warnings };
}
