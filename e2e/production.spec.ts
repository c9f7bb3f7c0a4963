import { readFileSync } from 'node:fs';
import { DEMO_PODS, demoWindow } from './demo-model';
import { expect, test } from './fixtures';
import { restricted, watched } from './proxy-control';

const POD = DEMO_PODS[0]?.pod ?? '';
const memoryPath = (cluster: string, namespace = 'demo', pod = POD) => {
  const { start, end } = demoWindow();
  return `/api/v1/clusters/${cluster}/namespaces/${namespace}/pods/${pod}/memory?start=${start}&end=${end}&step=15`;
};
const secrets = (): string[] => JSON.parse(process.env.E2E_SECRETS ?? '[]') as string[];

test.describe('authenticated upstreams (real nginx with a self-signed CA in front of the real engine)', { tag: '@engine' }, () => {
  test('bearer token + X-Scope-OrgID, basic auth and a client certificate each give the same numbers as the open engine', async ({ request }) => {
    const open = await request.get(memoryPath('demo'));
    expect(open.status()).toBe(200);
    const want = ((await open.json()) as { containers: unknown[] }).containers;
    for (const cluster of ['secure', 'secure-basic', 'secure-mtls']) {
      const res = await request.get(memoryPath(cluster));
      expect(res.status(), `${cluster}: ${await res.text()}`).toBe(200);
      const body = (await res.json()) as { cluster: string; containers: unknown[] };
      expect(body.cluster).toBe(cluster);
      expect(body.containers).toEqual(want);
    }
  });

  test('a wrong tenant is refused by the gateway and reported as upstream_unauthorized; an unknown CA as a TLS failure', async ({ request }) => {
    const wrong = await request.get(memoryPath('wrong-tenant'));
    expect(wrong.status()).toBe(502);
    expect(((await wrong.json()) as { error: { code: string } }).error.code).toBe('upstream_unauthorized');
    const untrusted = await request.get(memoryPath('untrusted'));
    expect(untrusted.status()).toBe(502);
    const body = (await untrusted.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('upstream_unavailable');
    expect(body.error.message).toMatch(/TLS connection failed: (UNABLE_TO_VERIFY_LEAF_SIGNATURE|SELF_SIGNED_CERT_IN_CHAIN|UNABLE_TO_GET_ISSUER_CERT_LOCALLY)/);
  });

  test('no API answer, page or metrics text carries a planted secret', async ({ request }) => {
    expect(secrets()).toHaveLength(2);
    const paths = [
      '/api/v1/clusters',
      '/api/readyz',
      '/api/metrics',
      '/',
      ...['secure', 'secure-basic', 'wrong-tenant', 'untrusted'].flatMap((c) => [
        `/api/v1/clusters/${c}`,
        `/api/v1/clusters/${c}/namespaces`,
        `/api/v1/clusters/${c}/namespaces/demo/pods`,
        memoryPath(c),
        `/clusters/${c}`,
      ]),
    ];
    for (const path of paths) {
      const res = await request.get(path);
      const text = await res.text();
      for (const s of secrets()) expect(text.includes(s), `${path} contains a secret`).toBe(false);
      expect(Object.values(res.headers()).join('\n').includes('planted-'), `${path} headers`).toBe(false);
    }
  });
});

test.describe('protecting Prometheus', { tag: '@engine' }, () => {
  test('200 concurrent opens of one pod link cost at most 7 upstream queries, and all 200 are answered', async ({ request }) => {
    // 200 answers of ~50 KiB each take a while on a busy machine; nothing here measures time.
    test.setTimeout(180_000);
    await watched.reset();
    const responses = await Promise.all(Array.from({ length: 200 }, () => request.get(memoryPath('watched'))));
    const statuses = responses.map((r) => r.status());
    expect(statuses.filter((s) => s === 200)).toHaveLength(200);
    const log = await watched.log();
    const keys = log.map((r) => `${r.path} ${r.queries.join(' ')}`);
    console.log(`200 concurrent opens: ${log.length} upstream queries`);
    expect(log.length).toBeLessThanOrEqual(7);
    // 5 of the view (memory, resources, status, extras, node), plus 2 of capability detection unless an earlier test ran it.
    expect(log.length).toBeGreaterThanOrEqual(5);
    expect(new Set(keys).size).toBe(keys.length);
    const bodies = await Promise.all(responses.slice(0, 3).map((r) => r.json() as Promise<{ containers: unknown[] }>));
    expect(bodies[1]).toEqual(bodies[0]);

    // Within the cache time the same link again costs nothing upstream.
    await watched.reset();
    expect((await request.get(memoryPath('watched'))).status()).toBe(200);
    expect(await watched.log()).toHaveLength(0);
  });
});

test.describe('namespace allow/deny', { tag: '@engine' }, () => {
  test.use({ allowConsole: /status of 404|HTTP 404 \/api\/v1\/clusters\/restricted/ });

  test('a denied namespace answers 404 like an absent one on every route and sends nothing upstream', async ({ request, page }) => {
    await restricted.reset();
    const list = await request.get('/api/v1/clusters/restricted/namespaces');
    expect(list.status()).toBe(200);
    const { namespaces } = (await list.json()) as { namespaces: string[] };
    expect(namespaces).toEqual([]);
    const before = (await restricted.log()).length;
    for (const path of [
      '/api/v1/clusters/restricted/namespaces/demo/pods',
      memoryPath('restricted'),
      '/api/v1/clusters/restricted?namespace=demo',
      '/api/v1/clusters/restricted/namespaces?namespace=demo',
    ]) {
      const res = await request.get(path);
      expect(res.status(), path).toBe(404);
      expect(await res.json()).toEqual({ error: { code: 'not_found', message: 'namespace "demo" not found in cluster "restricted"' } });
    }
    const after = await restricted.log();
    expect(after.length).toBe(before);
    expect(after.filter((r) => r.queries.some((q) => q.includes('"demo"')))).toEqual([]);

    await page.goto(`/clusters/restricted/namespaces/demo/pods/${POD}`);
    await expect(page.getByRole('alert').filter({ hasText: 'namespace "demo" not found in cluster "restricted"' })).toBeVisible();
  });
});

test.describe('web hardening', () => {
  test('pages carry a nonce CSP without unsafe-eval, frame-ancestors none, nosniff, a strict referrer policy and no X-Powered-By', async ({ request }) => {
    const res = await request.get('/');
    const h = res.headers();
    const csp = h['content-security-policy'] ?? '';
    const nonce = /'nonce-([A-Za-z0-9+/=]+)'/.exec(csp)?.[1];
    expect(nonce).toBeTruthy();
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(h['x-content-type-options']).toBe('nosniff');
    expect(h['referrer-policy']).toBe('strict-origin-when-cross-origin');
    expect(h['x-powered-by']).toBeUndefined();
    const html = await res.text();
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    expect(scripts.length).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag, tag).toContain(`nonce="${nonce}"`);
    // A second page load gets a different nonce.
    const again = /'nonce-([A-Za-z0-9+/=]+)'/.exec((await request.get('/')).headers()['content-security-policy'] ?? '')?.[1];
    expect(again).not.toBe(nonce);
    const api = await request.get('/api/v1/clusters');
    expect(api.headers()['x-content-type-options']).toBe('nosniff');
    expect(api.headers()['x-powered-by']).toBeUndefined();
  });

  test('the pod page runs under the CSP (no violation reaches the console) and an unknown API path is a JSON 404', async ({ page, request }) => {
    await page.goto(`/clusters/demo/namespaces/demo/pods/${POD}`);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(POD);
    const res = await request.get('/api/v1/nothing/here');
    expect(res.status()).toBe(404);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('not_found');
  });

  test('behind oauth2-proxy the header shows who is signed in', async ({ page }) => {
    await page.setExtraHTTPHeaders({ 'X-Forwarded-User': 'jdoe', 'X-Forwarded-Email': 'jane.doe@example.com' });
    await page.goto('/');
    await expect(page.getByTestId('signed-in-user')).toHaveText('Signed in as jane.doe@example.com');
    await page.goto('/?lang=zh');
    await expect(page.getByTestId('signed-in-user')).toHaveText('已登录：jane.doe@example.com');
  });

  test('without the headers nobody is shown', async ({ page }) => {
    await page.goto('/?lang=en');
    await expect(page.getByTestId('signed-in-user')).toHaveCount(0);
  });
});

test.describe('operations', () => {
  test('healthz, readyz and metrics', async ({ request }) => {
    const health = await request.get('/api/healthz');
    expect(health.status()).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok' });
    const ready = await request.get('/api/readyz');
    expect(ready.status()).toBe(200);
    expect(await ready.json()).toMatchObject({ status: 'ready', config: 'file' });
    // Readiness does not depend on a data source: 'down' is configured and unreachable.
    expect(((await (await request.get('/api/v1/clusters')).json()) as { clusters: Array<{ id: string }> }).clusters.map((c) => c.id)).toContain('down');

    // Twice: the second is a cache hit whatever ran before.
    await request.get(memoryPath('watched'));
    await request.get(memoryPath('watched'));
    const metrics = await request.get('/api/metrics');
    expect(metrics.headers()['content-type']).toContain('text/plain');
    const text = await metrics.text();
    const value = (line: RegExp) => Number(new RegExp(`^${line.source} (\\S+)$`, 'm').exec(text)?.[1] ?? NaN);
    expect(
      value(/podmem_http_requests_total\{route="\/api\/v1\/clusters\/\[cluster\]\/namespaces\/\[namespace\]\/pods\/\[pod\]\/memory",status="200"\}/),
    ).toBeGreaterThan(0);
    expect(value(/podmem_upstream_requests_total\{cluster="watched",outcome="ok"\}/)).toBeGreaterThan(0);
    expect(value(/podmem_upstream_cache_hits_total\{cluster="watched"\}/)).toBeGreaterThan(0);
    expect(text).toMatch(/^podmem_upstream_request_duration_seconds_count\{cluster="watched"\} \d+/m);
    expect(text).toMatch(/^podmem_upstream_queue_depth\{cluster="watched"\} \d+/m);
    expect(text).toMatch(/^podmem_http_request_duration_seconds_bucket\{le="0.1",route="\/api\/v1\/clusters",status="200"\} \d+/m);
    // Pod names never become label values.
    expect(text).not.toContain(POD);
  });

  test('one JSON log line per API request with route, status, duration, cluster and upstream count', async ({ request }) => {
    const log = process.env.E2E_SERVER_LOG;
    expect(log, 'E2E_SERVER_LOG').toBeTruthy();
    const marker = `/api/v1/clusters/demo/namespaces/demo/pods/${POD}/memory`;
    const { start, end } = demoWindow();
    // A grid of its own, so the answer is not in the cache and the line shows the upstream queries.
    expect((await request.get(`${marker}?start=${start}&end=${end - 60}&step=30`)).status()).toBe(200);
    await new Promise((r) => setTimeout(r, 300));
    const lines = readFileSync(log ?? '', 'utf8')
      .split('\n')
      .filter((l) => l.startsWith('{'));
    const entries = lines.map((l) => JSON.parse(l) as Record<string, unknown>).filter((e) => e.msg === 'request');
    const last = entries.filter((e) => e.route === '/api/v1/clusters/[cluster]/namespaces/[namespace]/pods/[pod]/memory' && e.cluster === 'demo').at(-1);
    expect(last).toMatchObject({ level: 'info', method: 'GET', status: 200, cluster: 'demo' });
    // The view's 5 queries: sent upstream, or shared with another request (cache or in flight).
    expect(Number(last?.upstream) + Number(last?.cacheHits) + Number(last?.coalesced)).toBe(5);
    expect(typeof last?.durationMs).toBe('number');
    // Every line is JSON (Next's own start-up banner aside) and none names a pod.
    expect(entries.some((e) => JSON.stringify(e).includes(POD))).toBe(false);
  });
});
