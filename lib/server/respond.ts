import 'server-only';
import { NextResponse } from 'next/server';
import { ApiError, type ErrorBody } from '@/lib/api/errors';

/** Wraps a route handler: ApiErrors become `{error:{code,message}}` with their status; anything else a 500 without details. */
export async function respond<T>(work: () => Promise<T>): Promise<NextResponse> {
  try {
    return NextResponse.json(await work(), { headers: { 'cache-control': 'no-store' } });
  } catch (err) {
    return errorResponse(err);
  }
}

export function errorResponse(err: unknown): NextResponse<ErrorBody> {
  if (err instanceof ApiError) {
    return NextResponse.json({ error: { code: err.code, message: err.message } }, { status: err.status });
  }
  console.error('podmem: unexpected error', err);
  return NextResponse.json({ error: { code: 'internal', message: 'internal error; the server log has details' } }, { status: 500 });
}

/** Like `respond`, for answers that are not JSON (Markdown, CSV, PNG): the work builds the Response. */
export async function respondRaw(work: () => Promise<Response>): Promise<Response> {
  try {
    return await work();
  } catch (err) {
    return errorResponse(err);
  }
}
