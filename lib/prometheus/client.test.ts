import { describe, expect, it } from 'vitest';
import { PrometheusError } from './errors';
import { PrometheusClient, interpretBody, parseSampleValue } from './client';

const errorOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    if (e instanceof PrometheusError) return [e.kind, e.message];
  }
  return null;
};

describe('interpretBody', () => {
  it('keeps warnings and flags partial responses', () => {
    const body = JSON.stringify({ status: 'success', data: { resultType: 'matrix', result: [] }, warnings: ['store down'], isPartial: true });
    expect(interpretBody(200, body).warnings).toEqual(['store down', 'Partial response: some stores or nodes did not answer']);
  });
  it.each([
    [200, '<html>login</html>', 'bad-answer', /not JSON: <html>login<\/html>/],
    [503, 'Service Unavailable', 'timeout', /HTTP 503: Service Unavailable/],
    [200, '{"foo":1}', 'bad-answer', /unexpected JSON shape/],
    [422, '{"status":"error","errorType":"execution","error":"query processing would load too many samples into memory"}', 'query-too-large', /too many samples/],
    [503, '{"status":"error","errorType":"timeout","error":"query timed out"}', 'timeout', /timeout/],
    [400, '{"status":"error","errorType":"bad_data","error":"parse error"}', 'bad-answer', /bad_data.*parse error/],
    [503, '{"status":"error","errorType":503,"error":"vm busy"}', 'timeout', /vm busy/],
  ])('HTTP %i %s → %s', (status, text, kind, message) => {
    const got = errorOf(() => interpretBody(status, text));
    expect(got?.[0]).toBe(kind);
    expect(got?.[1]).toMatch(message);
  });
});

describe('parseSampleValue', () => {
  it.each([['1.5', 1.5], ['+Inf', Infinity], ['-Inf', -Infinity], ['12345678901', 12345678901]])('%s', (s, v) => expect(parseSampleValue(s)).toBe(v));
  it('NaN', () => expect(parseSampleValue('NaN')).toBeNaN());
});

describe('PrometheusClient', () => {
  it('POSTs form-encoded query_range and converts values', async () => {
    const calls: Array<[string, RequestInit | undefined]> = [];
    const fetchImpl = (async (url: string, init?: RequestInit) => {
      calls.push([url, init]);
      return new Response(JSON.stringify({ status: 'success', data: { resultType: 'matrix', result: [{ metric: { container: 'a' }, values: [[10, '5'], [25, 'NaN']] }] } }));
    }) as typeof fetch;
    const c = new PrometheusClient({ baseUrl: 'http://prom:9090/', fetchImpl, timeoutMs: 3000 });
    const r = await c.queryRange({ query: 'up{a="b"}', start: 10, end: 25, step: 15 });
    expect(calls[0]?.[0]).toBe('http://prom:9090/api/v1/query_range');
    expect(calls[0]?.[1]?.method).toBe('POST');
    expect(new URLSearchParams(calls[0]?.[1]?.body as string).toString()).toBe('query=up%7Ba%3D%22b%22%7D&start=10&end=25&step=15&timeout=3s');
    expect(r.series[0]?.points[0]).toEqual([10, 5]);
    expect(r.series[0]?.points[1]?.[1]).toBeNaN();
  });
  it('maps a refused connection to upstream_unavailable', async () => {
    const fetchImpl = (async () => {
      throw Object.assign(new TypeError('fetch failed'), { cause: { code: 'ECONNREFUSED' } });
    }) as typeof fetch;
    const c = new PrometheusClient({ baseUrl: 'http://127.0.0.1:1', fetchImpl });
    await expect(c.query('up')).rejects.toMatchObject({ kind: 'unreachable', message: 'Prometheus is unreachable: ECONNREFUSED' });
  });
});
