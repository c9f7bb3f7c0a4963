import { queryOptions } from '@tanstack/react-query';
import { alertRuleSchema } from '@/lib/api/alert-rule';
import type { AlertCandidate } from '@/lib/memory/alert-advisor';
import { apiUrl } from '@/lib/urls';
import { fetchJson } from './fetch-json';

export interface AlertRuleKey {
  candidate: AlertCandidate;
  namespace: string;
  threshold: number;
}

/** Query options for the PrometheusRule of one recommendation; the same key always gives the same text. */
export function alertRuleQueryOptions(key: AlertRuleKey) {
  return queryOptions({
    queryKey: ['alert-rule', key] as const,
    queryFn: ({ signal }) => fetchJson(apiUrl.alertRule(key), alertRuleSchema, signal),
    staleTime: Infinity,
  });
}
