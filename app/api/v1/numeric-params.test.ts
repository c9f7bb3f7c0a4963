import { NextRequest } from 'next/server';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';

/**
 * Every numeric query parameter of every route is checked before any query is built: a number Prometheus
 * would refuse (or overflow) is podmem's own 400 naming the allowed range, and nothing goes upstream.
 */
const upstream: string[] = [];

beforeAll(() => {
  process.env.PODMEM_CLUSTERS = 'prod=http://prometheus.test:9090';
  delete process.env.PROMETHEUS_URL;
});
afterEach(() => vi.unstubAllGlobals());

function countUpstream() {
  upstream.length = 0;
  vi.stubGlobal('fetch', (url: string) => {
    upstream.push(url);
    return Promise.resolve(new Response('{"status":"error","error":"the test upstream answers nothing"}', { status: 500 }));
  });
}

async function podMemory(search: string) {
  const { GET } = await import('./clusters/[cluster]/namespaces/[namespace]/pods/[pod]/memory/route');
  const params = { cluster: 'prod', namespace: 'shop', pod: 'web-0' };
  return GET(new NextRequest(`http://localhost/api/v1/clusters/prod/namespaces/shop/pods/web-0/memory?${search}`), { params: Promise.resolve(params) });
}

async function namespacePods(search: string) {
  const { GET } = await import('./clusters/[cluster]/namespaces/[namespace]/pods/route');
  return GET(new NextRequest(`http://localhost/api/v1/clusters/prod/namespaces/shop/pods?${search}`), {
    params: Promise.resolve({ cluster: 'prod', namespace: 'shop' }),
  });
}

async function memoryStat(search: string) {
  const { POST } = await import('./memory-stat/route');
  return POST(
    new Request(`http://localhost/api/v1/memory-stat?${search}`, {
      method: 'POST',
      body: 'anon 1\nfile 0\nkernel 0\nshmem 0\nactive_file 0\ninactive_file 0\n',
    }),
  );
}

type Call = (search: string) => Promise<Response>;

const cases: Array<[string, string, Call, RegExp]> = [
  ['pod memory', 'step=1e40', podMemory, /step "1e40"/],
  ['pod memory', 'step=10000000000000000000000000000000000000000', podMemory, /step .* must be between 0\.001 and 31536000 seconds/],
  ['pod memory', 'step=0', podMemory, /step "0" is out of range: it must be between 0\.001 and 31536000 seconds/],
  ['pod memory', 'step=400d', podMemory, /step "400d" is out of range/],
  ['pod memory', 'step=-15', podMemory, /step "-15"/],
  ['pod memory', 'step=NaN', podMemory, /step "NaN"/],
  ['pod memory', 'step=Infinity', podMemory, /step "Infinity"/],
  ['pod memory', 'start=1e40&end=1796012100', podMemory, /start "1e40"/],
  [
    'pod memory',
    'start=0&end=99999999999999999999',
    podMemory,
    /end "99999999999999999999" is out of range: it must be between 0 and 253402300799 unix seconds/,
  ],
  ['pod memory', 'start=-5&end=1796012100', podMemory, /start "-5" is out of range/],
  ['pod memory', 'start=1796008500&end=1796012100&step=0.01', podMemory, /ask for 360001 points per series; the most is 11000/],
  ['namespace pods', 'at=1e40', namespacePods, /at "1e40"/],
  ['namespace pods', 'at=253402300800', namespacePods, /at "253402300800" is out of range: it must be between 0 and 253402300799 unix seconds/],
  ['namespace pods', 'at=-1', namespacePods, /at "-1" is out of range/],
  ['memory-stat', 'usageBytes=1e40', memoryStat, /usageBytes "1e40" must be a whole number of bytes/],
  [
    'memory-stat',
    'usageBytes=99999999999999999999999',
    memoryStat,
    /usageBytes "99999999999999999999999" is out of range: it must be between 0 and 9007199254740991 bytes/,
  ],
  ['memory-stat', 'limitBytes=3000Pi', memoryStat, /limitBytes "3000Pi" is out of range/],
  ['memory-stat', 'usageBytes=-5', memoryStat, /usageBytes "-5" must be a whole number of bytes/],
];

describe('numeric query parameters', () => {
  it.each(cases)('%s ?%s: 400 naming the parameter and its range, nothing sent upstream', async (_route, search, call, message) => {
    countUpstream();
    const res = await call(search);
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('bad_request');
    expect(body.error.message).toMatch(message);
    expect(upstream).toEqual([]);
  });

  it("memory-stat reads cgroup v1's unlimited number as no limit, as cAdvisor does", async () => {
    const res = await memoryStat('limitBytes=9223372036854771712');
    expect(res.status).toBe(200);
    expect(((await res.json()) as { limitBytes: number | null }).limitBytes).toBeNull();
  });

  it('the edges of each range are accepted', async () => {
    const res = await memoryStat('usageBytes=9007199254740991');
    expect(res.status).toBe(200);
    countUpstream();
    // Valid numbers get past validation and reach the (failing) upstream: a 502, not a 400.
    expect((await podMemory('start=0&end=60&step=0.001')).status).toBe(400); // 60,001 points: over the limit
    expect((await podMemory('start=0&end=31536000&step=31536000')).status).toBe(502);
    expect((await namespacePods('at=253402300799')).status).toBe(502);
    expect(upstream.length).toBeGreaterThan(0);
  });
});
