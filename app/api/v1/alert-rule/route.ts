import type { NextRequest } from 'next/server';
import type { AlertRuleBody } from '@/lib/api/alert-rule';
import { ApiError } from '@/lib/api/errors';
import { parseK8sName } from '@/lib/api/params';
import { ALERT_CANDIDATES, type AlertCandidate } from '@/lib/memory/alert-advisor';
import { buildPrometheusRule } from '@/lib/server/alert-rule';
import { apiRoute } from '@/lib/server/api-route';

export const dynamic = 'force-dynamic';

const isCandidate = (v: string): v is AlertCandidate => (ALERT_CANDIDATES as readonly string[]).includes(v);

/**
 * GET /api/v1/alert-rule?candidate=&namespace=&threshold= — the PrometheusRule YAML for one alert
 * candidate, built on the server so neither PromQL builders nor the YAML library reach the browser.
 */
export const GET = apiRoute((request: NextRequest): Promise<AlertRuleBody> => {
  const q = request.nextUrl.searchParams;
  const candidate = q.get('candidate') ?? '';
  if (!isCandidate(candidate))
    throw new ApiError('bad_request', `candidate ${JSON.stringify(candidate.slice(0, 40))} must be one of ${ALERT_CANDIDATES.join(', ')}`);
  const namespace = parseK8sName('namespace', q.get('namespace') ?? '');
  const raw = q.get('threshold') ?? '';
  const threshold = Number(raw);
  if (raw.trim() === '' || !Number.isFinite(threshold) || threshold <= 0 || threshold > 10) {
    throw new ApiError('bad_request', `threshold ${JSON.stringify(raw.slice(0, 40))} must be a number above 0 and at most 10 (a fraction of the limit)`);
  }
  return Promise.resolve({ yaml: buildPrometheusRule(candidate, namespace, threshold) });
});
