import 'server-only';
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { UpstreamConfig } from '@/lib/config/upstream';
import { ApiError } from '@/lib/api/errors';
import { isLabelName } from '@/lib/promql/escape';
import { fetchTransport, TransportError, type ExchangeResult, type Transport } from './transport';
import type { QueryResult, Series } from './types';

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
  /** Added to every request's parameters (Thanos' partial_response, dedup, …). */
  readonly queryParams?: Readonly<Record<string, string>>;
  /** Secret files, read at each request. */
  readonly auth?: Pick<UpstreamConfig, 'bearerTokenFile' | 'basicAuth'>;
  /** How bytes travel; defaults to a fetch transport over `fetchImpl` (or global fetch). */
  readonly transport?: Transport;
  readonly fetchImpl?: typeof fetch;
}

export interface RangeQuery {
  readonly query: string;
  readonly start: number;
  readonly end: number;
  readonly step: number;
}

function readSecret(path: string, what: string): string {
  try {
    return readFileSync(path, 'utf8').trim();
  } catch (err) {
    throw new ApiError('upstream_unavailable', `cannot read the ${what} file ${path} (${(err as NodeJS.ErrnoException).code ?? 'error'})`);
  }
}

/** Rejects as soon as `signal` aborts, without cancelling `work` (which others may share). */
function untilAborted<T>(work: Promise<T>, signal?: AbortSignal): Promise<T> {
  if (!signal) return work;
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(
      (v) => {
        signal.removeEventListener('abort', onAbort);
        resolve(v);
      },
      (e: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(e);
      },
    );
  });
}

/** Server-only client for the Prometheus HTTP API (also VictoriaMetrics, Thanos, Mimir with a prefix). */
export class PrometheusClient {
  private readonly baseUrl: string;
  private readonly timeoutMs: number;
  private readonly headers: Readonly<Record<string, string>>;
  private readonly queryParams: Readonly<Record<string, string>>;
  private readonly auth: PrometheusClientOptions['auth'];
  private readonly transport: Transport;

  constructor(options: PrometheusClientOptions) {
    this.baseUrl = options.baseUrl.replace(/\/+$/, '');
    this.timeoutMs = options.timeoutMs ?? 15_000;
    this.headers = options.headers ?? {};
    this.queryParams = options.queryParams ?? {};
    this.auth = options.auth;
    this.transport = options.transport ?? fetchTransport(options.fetchImpl ?? fetch);
  }

  /** `/api/v1/query_range`, POSTed form-encoded so long selectors never hit URL limits. */
  async queryRange(q: RangeQuery, signal?: AbortSignal): Promise<QueryResult> {
    const body = await this.post(
      '/api/v1/query_range',
      { query: q.query, start: String(q.start), end: String(q.end), step: String(q.step), timeout: `${Math.ceil(this.timeoutMs / 1000)}s` },
      signal,
    );
    return { series: toSeries(body.result, 'matrix'), warnings: body.warnings };
  }

  /** `/api/v1/query` at one instant (unix seconds; the server's now when omitted). */
  async query(query: string, time?: number, signal?: AbortSignal): Promise<QueryResult> {
    const params: Record<string, string> = { query, timeout: `${Math.ceil(this.timeoutMs / 1000)}s` };
    if (time !== undefined) params.time = String(time);
    const body = await this.post('/api/v1/query', params, signal);
    return { series: toSeries(body.result, 'vector'), warnings: body.warnings };
  }

  /** `/api/v1/label/<name>/values` (GET only: Prometheus answers 405 to a POST), filtered by `match[]` selectors and a time window. */
  async labelValues(
    name: string,
    matchers: readonly string[],
    window?: { start: number; end: number },
    signal?: AbortSignal,
  ): Promise<{ values: string[]; warnings: string[] }> {
    if (!isLabelName(name)) throw new Error(`invalid label name: ${JSON.stringify(name)}`);
    const params = new URLSearchParams();
    for (const m of matchers) params.append('match[]', m);
    if (window) {
      params.set('start', String(window.start));
      params.set('end', String(window.end));
    }
    for (const [k, v] of Object.entries(this.queryParams)) params.set(k, v);
    const body = await this.request(`/api/v1/label/${name}/values?${params.toString()}`, { method: 'GET' }, signal);
    return { values: parseOrThrow(z.array(z.string()), body.result, 'label values'), warnings: body.warnings };
  }

  /**
   * `/api/v1/series` (GET): the label sets of the series matching `match[]` in a time window — for
   * pairing labels (a pod with its namespace), always with a narrow selector, never the whole set.
   */
  async series(
    matchers: readonly string[],
    window: { start: number; end: number },
    signal?: AbortSignal,
  ): Promise<{ labelSets: Record<string, string>[]; warnings: string[] }> {
    if (matchers.length === 0) throw new Error('series needs at least one match[] selector');
    const params = new URLSearchParams();
    for (const m of matchers) params.append('match[]', m);
    params.set('start', String(window.start));
    params.set('end', String(window.end));
    const body = await this.request(`/api/v1/series?${params.toString()}`, { method: 'GET' }, signal);
    return { labelSets: parseOrThrow(z.array(z.record(z.string(), z.string())), body.result, 'series'), warnings: body.warnings };
  }

  private post(path: string, params: Record<string, string>, signal?: AbortSignal): Promise<{ result: unknown; warnings: string[] }> {
    const init = {
      method: 'POST' as const,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ ...params, ...this.queryParams }).toString(),
    };
    return this.request(path, init, signal);
  }

  /** The Authorization header from the secret files as they are now, and the secrets to keep out of messages. */
  private credentials(): { header?: string; secrets: string[] } {
    if (this.auth?.bearerTokenFile) {
      const token = readSecret(this.auth.bearerTokenFile, 'bearer token');
      return { header: `Bearer ${token}`, secrets: [token] };
    }
    if (this.auth?.basicAuth) {
      const password = readSecret(this.auth.basicAuth.passwordFile, 'basic auth password');
      return { header: `Basic ${Buffer.from(`${this.auth.basicAuth.username}:${password}`).toString('base64')}`, secrets: [password] };
    }
    return { secrets: [] };
  }

  private async request(
    path: string,
    init: { method: 'GET' | 'POST'; headers?: Record<string, string>; body?: string },
    signal?: AbortSignal,
  ): Promise<{ result: unknown; warnings: string[] }> {
    const { header, secrets } = this.credentials();
    const headers = { ...init.headers, accept: 'application/json', ...this.headers, ...(header && { authorization: header }) };
    let answer: ExchangeResult;
    try {
      answer = await untilAborted(
        this.transport({ url: this.baseUrl + path, method: init.method, headers, body: init.body, timeoutMs: this.timeoutMs }),
        signal,
      );
    } catch (err) {
      if (signal?.aborted) throw err;
      if (err instanceof TransportError) throw transportToApiError(err, this.timeoutMs);
      throw err;
    }
    try {
      return interpretBody(answer.status, answer.text, answer.json);
    } catch (err) {
      // A gateway may echo request headers in an error page: never pass a secret on.
      if (err instanceof ApiError && secrets.some((s) => s && err.message.includes(s))) {
        throw new ApiError(
          err.code,
          secrets.reduce((m, s) => (s ? m.split(s).join('[redacted]') : m), err.message),
        );
      }
      throw err;
    }
  }
}

function transportToApiError(err: TransportError, timeoutMs: number): ApiError {
  if (err.kind === 'timeout') return new ApiError('upstream_timeout', `Prometheus did not answer within ${timeoutMs / 1000} s`);
  if (err.detail === 'the connection closed mid-answer') return new ApiError('upstream_error', 'Prometheus closed the connection mid-answer');
  if (err.kind === 'tls') return new ApiError('upstream_unavailable', `Prometheus' TLS connection failed: ${err.detail}`);
  return new ApiError('upstream_unavailable', `Prometheus is unreachable: ${err.detail}`);
}

type Point = readonly [number, number];

function isLabels(value: unknown): value is Record<string, string> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  for (const key in value) if (typeof (value as Record<string, unknown>)[key] !== 'string') return false;
  return true;
}

function toPoint(value: unknown): Point | null {
  if (!Array.isArray(value) || value.length !== 2) return null;
  const [t, v] = value as unknown[];
  return typeof t === 'number' && typeof v === 'string' ? [t, parseSampleValue(v)] : null;
}

/**
 * Checks and converts a vector or matrix result in one pass. Written by hand rather than with zod: a
 * 5,000-pod namespace answers 40,000 series, and schema validation took twice as long as JSON.parse
 * itself (docs/performance.md). Anything off-shape is an upstream_error, as before.
 */
export function toSeries(result: unknown, kind: 'vector' | 'matrix'): Series[] {
  const malformed = () => new ApiError('upstream_error', `Prometheus answered a malformed ${kind} result`);
  if (!Array.isArray(result)) throw malformed();
  const out: Series[] = new Array<Series>(result.length);
  for (let i = 0; i < result.length; i++) {
    const item = result[i] as { metric?: unknown; value?: unknown; values?: unknown } | null;
    if (typeof item !== 'object' || item === null || !isLabels(item.metric)) throw malformed();
    let points: Point[];
    if (kind === 'vector') {
      const point = toPoint(item.value);
      if (!point) throw malformed();
      points = [point];
    } else {
      if (!Array.isArray(item.values)) throw malformed();
      points = new Array<Point>(item.values.length);
      for (let j = 0; j < item.values.length; j++) {
        const point = toPoint(item.values[j]);
        if (!point) throw malformed();
        points[j] = point;
      }
    }
    out[i] = { labels: item.metric, points };
  }
  return out;
}

function parseOrThrow<T>(schema: z.ZodType<T>, value: unknown, kind: string): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new ApiError('upstream_error', `Prometheus answered a malformed ${kind} result`);
  return parsed.data;
}

/** Maps an upstream answer (JSON envelope, text/plain error or garbage) to a result or an ApiError; `parsed` is the body already parsed, if it was. */
export function interpretBody(status: number, text: string, parsed?: unknown): { result: unknown; warnings: string[] } {
  if (status === 401 || status === 403) {
    throw new ApiError(
      'upstream_unauthorized',
      `Prometheus refused podmem's credentials (HTTP ${status}): check the cluster's bearerTokenFile, basicAuth, headers (X-Scope-OrgID) and TLS client certificate`,
    );
  }
  let json: unknown = parsed;
  try {
    json ??= JSON.parse(text);
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
  // Prometheus 2.45+ adds `infos` (e.g. a rate over a non-counter); Thanos reports skipped stores as warnings.
  const warnings = [...(env.warnings ?? []), ...(env.infos ?? []).map((i) => `info: ${i}`)];
  if (env.isPartial) warnings.push('Partial response: some stores or nodes did not answer');
  return { result: Array.isArray(env.data) ? env.data : env.data.result, warnings };
}
