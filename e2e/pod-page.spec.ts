import { formatBytes, formatPercent } from '../lib/i18n/format';
import { SEED_PHASES, seedPhaseAt } from '../scripts/scenarios/demo';
import { demoWindow, expectedAt } from './demo-model';
import { expect, expectAccessible, test } from './fixtures';
import { PodPage } from './pages/pod-page';

const formatMiB = (b: number) => formatBytes(b, 'en');

const SEED_POD = 'ta-7b6f5d56fb-94svm';

/** The unix time of a tooltip caption (HH:MM:SS, UTC) inside the demo window. */
function hoveredTime(caption: string, win: { start: number }): number {
  const [hh, mm, ss] = caption.split(':').map(Number);
  const dayStart = Math.floor(win.start / 86400) * 86400;
  const t = dayStart + (hh ?? 0) * 3600 + (mm ?? 0) * 60 + (ss ?? 0);
  return t < win.start ? t + 86400 : t;
}
const LIMIT = 256 * 1024 * 1024;

test.describe('the seed experiment pod', () => {
  for (const [phase, fraction] of [
    ['A', 0.1],
    ['B', 0.5],
    ['C', 0.9],
  ] as const) {
    test(`phase ${phase}: the tooltip shows the seed's memory.stat numbers in MiB and % of the 256 MiB limit`, async ({ page }) => {
      const pod = new PodPage(page);
      const win = demoWindow();
      await pod.open('demo', 'demo', SEED_POD, win);
      const table = await pod.hover('Container ta', fraction);
      const caption = await table.locator('caption').innerText();
      const t = hoveredTime(caption, win);
      expect(seedPhaseAt((t - win.start) / 60), `hovered ${caption}`).toBe(phase);
      const p = SEED_PHASES[phase];
      const usage = p.rss + p.cache;
      const wss = usage - p.inactiveFile;
      const want: Array<[string, number]> = [
        ['Process memory \\(RSS\\)', p.rss],
        ['Active page cache', p.activeFile],
        ['Other', wss - p.rss - p.activeFile],
        ['Working set', wss],
        ['Inactive page cache', p.inactiveFile],
        ['Usage', usage],
      ];
      for (const [label, bytes] of want) {
        expect(await pod.tooltipRow(table, label), label).toEqual([formatMiB(bytes), formatPercent(bytes / LIMIT, 'en')]);
      }
    });
  }

  test('legend says what each layer is and which number kubectl top shows; limit and request are labelled', async ({ page }) => {
    const pod = new PodPage(page);
    await pod.open('demo', 'demo', SEED_POD, demoWindow());
    const legend = page.getByRole('region', { name: 'What the layers mean' });
    await expect(legend).toContainText('Active page cache.');
    await expect(legend).toContainText('Inactive page cache. File pages not used again lately (inactive_file).');
    await expect(legend).toContainText('kubectl top, the platform and most alerts show it');
    const card = pod.section('Container ta');
    await expect(card).toContainText('limit 256 MiB · request 128 MiB');
    // Phase C at the end of the window: 128.5 MiB working set, 50.2 % of the limit.
    await expect(pod.stat('Container ta', 'Working set')).toHaveText('128.5 MiB50.2 % of limit');
    await expect(pod.chart('Container ta').getByText('limit 256 MiB')).toBeVisible();
    await expectAccessible(page);
  });
});

test('checkout: exactly two containers (no pod cgroup, no pause), and the pod total equals app + envoy', { tag: '@engine' }, async ({ page }) => {
  const pod = new PodPage(page);
  const win = demoWindow();
  await pod.open('demo', 'demo', 'checkout-6d9f8b-k2x7w', win);
  await expect(pod.containerSections()).toHaveCount(2);
  await expect(pod.section('Container app')).toBeVisible();
  await expect(pod.section('Container envoy')).toBeVisible();
  const app = expectedAt('checkout-6d9f8b-k2x7w', 'app', win.end);
  const envoy = expectedAt('checkout-6d9f8b-k2x7w', 'envoy', win.end);
  if (!app || !envoy) throw new Error('the model has no checkout data at the window end');
  await expect(pod.stat('Container app', 'Working set')).toHaveText(new RegExp(`^${formatMiB(app.workingSet)}`));
  await expect(pod.stat('Container envoy', 'Working set')).toHaveText(new RegExp(`^${formatMiB(envoy.workingSet)}`));
  await expect(pod.stat('Pod total', 'Working set')).toHaveText(new RegExp(`^${formatMiB(app.workingSet + envoy.workingSet)}`));
  await expect(pod.section('Pod total')).toContainText('Sum of 2 containers (app + envoy) — what kubectl top pod shows.');
  const table = await pod.hover('Pod total', 0.5);
  const [wssText] = await pod.tooltipRow(table, 'Working set');
  const caption = await table.locator('caption').innerText();
  const t = hoveredTime(caption, win);
  const [appAt, envoyAt] = [expectedAt('checkout-6d9f8b-k2x7w', 'app', t), expectedAt('checkout-6d9f8b-k2x7w', 'envoy', t)];
  if (!appAt || !envoyAt) throw new Error(`the model has no checkout data at ${caption}`);
  expect(wssText, `pod total at ${caption}`).toBe(formatMiB(appAt.workingSet + envoyAt.workingSet));
});

test.describe('a name that is not a Kubernetes name', () => {
  test.use({ allowConsole: /status of 400|HTTP 400 \/api\/v1\/clusters\/demo\/namespaces\/demo\/pods\/Bad_Pod\/memory/ });
  test("shows the server's 400 message instead of querying", async ({ page }) => {
    const pod = new PodPage(page);
    await pod.open('demo', 'demo', 'Bad_Pod', demoWindow());
    await expect(page.getByRole('alert').filter({ hasText: 'Could not load' })).toContainText('pod "Bad_Pod" is not a valid Kubernetes pod name');
  });
});

test.describe('a pod that does not exist', () => {
  test.use({ allowConsole: /status of 404|HTTP 404 \/api\/v1\/clusters\/demo\/namespaces\/demo\/pods\/does-not-exist\/memory/ });
  test("shows the server's 404 message", async ({ page }) => {
    const pod = new PodPage(page);
    await pod.open('demo', 'demo', 'does-not-exist', demoWindow());
    const alert = page.getByRole('alert').filter({ hasText: 'Could not load' });
    await expect(alert).toContainText("Could not load this pod's memory.");
    await expect(alert).toContainText('no memory series for pod demo/does-not-exist in cluster demo');
  });
});

test('renderer: 200 MiB of memory-backed emptyDir lands in "other"', { tag: '@engine' }, async ({ page }) => {
  const pod = new PodPage(page);
  const win = demoWindow();
  await pod.open('demo', 'demo', 'renderer-0', win);
  const want = expectedAt('renderer-0', 'renderer', win.end);
  await expect(pod.stat('Container renderer', 'Other')).toHaveText(formatMiB(want?.other ?? NaN));
  expect(want?.other).toBe(205 * 1024 * 1024);
});

test('batch: no limit is said in words and no limit line is drawn', async ({ page }) => {
  const pod = new PodPage(page);
  await pod.open('demo', 'demo', 'batch-28d1c', demoWindow());
  await expect(pod.section('Container job')).toContainText('no limit set');
  await expect(pod.chart('Container job').getByText(/^limit /)).toHaveCount(0);
});

test('batch: swap is drawn as its own band and named in the tooltip once the node swaps', { tag: '@engine' }, async ({ page }) => {
  const pod = new PodPage(page);
  await pod.open('demo', 'demo', 'batch-28d1c', demoWindow());
  await pod.hover('Container job', 0.9);
  await expect(page.getByText('Swap: 64.0 MiB swapped out (counted in neither usage nor working set).')).toBeVisible();
  await pod.hover('Container job', 0.1);
  await expect(page.getByText(/^Swap: /)).toHaveCount(0);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 375, height: 800 } });
  test('the seed pod is readable at 375 px without horizontal scrolling', async ({ page }) => {
    const pod = new PodPage(page);
    await pod.open('demo', 'demo', SEED_POD, demoWindow());
    await expect(pod.stat('Container ta', 'Working set')).toHaveText(/^128\.5 MiB/);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
