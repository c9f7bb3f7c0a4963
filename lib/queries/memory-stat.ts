import { errorBodySchema } from '@/lib/api/pod-memory';
import { memoryStatAnalysisSchema, type MemoryStatAnalysisBody } from '@/lib/api/memory-stat';
import type { Locale } from '@/lib/i18n/locales';
import { ApiRequestError } from './fetch-json';

export interface AnalyzeMemoryStatInput {
  text: string;
  usageBytes: number | null;
  /** undefined = let the server read v1's hierarchical_memory_limit; null = no limit. */
  limitBytes: number | null | undefined;
  locale: Locale;
}

/** Mutation key for TanStack Query users; the input is not part of it (a POST, never cached). */
export const memoryStatKeys = { analyze: ['memory-stat', 'analyze'] as const };

/** POSTs memory.stat to /api/v1/memory-stat; errors carry the server's (localized) message. */
export async function analyzeMemoryStatRequest(input: AnalyzeMemoryStatInput, signal?: AbortSignal): Promise<MemoryStatAnalysisBody> {
  const params = new URLSearchParams({ lang: input.locale });
  if (input.usageBytes !== null) params.set('usageBytes', String(input.usageBytes));
  if (input.limitBytes !== undefined) params.set('limitBytes', input.limitBytes === null ? 'max' : String(input.limitBytes));
  let res: Response;
  try {
    res = await fetch(`/api/v1/memory-stat?${params.toString()}`, {
      method: 'POST',
      body: input.text,
      signal,
      headers: { 'content-type': 'text/plain; charset=utf-8', accept: 'application/json' },
    });
  } catch (err) {
    if (signal?.aborted) throw err;
    throw new ApiRequestError(0, 'network', 'network');
  }
  const body: unknown = await res.json().catch(() => null);
  if (!res.ok) {
    const parsed = errorBodySchema.safeParse(body);
    if (parsed.success) throw new ApiRequestError(res.status, parsed.data.error.code, parsed.data.error.message);
    throw new ApiRequestError(res.status, 'http', `HTTP ${res.status}`);
  }
  const parsed = memoryStatAnalysisSchema.safeParse(body);
  if (!parsed.success) throw new ApiRequestError(res.status, 'bad_response', 'unexpected response shape');
  return parsed.data;
}
