import { DEMO_PODS, demoWindow, expectedAt } from './demo-model';
import { expect, test } from './fixtures';

const api = (pod: string, query: string) => `/api/v1/clusters/demo/namespaces/demo/pods/${pod}/memory?${query}`;

test.describe('GET /api/v1/clusters', { tag: '@engine' }, () => {
  test('lists the demo cluster', async ({ request }) => {
    const res = await request.get('/api/v1/clusters');
    expect(res.status()).toBe(200);
    const body = (await res.json()) as { clusters: Array<{ id: string; name: string }> };
    expect(body.clusters.map((c) => c.id)).toContain('demo');
  });
});

test.describe('GET …/pods/{pod}/memory on the demo scenarios (real Prometheus)', { tag: '@engine' }, () => {
  for (const scenario of DEMO_PODS) {
    test(`${scenario.pod}: every point equals the scenario model to the byte`, async ({ request }) => {
      const { start, end } = demoWindow();
      const res = await request.get(api(scenario.pod, `start=${start}&end=${end}&step=15`));
      expect(res.status(), await res.text()).toBe(200);
      const body = (await res.json()) as {
        timestamps: number[];
        step: number;
        containers: Array<Record<string, unknown> & { container: string; limitBytes: number | null; requestBytes: number | null }>;
        sources: { activeFile: string; inactiveFile: string };
      };
      expect(body.step).toBe(15);
      expect(body.timestamps).toHaveLength(241);
      expect(body.containers.map((c) => c.container)).toEqual(scenario.containers.map((c) => c.name).sort());
      expect(body.sources).toEqual({ activeFile: 'measured', inactiveFile: 'measured' });
      for (const c of body.containers) {
        const spec = scenario.containers.find((s) => s.name === c.container);
        expect(c.limitBytes).toBe(spec?.limitBytes ?? null);
        expect(c.requestBytes).toBe(spec?.requestBytes ?? null);
        const swaps = body.timestamps.map((t) => expectedAt(scenario.pod, c.container, t)?.swap ?? 0);
        // Swap is its own band only where the container swapped at all; otherwise null.
        expect(c.swap ?? null).toEqual(swaps.some((v) => v > 0) ? swaps : null);
        body.timestamps.forEach((t, i) => {
          const full = expectedAt(scenario.pod, c.container, t);
          const want = full && {
            rss: full.rss,
            activeFile: full.activeFile,
            other: full.other,
            inactiveFile: full.inactiveFile,
            workingSet: full.workingSet,
            usage: full.usage,
          };
          const got = Object.fromEntries(
            (['rss', 'activeFile', 'other', 'inactiveFile', 'workingSet', 'usage'] as const).map((k) => [k, (c[k] as Array<number | null>)[i]]),
          );
          expect(got, `${c.container} at ${new Date(t * 1000).toISOString()}`).toEqual(
            want ?? {
              rss: null,
              activeFile: null,
              other: null,
              inactiveFile: null,
              workingSet: null,
              usage: null,
            },
          );
        });
      }
    });
  }

  test('the seed pod: rss + activeFile + other = workingSet and workingSet + inactiveFile = usage at every point', async ({ request }) => {
    const { start, end } = demoWindow();
    const body = (await (await request.get(api('ta-7b6f5d56fb-94svm', `start=${start}&end=${end}`))).json()) as {
      containers: Array<Record<string, Array<number | null>>>;
    };
    const c = body.containers[0] ?? {};
    const n = c.workingSet?.length ?? 0;
    expect(n).toBeGreaterThan(200);
    for (let i = 0; i < n; i++) {
      const [rss, act, oth, ina, wss, use] = ['rss', 'activeFile', 'other', 'inactiveFile', 'workingSet', 'usage'].map((k) => c[k]?.[i] ?? NaN);
      expect((rss ?? 0) + (act ?? 0) + (oth ?? 0)).toBe(wss);
      expect((wss ?? 0) + (ina ?? 0)).toBe(use);
    }
  });

  test('defaults: the last hour with at most ~500 points on an aligned grid', async ({ request }) => {
    const res = await request.get(api('ta-7b6f5d56fb-94svm', ''));
    expect(res.status()).toBe(200);
    const body = (await res.json()) as { start: number; end: number; step: number; timestamps: number[] };
    expect(body.end - body.start).toBeGreaterThanOrEqual(3600 - body.step);
    expect(body.timestamps.length).toBeLessThanOrEqual(501);
    expect(body.start % body.step).toBe(0);
  });

  test('accepts RFC 3339 times', async ({ request }) => {
    const { start, end } = demoWindow();
    const iso = (s: number) => new Date(s * 1000).toISOString();
    const res = await request.get(api('ta-7b6f5d56fb-94svm', `start=${iso(start)}&end=${iso(end)}&step=60`));
    expect(res.status()).toBe(200);
    expect(((await res.json()) as { timestamps: number[] }).timestamps).toHaveLength(61);
  });
});

test.describe('errors are JSON with a code and a message that names the problem', () => {
  const cases: Array<[string, string, number, string, RegExp]> = [
    [
      'a pod name that is not a Kubernetes name',
      '/api/v1/clusters/demo/namespaces/demo/pods/Bad_Pod/memory',
      400,
      'bad_request',
      /pod "Bad_Pod" is not a valid Kubernetes pod name/,
    ],
    [
      'a hostile namespace',
      `/api/v1/clusters/demo/namespaces/${encodeURIComponent('x"}or vector(1)')}/pods/p/memory`,
      400,
      'bad_request',
      /namespace .* is not a valid Kubernetes namespace name/,
    ],
    ['start after end', api('ta-7b6f5d56fb-94svm', 'start=2000&end=1000'), 400, 'bad_request', /start \(2000\) must be before end \(1000\)/],
    [
      'a time that is not a time',
      api('ta-7b6f5d56fb-94svm', 'start=yesterday'),
      400,
      'bad_request',
      /start "yesterday" is neither unix seconds nor an RFC 3339 time/,
    ],
    ['too many points', api('ta-7b6f5d56fb-94svm', 'start=0&end=100000&step=1'), 400, 'bad_request', /100001 points per series; the most is 11000/],
    ['a bad step', api('ta-7b6f5d56fb-94svm', 'step=-5'), 400, 'bad_request', /step "-5" must be a positive number/],
    ['an unknown cluster', '/api/v1/clusters/nope/namespaces/demo/pods/x/memory', 404, 'not_found', /unknown cluster "nope"/],
    ['a pod with no series', api('does-not-exist', ''), 404, 'not_found', /no memory series for pod demo\/does-not-exist in cluster demo/],
    ['Prometheus unreachable', '/api/v1/clusters/down/namespaces/demo/pods/x/memory', 502, 'upstream_unavailable', /Prometheus is unreachable/],
    ['Prometheus answering garbage', '/api/v1/clusters/garbage/namespaces/demo/pods/x/memory', 502, 'upstream_error', /not JSON/],
    [
      'Prometheus starting (text/plain 503)',
      '/api/v1/clusters/starting/namespaces/demo/pods/x/memory',
      504,
      'upstream_timeout',
      /HTTP 503: Service Unavailable/,
    ],
    ['an upstream timeout', '/api/v1/clusters/slow/namespaces/demo/pods/x/memory', 504, 'upstream_timeout', /did not answer within 2 s/],
  ];
  for (const [what, url, status, code, message] of cases) {
    test(what, async ({ request }) => {
      const res = await request.get(url);
      expect(res.status()).toBe(status);
      const body = (await res.json()) as { error: { code: string; message: string } };
      expect(body.error.code).toBe(code);
      expect(body.error.message).toMatch(message);
      expect(JSON.stringify(body)).not.toMatch(/at .*\.(ts|js):\d+/);
    });
  }
});
