import { describe, expect, it } from 'vitest';
import { ApiError } from '@/lib/api/errors';
import { PrometheusClient, interpretBody, parseSampleValue, toSeries } from './client';

const errorOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    if (e instanceof ApiError) return [e.code, e.message];
  }
  return null;
};

describe('interpretBody', () => {
  it('keeps warnings and flags partial responses', () => {
    const body = JSON.stringify({ status: 'success', data: { resultType: 'matrix', result: [] }, warnings: ['store down'], isPartial: true });
    expect(interpretBody(200, body).warnings).toEqual(['store down', 'Partial response: some stores or nodes did not answer']);
  });
  it.each([
    [200, '<html>login</html>', 'upstream_error', /not JSON: <html>login<\/html>/],
    [503, 'Service Unavailable', 'upstream_timeout', /HTTP 503: Service Unavailable/],
    [200, '{"foo":1}', 'upstream_error', /unexpected JSON shape/],
    [422, '{"status":"error","errorType":"execution","error":"query processing would load too many samples into memory"}', 'bad_request', /too many samples/],
    [503, '{"status":"error","errorType":"timeout","error":"query timed out"}', 'upstream_timeout', /timeout/],
    [400, '{"status":"error","errorType":"bad_data","error":"parse error"}', 'upstream_error', /bad_data.*parse error/],
    [503, '{"status":"error","errorType":503,"error":"vm busy"}', 'upstream_timeout', /vm busy/],
  ])('HTTP %i %s → %s', (status, text, code, message) => {
    const got = errorOf(() => interpretBody(status, text));
    expect(got?.[0]).toBe(code);
    expect(got?.[1]).toMatch(message);
  });
});

describe('toSeries', () => {
  it('converts vectors and matrices and refuses anything off-shape', () => {
    expect(toSeries([{ metric: { pod: 'a' }, value: [10, '1.5'] }], 'vector')).toEqual([{ labels: { pod: 'a' }, points: [[10, 1.5]] }]);
    expect(
      toSeries(
        [
          {
            metric: {},
            values: [
              [10, '+Inf'],
              [25, '2'],
            ],
          },
        ],
        'matrix',
      ),
    ).toEqual([
      {
        labels: {},
        points: [
          [10, Infinity],
          [25, 2],
        ],
      },
    ]);
    for (const bad of [
      null,
      {},
      [{ metric: { pod: 1 }, value: [1, '1'] }],
      [{ metric: {}, value: [1, 1] }],
      [{ metric: {}, value: ['1', '1'] }],
      [{ value: [1, '1'] }],
    ]) {
      expect(() => toSeries(bad, 'vector')).toThrow(/malformed vector/);
    }
    expect(() => toSeries([{ metric: {}, values: [[1, '1', 3]] }], 'matrix')).toThrow(/malformed matrix/);
    expect(() => toSeries([{ metric: {}, value: [1, '1'] }], 'matrix')).toThrow(/malformed matrix/);
  });
});

describe('parseSampleValue', () => {
  it.each([
    ['1.5', 1.5],
    ['+Inf', Infinity],
    ['-Inf', -Infinity],
    ['12345678901', 12345678901],
  ])('%s', (s, v) => expect(parseSampleValue(s)).toBe(v));
  it('NaN', () => expect(parseSampleValue('NaN')).toBeNaN());
});

describe('PrometheusClient', () => {
  it('POSTs form-encoded query_range and converts values', async () => {
    const calls: Array<[string, RequestInit | undefined]> = [];
    const fetchImpl = (async (url: string, init?: RequestInit) => {
      calls.push([url, init]);
      return new Response(
        JSON.stringify({
          status: 'success',
          data: {
            resultType: 'matrix',
            result: [
              {
                metric: { container: 'a' },
                values: [
                  [10, '5'],
                  [25, 'NaN'],
                ],
              },
            ],
          },
        }),
      );
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
    await expect(c.query('up')).rejects.toMatchObject({ code: 'upstream_unavailable', message: 'Prometheus is unreachable: ECONNREFUSED' });
  });
});
