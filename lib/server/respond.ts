import 'server-only';
import { NextResponse } from 'next/server';
import { ApiError, ERROR_STATUS, type ErrorBody, type ErrorCode } from '@/lib/api/errors';
import { PrometheusError, type PrometheusErrorKind } from '@/lib/prometheus/errors';

/** The API code for each way Prometheus can fail. */
const PROMETHEUS_CODES: Record<PrometheusErrorKind, ErrorCode> = {
  timeout: 'upstream_timeout',
  unreachable: 'upstream_unavailable',
  'bad-answer': 'upstream_error',
  'query-too-large': 'bad_request',
};

/** An error as the API reports it: ApiErrors as they are, Prometheus' mapped to a code, anything else null. */
export function toApiError(err: unknown): ApiError | null {
  if (err instanceof ApiError) return err;
  if (err instanceof PrometheusError) return new ApiError(PROMETHEUS_CODES[err.kind], err.message);
  // Another server bundle's copy of the class (instrumentation's warm-up, a page sharing a cached detection).
  if (typeof err === 'object' && err !== null) {
    const { name, code, message } = err as { name?: unknown; code?: unknown; message?: unknown };
    if (name === 'ApiError' && typeof code === 'string' && code in ERROR_STATUS && typeof message === 'string') return new ApiError(code as ErrorCode, message);
  }
  return null;
}

/**
 * Wraps a route handler: a result that is already a Response (Markdown, CSV, PNG) goes out as it is,
 * anything else as JSON; ApiErrors (and PrometheusErrors, mapped) become `{error:{code,message}}` with
 * their status; anything else a 500 without details.
 */
export async function respond(work: () => Promise<unknown>): Promise<Response> {
  try {
    const result = await work();
    if (result instanceof Response) return result;
    return NextResponse.json(result, { headers: { 'cache-control': 'no-store' } });
  } catch (err) {
    return errorResponse(err);
  }
}

export function errorResponse(err: unknown): NextResponse<ErrorBody> {
  const api = toApiError(err);
  if (api !== null) return NextResponse.json({ error: { code: api.code, message: api.message } }, { status: api.status });
  process.stderr.write(
    `${JSON.stringify({ time: new Date().toISOString(), level: 'error', msg: 'unexpected error', error: err instanceof Error ? (err.stack ?? err.message) : String(err) })}\n`,
  );
  return NextResponse.json({ error: { code: 'internal', message: 'internal error; the server log has details' } }, { status: 500 });
}
