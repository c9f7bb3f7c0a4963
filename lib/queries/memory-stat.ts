import { queryOptions } from '@tanstack/react-query';
import { memoryStatAnalysisSchema, type MemoryStatAnalysisBody } from '@/lib/api/memory-stat';
import type { Locale } from '@/lib/i18n/locales';
import { apiUrl } from '@/lib/urls';
import { fetchJson } from './fetch-json';

export interface AnalyzeMemoryStatInput {
  text: string;
  usageBytes: number | null;
  /** undefined = let the server read v1's hierarchical_memory_limit; null = no limit. */
  limitBytes: number | null | undefined;
  locale: Locale;
}

/** Query keys: the input and the language are the key, so a language switch re-asks the server. */
export const memoryStatKeys = {
  all: ['memory-stat'] as const,
  analyze: (input: AnalyzeMemoryStatInput) => [...memoryStatKeys.all, 'analyze', input] as const,
};

/** POSTs memory.stat to /api/v1/memory-stat; errors carry the server's (localized) message. */
export function analyzeMemoryStatRequest(input: AnalyzeMemoryStatInput, signal?: AbortSignal): Promise<MemoryStatAnalysisBody> {
  const limitBytes = input.limitBytes === null ? 'max' : input.limitBytes;
  return fetchJson(apiUrl.memoryStat({ lang: input.locale, usageBytes: input.usageBytes, limitBytes }), memoryStatAnalysisSchema, signal, {
    method: 'POST',
    body: input.text,
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });
}

/** Query options for one analysis; a POST, but idempotent: the same input and language give the same answer. */
export function analyzeMemoryStatQueryOptions(input: AnalyzeMemoryStatInput | null) {
  return queryOptions({
    queryKey: input ? memoryStatKeys.analyze(input) : [...memoryStatKeys.all, 'idle'],
    queryFn: ({ signal }) => {
      if (!input) throw new Error('nothing to analyze');
      return analyzeMemoryStatRequest(input, signal);
    },
    enabled: input !== null,
    staleTime: Infinity,
    retry: false,
  });
}
