import { formatBytes } from '../lib/i18n/format';
import { DEMO_PODS, demoWindow } from './demo-model';
import { expect as baseExpect, expectAccessible, test } from './fixtures';
import { NamespacePage } from './pages/namespace-page';
import { MiB, modelPageCacheOnlyPods, modelPeaks, modelRecommendation } from './sizing-model';

/**
 * The card and the post-mortem read the range after the memory view has answered (so the first screen
 * never waits on them): on a busy machine that is well past the suite's 10 s default, so these waits are
 * long. Nothing here measures time.
 */
const expect = baseExpect.configure({ timeout: 60_000 });
test.describe.configure({ timeout: 180_000 });

const ORDERS = 'orders-api-5f7c9d-x2x9q';
/** The scenario kills orders-api at minute 24 after its RSS grew 160 → 500 MiB over 24 minutes. */
const ORDERS_OOM_MINUTE = 24;
const ORDERS_RSS_RATE = ((500 - 160) / 24) * MiB;

interface Sizing {
  containers: Array<{
    container: string;
    current: { requestBytes: number | null; limitBytes: number | null };
    peaks: { workingSet: number | null; rss: number | null; unreclaimable: number | null };
    recommended: { requestBytes: number | null; limitBytes: number | null };
    alternatives: { krrSimple: { limitBytes: number | null }; vpaTarget: { requestBytes: number | null }; kubecost: { requestBytes: number | null } };
    cache: { state: string; source: string | null };
    warnings: Array<{ code: string; message: string; params: Record<string, number | boolean | null> }>;
    workload: { kind: string; name: string; source: string };
  }>;
  patchYaml: string;
}

const range = () => `start=${demoWindow().start}&end=${demoWindow().end}`;
const sizingApi = (pod: string, extra = '') => `/api/v1/clusters/demo/namespaces/demo/pods/${pod}/sizing?${range()}${extra}`;
const podPage = (pod: string, lang: 'en' | 'zh', extra = '') => `/clusters/demo/namespaces/demo/pods/${pod}?${range()}&lang=${lang}${extra}`;

async function sizing(request: import('@playwright/test').APIRequestContext, pod: string): Promise<Sizing> {
  const res = await request.get(sizingApi(pod));
  expect(res.status(), await res.text()).toBe(200);
  return (await res.json()) as Sizing;
}

test.describe('GET …/sizing on the demo', { tag: '@engine' }, () => {
  test('log-indexer-0: recommended from unreclaimable memory, under 60 % of KRR-simple (max working set × 1.15 ≈ 1,026 MiB)', async ({ request }) => {
    const body = await sizing(request, 'log-indexer-0');
    const [c] = body.containers;
    const peaks = modelPeaks('log-indexer-0', 'indexer');
    expect(c?.peaks.workingSet).toBe(peaks.workingSet);
    expect(c?.peaks.unreclaimable).toBe(peaks.unreclaimable);
    const krr = c?.alternatives.krrSimple.limitBytes ?? NaN;
    expect(krr).toBeCloseTo(peaks.workingSet * 1.15, 0);
    expect(krr / MiB).toBeGreaterThan(1020);
    expect(krr / MiB).toBeLessThan(1032);
    expect(c?.recommended).toEqual(modelRecommendation('log-indexer-0', 'indexer'));
    expect(c?.recommended.limitBytes ?? Infinity).toBeLessThan(0.6 * krr);
    expect(c?.alternatives.kubecost.requestBytes ?? NaN).toBeCloseTo(peaks.workingSet / 0.7, 0);
    expect(c?.cache).toMatchObject({ state: 'idle', source: 'major-faults' });
    // One hour of data: provisional, and it says how much.
    expect(c?.warnings.map((w) => w.code)).toEqual(['provisional']);
    expect(c?.warnings[0]?.message).toMatch(/^Provisional: 1 h of data \(\d+ samples\)/);
  });

  test('orders-api: OOM-killed and trending up; the limit never goes below the limit it died at', async ({ request }) => {
    const body = await sizing(request, ORDERS);
    const [c] = body.containers;
    // The demo's kube-state-metrics owns the pod through ReplicaSet orders-api-5f7c9d: the Deployment, not a guess.
    expect(c?.workload).toEqual({ kind: 'Deployment', name: 'orders-api', source: 'kube-state-metrics' });
    expect(body.patchYaml).toMatch(/^apiVersion: apps\/v1\nkind: Deployment\nmetadata:\n {2}name: orders-api\n/);
    const codes = c?.warnings.map((w) => w.code) ?? [];
    expect(codes).toEqual(expect.arrayContaining(['oom-killed', 'trend-up']));
    expect(c?.recommended.limitBytes ?? 0).toBeGreaterThanOrEqual(512 * MiB * 1.2);
    const trend = c?.warnings.find((w) => w.code === 'trend-up');
    expect(trend?.params.slopeBytesPerHour ?? 0).toBeGreaterThan(100 * MiB);
    expect(trend?.message).toMatch(/reaches the 512 MiB current limit in .*Raising the limit only delays the next kill/);
  });

  test('renderer-0: never below RSS + shmem + kernel at the peak (200 MiB of it is tmpfs)', async ({ request }) => {
    const [c] = (await sizing(request, 'renderer-0')).containers;
    const peaks = modelPeaks('renderer-0', 'renderer');
    expect(c?.recommended.requestBytes ?? 0).toBeGreaterThanOrEqual(peaks.unreclaimable);
    expect(c?.recommended).toEqual(modelRecommendation('renderer-0', 'renderer'));
    expect(c?.warnings.map((w) => w.code)).toContain('unreclaimable-other');
  });

  test('batch-28d1c: no limit → a recommended limit, the no-limit warning and the swap it uses', async ({ request }) => {
    const [c] = (await sizing(request, 'batch-28d1c')).containers;
    // Job batch-28d1c of CronJob batch: the CronJob's job template is what takes the resources.
    expect(c?.workload).toEqual({ kind: 'CronJob', name: 'batch', source: 'kube-state-metrics' });
    const peaks = modelPeaks('batch-28d1c', 'job');
    expect(c?.current.limitBytes).toBeNull();
    expect(c?.recommended).toEqual(modelRecommendation('batch-28d1c', 'job'));
    const w = c?.warnings.find((x) => x.code === 'no-limit');
    expect(w?.params.swapPeakBytes).toBe(peaks.swap);
    expect(peaks.swap).toBe(64 * MiB);
  });

  test('checkout: two containers sized separately', async ({ request }) => {
    const body = await sizing(request, 'checkout-6d9f8b-k2x7w');
    expect(body.containers.map((c) => c.container)).toEqual(['app', 'envoy']);
    for (const c of body.containers) expect(c.recommended).toEqual(modelRecommendation('checkout-6d9f8b-k2x7w', c.container));
  });

  test('search: the cache is thrashed (900 major faults/s at 98 % of the limit), so all of it is kept', async ({ request }) => {
    const [c] = (await sizing(request, 'search-7d8f6c9b5-p4m2z')).containers;
    expect(c?.cache).toMatchObject({ state: 'thrashing', source: 'major-faults' });
    expect(c?.recommended).toEqual(modelRecommendation('search-7d8f6c9b5-p4m2z', 'search', 1));
    expect(c?.warnings.map((w) => w.code)).toContain('cache-thrashing');
  });

  test('headroom and allowance come from the URL; a bad value is a 400 naming it', async ({ request }) => {
    const res = await request.get(sizingApi('log-indexer-0', '&headroom=50&cache=0'));
    const [c] = ((await res.json()) as Sizing).containers;
    expect(c?.recommended).toEqual(modelRecommendation('log-indexer-0', 'indexer', 0, 0.5));
    const bad = await request.get(sizingApi('log-indexer-0', '&headroom=500'));
    expect(bad.status()).toBe(400);
    expect(((await bad.json()) as { error: { message: string } }).error.message).toContain('headroom "500" must be a percentage from 0 to 200');
  });
});

test.describe('GET …/oom on the demo', { tag: '@engine' }, () => {
  test('orders-api: one kill at minute 24, cgroup limit, RSS grew ≈ 14 MiB/min before it', async ({ request }) => {
    const res = await request.get(`/api/v1/clusters/demo/namespaces/demo/pods/${ORDERS}/oom?${range()}`);
    expect(res.status(), await res.text()).toBe(200);
    const body = (await res.json()) as {
      kills: Array<{ container: string; at: number; kind: string; limitBytes: number; grew: string; rateBytesPerMinute: number; summary: string }>;
    };
    expect(body.kills).toHaveLength(1);
    const [k] = body.kills;
    expect(k).toMatchObject({ container: 'api', at: demoWindow().start + ORDERS_OOM_MINUTE * 60, kind: 'cgroup-limit', limitBytes: 512 * MiB, grew: 'rss' });
    expect(Math.abs((k?.rateBytesPerMinute ?? 0) - ORDERS_RSS_RATE) / ORDERS_RSS_RATE).toBeLessThan(0.05);
    expect(k?.summary).toMatch(/^api was OOM-killed at .* UTC when its unreclaimable memory reached .* of its 512 MiB limit/);
  });

  test('log-indexer-0 was never killed', async ({ request }) => {
    const body = (await (await request.get(`/api/v1/clusters/demo/namespaces/demo/pods/log-indexer-0/oom?${range()}`)).json()) as { kills: unknown[] };
    expect(body.kills).toEqual([]);
  });
});

test.describe('GET …/namespaces/{ns}/pods: unreclaimable and pageCacheOnly', { tag: '@engine' }, () => {
  test('the flag follows the model: log-indexer-0 is high only because of page cache', async ({ request }) => {
    const body = (await (await request.get(`/api/v1/clusters/demo/namespaces/demo/pods?at=${demoWindow().end}`)).json()) as {
      pods: Array<{ pod: string; containers: Array<{ unreclaimable: number | null; pageCacheOnly: boolean }> }>;
    };
    const flagged = body.pods
      .filter((p) => p.containers.some((c) => c.pageCacheOnly))
      .map((p) => p.pod)
      .sort();
    expect(flagged).toEqual(modelPageCacheOnlyPods().sort());
    expect(flagged).toContain('log-indexer-0');
    const indexer = body.pods.find((p) => p.pod === 'log-indexer-0')?.containers[0];
    expect((indexer?.unreclaimable ?? 0) / MiB).toBeGreaterThan(180);
    expect((indexer?.unreclaimable ?? 0) / MiB).toBeLessThan(200);
  });
});

test.describe('the Right-size card and the post-mortem panel', () => {
  for (const lang of ['en', 'zh'] as const) {
    test(`log-indexer-0 (${lang}): podmem's limit beside KRR's, the cache is idle, a kubectl line`, async ({ page }) => {
      await page.goto(podPage('log-indexer-0', lang));
      const card = page.getByRole('region', { name: lang === 'en' ? 'Right-size' : '容量建议', exact: true });
      const rec = modelRecommendation('log-indexer-0', 'indexer');
      const article = card.getByRole('article', { name: lang === 'en' ? 'Right-size: indexer' : '容量建议：indexer' });
      await expect(article.locator('[data-field="recommended-limit"]')).toHaveText(formatBytes(rec.limitBytes, lang, { trimWhole: true }));
      await expect(article.locator('[data-field="recommended-request"]')).toHaveText(formatBytes(rec.requestBytes, lang, { trimWhole: true }));
      await expect(article).toContainText(formatBytes(modelPeaks('log-indexer-0', 'indexer').workingSet * 1.15, lang));
      await expect(article.locator('[data-cache="idle"]')).toContainText(lang === 'en' ? 'Idle' : '空闲');
      await expect(article.getByLabel(lang === 'en' ? 'kubectl command for indexer' : 'indexer 的 kubectl 命令', { exact: true })).toHaveText(
        `kubectl -n demo set resources statefulset/log-indexer -c indexer --requests=memory=${rec.requestBytes / MiB}Mi --limits=memory=${rec.limitBytes / MiB}Mi`,
      );
      await expect(article.locator('[data-warning="provisional"]')).toContainText(lang === 'en' ? 'Provisional' : '暂定');
      await expectAccessible(page);
    });

    test(`orders-api (${lang}): the post-mortem names the kind and what grew; sizing warns of the trend`, async ({ page }) => {
      await page.goto(podPage(ORDERS, lang));
      const panel = page.getByRole('region', { name: lang === 'en' ? 'OOM post-mortem' : 'OOM 事后分析', exact: true });
      const kill = panel.getByRole('listitem');
      await expect(kill).toHaveCount(1);
      await expect(kill).toHaveAttribute('data-kind', 'cgroup-limit');
      await expect(kill).toContainText(lang === 'en' ? 'reached its cgroup limit' : '达到了 cgroup 限制');
      await expect(kill).toContainText(formatBytes(ORDERS_RSS_RATE, lang).slice(0, 3));
      const card = page.getByRole('region', { name: lang === 'en' ? 'Right-size' : '容量建议', exact: true });
      await expect(card.locator('[data-warning="trend-up"]')).toContainText(
        lang === 'en' ? 'Raising the limit only delays the next kill' : '提高限制只会推迟下一次 kill',
      );
      await expect(card.locator('[data-warning="oom-killed"]')).toBeVisible();
    });
  }

  test('the knobs live in the URL and change the numbers', async ({ page }) => {
    await page.goto(podPage('log-indexer-0', 'en', '&headroom=50&cache=0'));
    const article = page.getByRole('article', { name: 'Right-size: indexer' });
    const rec = modelRecommendation('log-indexer-0', 'indexer', 0, 0.5);
    await expect(article.locator('[data-field="recommended-limit"]')).toHaveText(formatBytes(rec.limitBytes, 'en', { trimWhole: true }));
    await page.getByLabel('Headroom (%)').fill('20');
    await expect(page).toHaveURL(/[?&]headroom=20(&|$)/);
    await expect(article.locator('[data-field="recommended-limit"]')).toHaveText(
      formatBytes(modelRecommendation('log-indexer-0', 'indexer', 0, 0.2).limitBytes, 'en', { trimWhole: true }),
    );
  });
});

test.describe('namespace sweep', () => {
  for (const lang of ['en', 'zh'] as const) {
    test(`the page-cache filter and the sizing table (${lang})`, async ({ page }) => {
      const ns = new NamespacePage(page);
      await ns.open('demo', 'demo', demoWindow().end, { lang, pagecache: 'true', sizing: 'true', srange: '1h' });
      const listName = lang === 'en' ? 'Pods in demo' : 'demo 中的 Pod';
      expect(modelPageCacheOnlyPods()).toContain('log-indexer-0');
      await expect(ns.rows(listName)).toHaveCount(modelPageCacheOnlyPods().length);
      await expect(ns.row('log-indexer-0', listName)).toContainText(lang === 'en' ? 'page cache only' : '只是页缓存');
      const table = page.getByRole('table', { name: lang === 'en' ? 'Sizing of demo' : 'demo 的容量建议' });
      const containers = DEMO_PODS.reduce((n, p) => n + p.containers.length, 0);
      await expect(table.getByRole('row')).toHaveCount(containers + 1);
      const rec = modelRecommendation('log-indexer-0', 'indexer');
      await expect(table.getByRole('row', { name: /log-indexer-0/ })).toContainText(formatBytes(rec.limitBytes, lang, { trimWhole: true }));
      await expect(page.getByRole('link', { name: lang === 'en' ? 'Download CSV' : '下载 CSV' })).toHaveAttribute('href', /^data:text\/csv/);
      const yaml = page.getByRole('link', { name: lang === 'en' ? 'Download YAML patch' : '下载 YAML patch' });
      const href = decodeURIComponent((await yaml.getAttribute('href')) ?? '');
      expect(href).toContain(`kind: StatefulSet\nmetadata:\n  name: log-indexer\n  namespace: demo`);
      expect(href).toContain(`memory: ${rec.limitBytes / MiB}Mi`);
      await expectAccessible(page);
    });
  }
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 375, height: 800 } });
  test('the card, the post-mortem and the sizing table fit 375 px', async ({ page }) => {
    await page.goto(podPage(ORDERS, 'en'));
    await expect(page.getByRole('region', { name: 'OOM post-mortem', exact: true }).getByRole('listitem')).toHaveCount(1);
    await expect(page.getByRole('article', { name: 'Right-size: api' }).locator('[data-field="recommended-limit"]')).not.toBeEmpty();
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
    const ns = new NamespacePage(page);
    await ns.open('demo', 'demo', demoWindow().end, { sizing: 'true', srange: '1h' });
    await expect(page.getByRole('table', { name: 'Sizing of demo' })).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
  });
});
