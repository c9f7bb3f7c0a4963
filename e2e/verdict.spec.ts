import { buildVerdict } from '../lib/memory/verdict';
import { formatBytes, formatPercent } from '../lib/i18n/format';
import type { Locale } from '../lib/i18n/locales';
import { renderVerdict } from '../lib/i18n/verdict-text';
import { NODE_AVAILABLE_BYTES, NODE_MEMORY_BYTES, SEED_PHASES } from '../scripts/scenarios/demo';
import { DEMO_PODS, demoWindow, expectedAt } from './demo-model';
import { expect, expectAccessible, test } from './fixtures';
import { PodPage } from './pages/pod-page';

const SEED = 'ta-7b6f5d56fb-94svm';
const ORDERS_OOM_MINUTE = 24;

/** The verdict a container should get at time t, from the scenario model (not from the API). */
function expectedVerdict(pod: string, container: string, t: number, locale: Locale): string {
  const layers = expectedAt(pod, container, t);
  const spec = DEMO_PODS.find((p) => p.pod === pod)?.containers.find((c) => c.name === container);
  if (!layers || !spec) throw new Error(`no model for ${pod}/${container}`);
  const kills = pod.startsWith('orders-api') ? 1 : 0;
  return renderVerdict(buildVerdict({ ...layers, limitBytes: spec.limitBytes, oomKillsInRange: kills }), locale);
}

test.describe('verdicts at the latest instant', () => {
  test('seed pod, phase C, in English: the sentence an SRE pastes', async ({ page }) => {
    const pod = new PodPage(page);
    await pod.open('demo', 'demo', SEED, demoWindow());
    await expect(pod.verdict('Container ta')).toHaveText(
      "The platform is right: working set 128.5 MiB (50.2 % of the 256 MiB limit) = 28.3 MiB process memory (RSS) + 100.3 MiB page cache read more than once (active_file) + 0.0 MiB other. `top` in the pod takes its header from the node's /proc/meminfo, and cache read with read() shows in no process's RES.",
    );
  });

  for (const locale of ['en', 'zh'] as const) {
    for (const scenario of DEMO_PODS) {
      test(`${scenario.pod} (${locale})`, async ({ page }) => {
        const pod = new PodPage(page);
        const win = demoWindow();
        await pod.open('demo', 'demo', scenario.pod, win, locale);
        for (const c of scenario.containers) {
          const title = locale === 'zh' ? `容器 ${c.name}` : `Container ${c.name}`;
          await expect(pod.verdict(title)).toHaveText(expectedVerdict(scenario.pod, c.name, win.end, locale));
        }
      });
    }
  }

  test('the Chinese page is in Chinese and passes axe', async ({ page }) => {
    const pod = new PodPage(page);
    await pod.open('demo', 'demo', SEED, demoWindow(), 'zh');
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await expect(pod.verdict('容器 ta')).toContainText('平台没有算错：工作集 128.5 MiB（256 MiB 限制的 50.2%）');
    await expect(page.getByRole('heading', { name: '应该对哪个数字告警' })).toBeVisible();
    await expectAccessible(page);
  });
});

test('clicking a chart pins the instant in the URL and explains it; the link reproduces it', async ({ page }) => {
  const pod = new PodPage(page);
  const win = demoWindow();
  await pod.open('demo', 'demo', SEED, win);
  await pod.click('Container ta', 0.1);
  await expect(page).toHaveURL(/[?&]at=\d+/);
  const at = Number(new URL(page.url()).searchParams.get('at'));
  expect(at).toBeLessThan(win.start + 20 * 60);
  const a = SEED_PHASES.A;
  const wantA = expectedVerdict(SEED, 'ta', at, 'en');
  expect(wantA).toContain(`working set ${formatBytes(a.rss + a.cache - a.inactiveFile, 'en')}`);
  await expect(pod.verdict('Container ta')).toHaveText(wantA);
  await expect(pod.stat('Container ta', 'RSS')).toHaveText(formatBytes(a.rss, 'en'));
  await page.reload();
  await expect(pod.verdict('Container ta')).toHaveText(wantA);
  await page.getByRole('button', { name: 'Back to the latest' }).click();
  await expect(page).not.toHaveURL(/[?&]at=/);
  await expect(pod.verdict('Container ta')).toContainText('working set 128.5 MiB');
});

test('orders-api: the OOM kill is marked on the chart and listed, and the advisor counts it', async ({ page }) => {
  const pod = new PodPage(page);
  const win = demoWindow();
  await pod.open('demo', 'demo', 'orders-api-5f7c9d-x2x9q', win);
  const killAt = new Date((win.start + ORDERS_OOM_MINUTE * 60) * 1000).toISOString().slice(11, 19);
  await expect(page.getByText(`Events in this range: OOM kill of api at ${killAt}.`)).toBeVisible();
  await expect(pod.chart('Container api').getByText('OOM kill')).toBeVisible();
  const advisor = page.getByRole('article', { name: 'Which number to alert on: api' });
  await expect(advisor).toContainText('1 OOM kill, 1 restart in this range.');
  await advisor.getByText('PrometheusRule for the recommendation').click();
  await expect(advisor.locator('pre')).toContainText('namespace: demo');
});

test('the tools card says what kubectl top, top and the limit show for the seed pod', async ({ page }) => {
  const pod = new PodPage(page);
  await pod.open('demo', 'demo', SEED, demoWindow());
  const tools = page.getByRole('table', { name: 'What each tool shows: ta' });
  await expect(tools.getByRole('row', { name: /kubectl top pod/ })).toContainText(`128.5 MiB(${formatPercent(134778880 / 268435456, 'en')})`);
  // node_exporter's MemTotal − MemAvailable for the pod's node, found through kube_pod_info.
  await expect(tools.getByRole('row', { name: /top's header/ })).toContainText(`${formatBytes(NODE_MEMORY_BYTES - NODE_AVAILABLE_BYTES, 'en')} used of ${formatBytes(NODE_MEMORY_BYTES, 'en')}`);
  await expect(tools.getByRole('row', { name: /Limit the kernel enforces/ })).toContainText('256 MiB');
});

test('checkout: the page gives both pod totals and explains the gap (pause sandbox)', async ({ page }) => {
  const pod = new PodPage(page);
  const win = demoWindow();
  await pod.open('demo', 'demo', 'checkout-6d9f8b-k2x7w', win);
  const app = expectedAt('checkout-6d9f8b-k2x7w', 'app', win.end);
  const envoy = expectedAt('checkout-6d9f8b-k2x7w', 'envoy', win.end);
  if (!app || !envoy) throw new Error('no model data');
  const sum = app.workingSet + envoy.workingSet;
  const pause = 40 * 1024 + 600 * 1024; // the generator's pause container: rss 40 KiB + kernel 600 KiB, nothing inactive
  await expect(page.getByRole('region', { name: 'Two pod totals' })).toContainText(
    `kubectl top pod sums the containers: ${formatBytes(sum, 'en')}. The pod's own cgroup, which the kubelet's summary API reports for the pod, holds ${formatBytes(sum + pause, 'en')}: ${formatBytes(pause, 'en')} more`,
  );
});
