import { gzipSync } from 'node:zlib';
import { firstLoadScripts } from '../scripts/scale/bundles';
import { DEMO_PODS } from './demo-model';
import { expect, test } from './fixtures';

/** Structure that keeps podmem fast (docs/performance.md); the times themselves are `npm run bench -- --scale`'s job. */
const BUDGET_KIB = 250;
const pod = DEMO_PODS[0]?.pod ?? '';
const PAGES = ['/', '/analyze', '/learn', '/clusters/demo', '/clusters/demo/namespaces/demo', `/clusters/demo/namespaces/demo/pods/${pod}`, '/?lang=zh'];

test.describe('first-load JavaScript', () => {
  for (const path of PAGES) {
    test(`${path}: at most ${BUDGET_KIB} KiB gzip, recharts not among it`, async ({ baseURL }) => {
      const base = baseURL ?? '';
      const scripts = await firstLoadScripts(base, path);
      expect(scripts.length).toBeGreaterThan(0);
      let gzip = 0;
      for (const src of scripts) {
        const body = Buffer.from(await (await fetch(base + src)).arrayBuffer());
        // recharts' own class names: present in its chunk only, which must load where a chart is drawn.
        expect(body.includes('recharts-cartesian-grid'), `${src} carries recharts`).toBe(false);
        gzip += gzipSync(body, { level: 9 }).length;
      }
      const kib = gzip / 1024;
      console.log(`first load: ${path} ${kib.toFixed(1)} KiB gzip (budget ${BUDGET_KIB} KiB)`);
      expect(kib, `${path}: ${kib.toFixed(1)} KiB gzip`).toBeLessThanOrEqual(BUDGET_KIB);
    });
  }
});

test.describe('capability detection', () => {
  test('asks about one namespace and says which, and how long it took', async ({ request }) => {
    const res = await request.get('/api/v1/clusters/demo');
    expect(res.status()).toBe(200);
    const body = (await res.json()) as { sampleNamespace: string | null; detectionMs: number; cadvisor: { layout: string } };
    // The demo has one namespace with pods; kube-system or monitoring would be read first where they exist.
    expect(body.sampleNamespace).toBe('demo');
    expect(body.detectionMs).toBeGreaterThanOrEqual(0);
    expect(body.cadvisor.layout).toBe('kube-prometheus');
  });
});

test.describe('the pod chart', () => {
  test('loads its chart code after the first load and draws the chart', async ({ page, baseURL }) => {
    const path = `/clusters/demo/namespaces/demo/pods/${pod}?range=1h`;
    const first = new Set(await firstLoadScripts(baseURL ?? '', path));
    const loaded: string[] = [];
    page.on('response', (res) => {
      const url = new URL(res.url());
      if (url.pathname.startsWith('/_next/static/chunks/') && url.pathname.endsWith('.js')) loaded.push(url.pathname);
    });
    await page.goto(path);
    await expect(page.locator('figure[aria-label] .recharts-area-area').first()).toBeVisible();
    expect(loaded.filter((p) => !first.has(p)).length, 'chunks loaded on demand').toBeGreaterThan(0);
  });
});
