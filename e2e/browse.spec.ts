import { formatBytes, formatPercent } from '../lib/i18n/format';
import { DEMO_PODS, demoWindow, expectedAt } from './demo-model';
import { expect, expectAccessible, test } from './fixtures';
import { NamespacePage } from './pages/namespace-page';

interface ModelRow {
  pod: string;
  workingSet: number;
  /** Worst container's working set / limit, null when no container has a limit. */
  ofLimit: number | null;
  worst: string | null;
}

/** What each demo pod's row should say at the demo's end, from the scenario model (not from podmem's code). */
function modelRows(): ModelRow[] {
  const t = demoWindow().end;
  return DEMO_PODS.map((p) => {
    let workingSet = 0;
    let worst: { name: string; ratio: number } | null = null;
    for (const c of p.containers) {
      const layers = expectedAt(p.pod, c.name, t);
      if (!layers) throw new Error(`no model data for ${p.pod}/${c.name}`);
      workingSet += layers.workingSet;
      if (c.limitBytes === null) continue;
      const ratio = layers.workingSet / c.limitBytes;
      if (worst === null || ratio > worst.ratio) worst = { name: c.name, ratio };
    }
    return { pod: p.pod, workingSet, ofLimit: worst?.ratio ?? null, worst: worst?.name ?? null };
  });
}

const model = (pod: string): ModelRow => {
  const row = modelRows().find((r) => r.pod === pod);
  if (!row) throw new Error(`no demo pod ${pod}`);
  return row;
};

/** Worst share of limit first, then pods without a limit by working set. */
const expectedOrder = (): string[] => [...modelRows()].sort((a, b) => (b.ofLimit ?? -1) - (a.ofLimit ?? -1) || b.workingSet - a.workingSet).map((r) => r.pod);

test.describe('namespace demo at the demo end', () => {
  test('lists every demo pod, the one closest to its limit first, with the numbers of the model', { tag: '@engine' }, async ({ page }) => {
    const ns = new NamespacePage(page);
    await ns.open('demo', 'demo', demoWindow().end);
    const order = expectedOrder();
    expect(order).toHaveLength(DEMO_PODS.length);
    await expect(ns.rows()).toHaveCount(DEMO_PODS.length);
    expect(await ns.podNames()).toEqual(order);

    // The model puts search first (its heap squeezed the page cache: ~98 % of 768 MiB), then
    // log-indexer-0 (~87 % of its 1 GiB limit: page cache it keeps re-reading).
    const indexer = model('log-indexer-0');
    expect(order.slice(0, 2)).toEqual(['search-7d8f6c9b5-p4m2z', 'log-indexer-0']);
    expect(indexer.ofLimit).toBeGreaterThan(0.85);
    const first = ns.row('log-indexer-0');
    await expect(first).toContainText(formatBytes(indexer.workingSet, 'en'));
    await expect(first).toContainText(`${formatPercent(indexer.ofLimit ?? NaN, 'en')} of limit`);
    const layers = expectedAt('log-indexer-0', 'indexer', demoWindow().end);
    await expect(first).toContainText(`RSS ${formatBytes(layers?.rss ?? NaN, 'en')} · active cache ${formatBytes(layers?.activeFile ?? NaN, 'en')}`);
    await expectAccessible(page);
  });

  test('checkout sums app + envoy; batch has no limit; orders-api shows its OOM kill and restart', { tag: '@engine' }, async ({ page }) => {
    const ns = new NamespacePage(page);
    await ns.open('demo', 'demo', demoWindow().end);
    const end = demoWindow().end;
    const app = expectedAt('checkout-6d9f8b-k2x7w', 'app', end);
    const envoy = expectedAt('checkout-6d9f8b-k2x7w', 'envoy', end);
    if (!app || !envoy) throw new Error('no model data for checkout');
    const checkout = ns.row('checkout-6d9f8b-k2x7w');
    await expect(checkout).toContainText(`Working set ${formatBytes(app.workingSet + envoy.workingSet, 'en')}`);
    const worst = model('checkout-6d9f8b-k2x7w');
    await expect(checkout).toContainText(`${formatPercent(worst.ofLimit ?? NaN, 'en')} of limit (${worst.worst ?? ''})`);

    const batch = ns.row('batch-28d1c');
    await expect(batch).toContainText('no limit');
    await expect(batch).toContainText(`Working set ${formatBytes(model('batch-28d1c').workingSet, 'en')}`);

    const orders = ns.row('orders-api-5f7c9d-x2x9q');
    await expect(orders).toContainText('1 restart');
    await expect(orders).toContainText('OOMKilled');
    await expect(ns.row('log-indexer-0')).not.toContainText('OOMKilled');
  });

  test('the filter narrows the list and lives in the URL; the sort too', async ({ page }) => {
    const ns = new NamespacePage(page);
    await ns.open('demo', 'demo', demoWindow().end);
    await expect(ns.rows()).toHaveCount(DEMO_PODS.length);
    await ns.filter().fill('0');
    await expect(page).toHaveURL(/[?&]q=0(&|$)/);
    expect(await ns.podNames()).toEqual(expectedOrder().filter((p) => p.includes('0')));
    await expect(page.getByText(`${expectedOrder().filter((p) => p.includes('0')).length} of ${DEMO_PODS.length} pods`)).toBeVisible();
    await ns.filter().fill('orders');
    await expect(ns.rows()).toHaveCount(1);
    await page.reload();
    await expect(ns.filter()).toHaveValue('orders');
    await expect(ns.rows()).toHaveCount(1);
    await ns.filter().fill('nothing-like-this');
    await expect(page.getByText('No pod name contains “nothing-like-this”.')).toBeVisible();
    await page.getByRole('button', { name: 'Clear the filter' }).click();
    await expect(ns.rows()).toHaveCount(DEMO_PODS.length);
    await expect(page).not.toHaveURL(/[?&]q=/);

    await ns.sort().selectOption({ label: 'Name' });
    await expect(page).toHaveURL(/[?&]sort=name/);
    await expect.poll(() => ns.podNames()).toEqual(DEMO_PODS.map((p) => p.pod).sort());
  });

  test('clicking a pod opens its pod page at the same instant, whose breadcrumb leads back', async ({ page }) => {
    const ns = new NamespacePage(page);
    const { end } = demoWindow();
    await ns.open('demo', 'demo', end);
    await ns.row('log-indexer-0').getByRole('link', { name: 'log-indexer-0', exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`/clusters/demo/namespaces/demo/pods/log-indexer-0\\?start=${end - 3600}&end=${end}$`));
    await expect(page.getByRole('heading', { level: 1, name: 'log-indexer-0' })).toBeVisible();
    await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'demo', exact: true }).last().click();
    await expect(page).toHaveURL(/\/clusters\/demo\/namespaces\/demo$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Namespace demo' })).toBeVisible();
  });

  test('the data-source page lists the demo namespace and links to it', { tag: '@engine' }, async ({ page }) => {
    await page.goto('/clusters/demo?lang=en');
    const namespaces = page.getByRole('list', { name: 'Namespaces' });
    await expect(namespaces.getByRole('link')).toHaveText(['demo']);
    await namespaces.getByRole('link', { name: 'demo' }).click();
    await expect(page).toHaveURL(/\/clusters\/demo\/namespaces\/demo$/);
  });

  test('in Chinese', async ({ page }) => {
    const ns = new NamespacePage(page);
    await ns.open('demo', 'demo', demoWindow().end, { lang: 'zh' });
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await expect(page.getByRole('heading', { level: 1, name: '命名空间 demo' })).toBeVisible();
    const indexer = model('log-indexer-0');
    const rows = ns.rows('demo 中的 Pod');
    await expect(rows).toHaveCount(DEMO_PODS.length);
    await expect(ns.row('log-indexer-0', 'demo 中的 Pod')).toContainText(`占限制的 ${formatPercent(indexer.ofLimit ?? NaN, 'zh')}`);
    await expect(ns.row('batch-28d1c', 'demo 中的 Pod')).toContainText('无限制');
    await expect(ns.row('orders-api-5f7c9d-x2x9q', 'demo 中的 Pod')).toContainText('重启 1 次');
    await expect(ns.filter('按名称筛选 Pod')).toBeVisible();
    await expectAccessible(page);
  });
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 375, height: 800 } });
  test('readable at 375 px without horizontal scrolling', async ({ page }) => {
    const ns = new NamespacePage(page);
    await ns.open('demo', 'demo', demoWindow().end);
    await expect(ns.rows()).toHaveCount(DEMO_PODS.length);
    await expect(ns.row('orders-api-5f7c9d-x2x9q')).toContainText('OOMKilled');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBe(0);
    await expectAccessible(page);
  });
});

test('2,000 pods: only the rows near the viewport are in the page, and the last one scrolls into view', async ({ page }) => {
  // The demo has six pods; this answer of podmem's own API stands in for a big namespace (the layout is what is tested).
  const pods = Array.from({ length: 2000 }, (_, i) => ({
    pod: `pod-${String(i).padStart(4, '0')}`,
    containers: [{ container: 'app', workingSet: (i + 1) * 1048576, rss: 1048576, activeFile: 0, limitBytes: 4096 * 1048576 }],
    workingSet: (i + 1) * 1048576,
    limitBytes: 4096 * 1048576,
    ofLimit: (i + 1) / 4096,
    restarts: 0,
    oomKilled: false,
  }));
  await page.route('**/api/v1/clusters/demo/namespaces/big/pods*', (route) =>
    route.fulfill({ json: { cluster: 'demo', namespace: 'big', time: demoWindow().end, pods, warnings: [] } }),
  );
  const ns = new NamespacePage(page);
  await ns.open('demo', 'big', demoWindow().end);
  const rows = ns.rows('Pods in big');
  await expect(rows.first()).toContainText('pod-1999');
  expect(await rows.count()).toBeLessThan(60);
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await expect(ns.row('pod-0000', 'Pods in big')).toBeInViewport();
  await ns.filter().fill('pod-1234');
  await expect(rows).toHaveCount(1);
});

test.describe('errors', () => {
  test.use({ allowConsole: /status of 400|HTTP 400 \/api\/v1\/clusters\/demo\/namespaces\/Bad_NS\/pods/ });
  test('a namespace that is not a Kubernetes name gets the API message', async ({ page }) => {
    await page.goto('/clusters/demo/namespaces/Bad_NS');
    await expect(page.getByRole('alert').filter({ hasText: 'Could not load the pods' })).toContainText(
      'Could not load the pods: namespace "Bad_NS" is not a valid Kubernetes namespace name',
    );
  });
});
