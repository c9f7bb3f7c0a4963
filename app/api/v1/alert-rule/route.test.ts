import { NextRequest } from 'next/server';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { alertRuleSchema } from '@/lib/api/alert-rule';
import { GET } from './route';

const get = async (query: string) => {
  const res = await GET(new NextRequest(`http://localhost/api/v1/alert-rule?${query}`));
  return { status: res.status, body: (await res.json()) as unknown };
};

describe('GET /api/v1/alert-rule', () => {
  it('answers the PrometheusRule for the candidate, namespace and threshold asked', async () => {
    const { status, body } = await get('candidate=workingSetMinusActive&namespace=shop&threshold=0.85');
    expect(status).toBe(200);
    const doc = parse(alertRuleSchema.parse(body).yaml) as {
      kind: string;
      metadata: { namespace: string };
      spec: { groups: { rules: { alert: string; expr: string }[] }[] };
    };
    expect([doc.kind, doc.metadata.namespace]).toEqual(['PrometheusRule', 'shop']);
    expect(doc.spec.groups[0]?.rules[0]?.alert).toBe('ContainerMemoryUnreclaimableNearLimit');
    expect(doc.spec.groups[0]?.rules[0]?.expr).toMatch(/>= 0\.85\n$/);
  });

  it.each([
    ['candidate=cache&namespace=shop&threshold=0.9', 'candidate "cache" must be one of workingSetMinusActive, workingSet, rss'],
    ['candidate=rss&namespace=Bad_NS&threshold=0.9', 'namespace "Bad_NS" is not a valid Kubernetes namespace name'],
    ['candidate=rss&namespace=shop&threshold=0', 'threshold "0" must be a number above 0 and at most 10 (a fraction of the limit)'],
    ['candidate=rss&namespace=shop', 'threshold "" must be a number above 0 and at most 10 (a fraction of the limit)'],
  ])('400 naming what is wrong: %s', async (query, message) => {
    expect(await get(query)).toEqual({ status: 400, body: { error: { code: 'bad_request', message } } });
  });
});
