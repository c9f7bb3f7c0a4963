import { formatBytes, formatPercent } from '../lib/i18n/format';
import type { Locale } from '../lib/i18n/locales';
import { NODE_AVAILABLE_BYTES, NODE_MEMORY_BYTES, SEED_PHASES } from '../scripts/scenarios/demo';
import { DEMO_PODS, demoWindow, expectedAt } from './demo-model';
import { expect, expectAccessible, test } from './fixtures';
import { PodPage } from './pages/pod-page';

const SEED = 'ta-7b6f5d56fb-94svm';
const ORDERS_OOM_MINUTE = 24;

/**
 * The verdict each demo container gets at the end of the demo window, per language: written out here from
 * the scenario model (scripts/scenarios/demo.ts) by hand-checkable arithmetic, never produced by the code
 * under test. E.g. log-indexer: 182 + 700 + 12 = 894 MiB of a 1,024 MiB limit (87.3 %), 78 % of it active
 * page cache → "mostly active cache"; renderer: 205 of 388 MiB is other (53 %) → "large other".
 */
const LATEST_VERDICTS: Record<string, Record<string, Record<Locale, string>>> = {
  'ta-7b6f5d56fb-94svm': {
    ta: {
      en: "The platform is right: working set 128.5 MiB (50.2 % of the 256 MiB limit) = 28.3 MiB process memory (RSS) + 100.3 MiB page cache read more than once (active_file) + 0.0 MiB other. `top` in the pod takes its header from the node's /proc/meminfo, and cache read with read() shows in no process's RES.",
      zh: '平台没有算错：工作集 128.5 MiB（256 MiB 限制的 50.2%）= 28.3 MiB 进程内存（RSS）+ 100.3 MiB 多次读取的页缓存（active_file）+ 0.0 MiB 其他。Pod 里 `top` 顶部的数字来自节点的 /proc/meminfo，用 read() 读入的页缓存也不会出现在任何进程的 RES 里。',
    },
  },
  'log-indexer-0': {
    indexer: {
      en: "The platform is right: working set 894.0 MiB (87.3 % of the 1,024 MiB limit) = 182.0 MiB process memory (RSS) + 700.0 MiB page cache read more than once (active_file) + 12.0 MiB other. `top` in the pod takes its header from the node's /proc/meminfo, and cache read with read() shows in no process's RES.",
      zh: '平台没有算错：工作集 894.0 MiB（1,024 MiB 限制的 87.3%）= 182.0 MiB 进程内存（RSS）+ 700.0 MiB 多次读取的页缓存（active_file）+ 12.0 MiB 其他。Pod 里 `top` 顶部的数字来自节点的 /proc/meminfo，用 read() 读入的页缓存也不会出现在任何进程的 RES 里。',
    },
  },
  'orders-api-5f7c9d-x2x9q': {
    api: {
      en: 'The container was OOM-killed once in this range: working set 430.0 MiB (84 % of the 512 MiB limit) = 420.0 MiB process memory (RSS) + 6.0 MiB page cache read more than once (active_file) + 4.0 MiB other. The kernel OOM-kills when usage hits the limit and reclaim cannot free enough; page cache goes first, so look at process memory and other.',
      zh: '这个容器在所选时间范围内被 OOM kill 了 1 次：工作集 430.0 MiB（512 MiB 限制的 84%）= 420.0 MiB 进程内存（RSS）+ 6.0 MiB 多次读取的页缓存（active_file）+ 4.0 MiB 其他。使用量达到限制、回收又腾不出足够空间时，内核才会 OOM kill；页缓存最先被回收，所以请关注进程内存和其他。',
    },
  },
  'checkout-6d9f8b-k2x7w': {
    app: {
      en: "The platform is right: working set 446.0 MiB (58.1 % of the 768 MiB limit) = 306.0 MiB process memory (RSS) + 120.0 MiB page cache read more than once (active_file) + 20.0 MiB other. Most of it is the processes' own memory: look at the application (heap, caches it keeps), not at the page cache.",
      zh: '平台没有算错：工作集 446.0 MiB（768 MiB 限制的 58.1%）= 306.0 MiB 进程内存（RSS）+ 120.0 MiB 多次读取的页缓存（active_file）+ 20.0 MiB 其他。大部分是进程自己的内存：请检查应用本身（堆、它保留的缓存），而不是页缓存。',
    },
    envoy: {
      en: "The platform is right: working set 49.0 MiB (38.3 % of the 128 MiB limit) = 40.0 MiB process memory (RSS) + 5.0 MiB page cache read more than once (active_file) + 4.0 MiB other. Most of it is the processes' own memory: look at the application (heap, caches it keeps), not at the page cache.",
      zh: '平台没有算错：工作集 49.0 MiB（128 MiB 限制的 38.3%）= 40.0 MiB 进程内存（RSS）+ 5.0 MiB 多次读取的页缓存（active_file）+ 4.0 MiB 其他。大部分是进程自己的内存：请检查应用本身（堆、它保留的缓存），而不是页缓存。',
    },
  },
  // search: 622.0 + 116.1 + 10.0 = 748.0 MiB of 768 MiB (97.4 %); RSS + other = 632.0 MiB, 82.3 % of the limit; 900 major
  // faults a second while at 97 % of the limit (the model's majorFaultsPerSecond) → the cache is thrashed.
  'search-7d8f6c9b5-p4m2z': {
    search: {
      en: "The working set is near the limit and the page cache is thrashing: working set 748.0 MiB (97.4 % of the 768 MiB limit) = 622.0 MiB process memory (RSS) + 116.1 MiB page cache read more than once (active_file) + 10.0 MiB other. Process memory and other are only 82.3 % of the limit, but the kernel keeps dropping page cache this container reads again, so it waits on memory and on the disk (PSI stalls or major page faults over the range). The limit is too small for this workload's cache: raise it, or make it read less.",
      zh: '工作集接近限制，页缓存在颠簸：工作集 748.0 MiB（768 MiB 限制的 97.4%）= 622.0 MiB 进程内存（RSS）+ 116.1 MiB 多次读取的页缓存（active_file）+ 10.0 MiB 其他。进程内存和其他只占限制的 82.3%，但内核不断丢弃这个容器还要再读的页缓存，它只好等内存、等磁盘（所选时间范围内的 PSI 停顿或主缺页）。对这个负载的页缓存来说，限制太小了：调大限制，或让它少读一些。',
    },
  },
  'renderer-0': {
    renderer: {
      en: 'The platform is right: working set 388.0 MiB (75.8 % of the 512 MiB limit) = 153.0 MiB process memory (RSS) + 30.0 MiB page cache read more than once (active_file) + 205.0 MiB other. 205.0 MiB is kernel memory or tmpfs/shmem (files in /tmp, /dev/shm or a memory-backed emptyDir), which no process shows in `top`. Of it, the kernel can reclaim only slab such as dentries and inodes; shmem goes when its files are deleted, or to swap.',
      zh: '平台没有算错：工作集 388.0 MiB（512 MiB 限制的 75.8%）= 153.0 MiB 进程内存（RSS）+ 30.0 MiB 多次读取的页缓存（active_file）+ 205.0 MiB 其他。其中 205.0 MiB 是内核内存或 tmpfs/shmem（写入 /tmp、/dev/shm 或内存型 emptyDir 的文件），`top` 里没有哪个进程显示它。其中内核只能回收 dentry、inode 这类 slab；shmem 要等文件被删除，或换出到交换区。',
    },
  },
  'batch-28d1c': {
    job: {
      en: 'There is no memory limit: working set 676.0 MiB = 620.0 MiB process memory (RSS) + 50.0 MiB page cache read more than once (active_file) + 6.0 MiB other. Nothing stops this container from growing until the node runs short; then the kubelet evicts pods, those above their memory request first.',
      zh: '没有设置内存限制：工作集 676.0 MiB = 620.0 MiB 进程内存（RSS）+ 50.0 MiB 多次读取的页缓存（active_file）+ 6.0 MiB 其他。在节点内存不足之前，没有什么能阻止这个容器继续增长；届时 kubelet 会驱逐 Pod，先驱逐超出内存请求的。',
    },
  },
};

/** The seed pod in phase A (idle): 25.6 MiB RSS + 0.2 MiB active cache = 25.9 MiB, 10.1 % of 256 MiB. */
const SEED_PHASE_A_VERDICT =
  "The platform is right: working set 25.9 MiB (10.1 % of the 256 MiB limit) = 25.6 MiB process memory (RSS) + 0.2 MiB page cache read more than once (active_file) + 0.0 MiB other. Most of it is the processes' own memory: look at the application (heap, caches it keeps), not at the page cache.";

test.describe('verdicts at the latest instant', () => {
  test('seed pod, phase C, in English: the sentence an SRE pastes', async ({ page }) => {
    const pod = new PodPage(page);
    await pod.open('demo', 'demo', SEED, demoWindow());
    await expect(pod.verdict('Container ta')).toHaveText(
      "The platform is right: working set 128.5 MiB (50.2 % of the 256 MiB limit) = 28.3 MiB process memory (RSS) + 100.3 MiB page cache read more than once (active_file) + 0.0 MiB other. `top` in the pod takes its header from the node's /proc/meminfo, and cache read with read() shows in no process's RES.",
    );
  });

  for (const scenario of DEMO_PODS) {
    test(`${scenario.pod} (en)`, { tag: '@engine' }, async ({ page }) => {
      const pod = new PodPage(page);
      await pod.open('demo', 'demo', scenario.pod, demoWindow(), 'en');
      for (const c of scenario.containers) {
        await expect(pod.verdict(`Container ${c.name}`)).toHaveText(LATEST_VERDICTS[scenario.pod]?.[c.name]?.en ?? `no literal for ${scenario.pod}/${c.name}`);
      }
    });
  }

  // The page and summary.md write the verdict with the same renderer (lib/i18n/verdict-text.ts); the
  // pages above prove the page shows it, so the Chinese words of every pod are read from summary.md of
  // the same range, and the Chinese page itself is checked below.
  test('every demo pod in Chinese (summary.md of the same range)', async ({ request }) => {
    const { start, end } = demoWindow();
    for (const scenario of DEMO_PODS) {
      const res = await request.get(`/api/v1/clusters/demo/namespaces/demo/pods/${scenario.pod}/summary.md?start=${start}&end=${end}&lang=zh`);
      expect(res.status(), scenario.pod).toBe(200);
      const text = await res.text();
      for (const c of scenario.containers) {
        expect(text, `${scenario.pod}/${c.name}`).toContain(`**容器 \`${c.name}\`**：${LATEST_VERDICTS[scenario.pod]?.[c.name]?.zh ?? 'no literal'}`);
      }
    }
  });

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
  const wantA = SEED_PHASE_A_VERDICT;
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
  await expect(tools.getByRole('row', { name: /top's header/ })).toContainText(
    `${formatBytes(NODE_MEMORY_BYTES - NODE_AVAILABLE_BYTES, 'en')} used of ${formatBytes(NODE_MEMORY_BYTES, 'en')}`,
  );
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
