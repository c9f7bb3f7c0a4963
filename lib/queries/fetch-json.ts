import type { z } from 'zod';
import { errorBodySchema } from '@/lib/api/pod-memory';
import { ApiRequestError } from './api-error';

/** Fetches JSON from podmem's own API (GET unless `init` says otherwise) and validates it with `schema`; errors carry the server's message. */
export async function fetchJson<T>(
  url: string,
  schema: z.ZodType<T>,
  signal?: AbortSignal,
  init: { method?: string; body?: string; headers?: Record<string, string> } = {},
): Promise<T> {
  let res: Response;
  try {
    res = await fetch(url, { ...init, signal, headers: { accept: 'application/json', ...init.headers } });
  } catch (err) {
    if (signal?.aborted) throw err;
    throw new ApiRequestError(0, 'network', "podmem's server did not answer; check your connection and retry");
  }
  const body: unknown = await res.json().catch(() => null);
  if (!res.ok) {
    const parsed = errorBodySchema.safeParse(body);
    if (parsed.success) throw new ApiRequestError(res.status, parsed.data.error.code, parsed.data.error.message);
    throw new ApiRequestError(res.status, 'http', `podmem's server answered HTTP ${res.status}`);
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw new ApiRequestError(res.status, 'bad_response', "podmem's server answered with an unexpected shape");
  return parsed.data;
}
