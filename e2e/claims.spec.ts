import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { realFixture } from '../lib/testing/real-fixtures';
import { demoWindow } from './demo-model';
import { expect, test } from './fixtures';
import { PodPage } from './pages/pod-page';

/**
 * The sentences docs/claims.md backs with kernel, cAdvisor and kubelet sources, pinned word for word in
 * both languages. They are written out here, not read from the catalogue, so a change to a claim has to
 * be made (and checked against its source) twice.
 */

const SEED_POD = 'ta-7b6f5d56fb-94svm';

const POD_PAGE = {
  en: {
    legend: 'What the layers mean',
    tools: 'What each tool shows: ta',
    sentences: [
      // The limit caps usage, not the working set (memory.max in the cgroup v2 admin guide; try_charge_memcg).
      'Working set = RSS + active page cache + other = usage − inactive page cache. kubectl top, the platform and most alerts show it; kubelet eviction ranks by it. The limit caps usage, page cache included: the kernel reclaims first and OOM-kills only when reclaim fails.',
      // Other is not all unreclaimable: slab_reclaimable, shmem (memory.stat in the cgroup v2 admin guide; shrink_node_memcgs).
      'Kernel memory charged to the container (slab, kernel stacks, page tables, sockets) and shmem/tmpfs (memory-backed emptyDir). Dropping page cache does not free it; reclaimable slab (dentries, inodes) shrinks under pressure, shmem only by deleting files or by swap.',
      'File pages not used again lately (inactive_file). Reclaim takes them first, so cAdvisor leaves them out: working set = usage − inactive_file.',
      // Only cAdvisor metrics here: say other may include reclaimable slab.
      'Other is working set − RSS − active page cache: cAdvisor does not split it, so it may include reclaimable slab (dentries, inodes) that the kernel can still free.',
    ],
    toolRow: 'What reclaim leaves (OOM risk)',
  },
  zh: {
    legend: '各层的含义',
    tools: '各个工具显示的是什么: ta',
    sentences: [
      '工作集 = RSS + 活跃页缓存 + 其他 = 使用量 − 非活跃页缓存。kubectl top、平台和大多数告警显示的就是它，kubelet 驱逐也按它排序。限制作用于使用量（含页缓存）：内核先回收，回收失败才 OOM kill。',
      '计入容器的内核内存（slab、内核栈、页表、socket）和 shmem/tmpfs（内存型 emptyDir）。丢弃页缓存释放不了它；可回收 slab（dentry、inode）在压力下会收缩，shmem 只有删除文件或换出到交换区才会释放。',
      '最近没有再被访问的文件页（inactive_file）。回收最先拿走它们，所以 cAdvisor 不计入：工作集 = 使用量 − inactive_file。',
      '其他 = 工作集 − RSS − 活跃页缓存：cAdvisor 不拆分它，所以其中可能有内核仍可释放的可回收 slab（dentry、inode）。',
    ],
    toolRow: '回收后剩下的（OOM 风险）',
  },
} as const;

for (const locale of ['en', 'zh'] as const) {
  test(`${locale}: the pod page says the limit caps usage and that other may hold reclaimable slab`, async ({ page }) => {
    const want = POD_PAGE[locale];
    await new PodPage(page).open('demo', 'demo', SEED_POD, demoWindow(), locale);
    const legend = page.getByRole('region', { name: want.legend });
    await expect(legend).toContainText(want.sentences[0]);
    await expect(legend).toContainText(want.sentences[1]);
    await expect(legend).toContainText(want.sentences[2]);
    await expect(page.getByText(want.sentences[3], { exact: true })).toBeVisible();
    await expect(page.getByRole('table', { name: want.tools })).toContainText(want.toolRow);
    // The sentences this issue corrected are gone.
    await expect(page.locator('main')).not.toContainText(locale === 'en' ? 'the limit applies to it' : '限制也作用于它');
    await expect(page.locator('main')).not.toContainText(locale === 'en' ? 'not reclaimable by dropping cache' : '丢弃缓存也回收不了');
  });
}

// The real cgroup v2 memory.stat (telegraf): other 2,066,489,344 B (1,970.8 MiB), of which slab_reclaimable
// 2,032,322,192 B (1,938.2 MiB), slab_unreclaimable 5,318,968 B (5.1 MiB), kernel_stack 9,699,328 B
// (9.3 MiB), shmem 4,096 B (0.0 MiB), rest 19,144,760 B (18.3 MiB).
const V2 = readFileSync(realFixture('influxdata__telegraf', 'memory.stat'), 'utf8');
const V1 = readFileSync(realFixture('elastic__elastic-agent-system-metrics', 'memory.stat'), 'utf8');

const ANALYZE = {
  en: {
    result: 'Result',
    stat: 'memory.stat',
    usage: 'Usage (optional)',
    submit: 'Analyze',
    verdict:
      'There is no memory limit: working set 9,666.1 MiB = 2,357.3 MiB process memory (RSS) + 5,338.1 MiB page cache read more than once (active_file) + 1,970.8 MiB other. Nothing stops this container from growing until the node runs short; then the kubelet evicts pods, those above their memory request first. Of the 1,970.8 MiB other, the kernel can still reclaim up to 1,938.2 MiB: reclaimable slab (dentries, inodes), freed under memory pressure.',
    rows: [
      ['of which reclaimable slab', '1,938.2 MiB'],
      ['of which unreclaimable slab', '5.1 MiB'],
      ['of which kernel stacks', '9.3 MiB'],
      ['of which shmem/tmpfs', '0.0 MiB'],
      ['of which rest (page tables, sockets, …)', '18.3 MiB'],
    ],
    v1: 'cgroup v1 keeps kernel memory out of memory.stat (it is in memory.kmem.*): the 17.0 MiB other may include reclaimable slab, which the kernel frees under memory pressure.',
  },
  zh: {
    result: '结果',
    stat: 'memory.stat',
    usage: '使用量（可选）',
    submit: '分析',
    verdict:
      '没有设置内存限制：工作集 9,666.1 MiB = 2,357.3 MiB 进程内存（RSS）+ 5,338.1 MiB 多次读取的页缓存（active_file）+ 1,970.8 MiB 其他。在节点内存不足之前，没有什么能阻止这个容器继续增长；届时 kubelet 会驱逐 Pod，先驱逐超出内存请求的。其他 1,970.8 MiB 中，内核仍可回收最多 1,938.2 MiB：可回收 slab（dentry、inode），在内存压力下释放。',
    rows: [
      ['其中 可回收 slab', '1,938.2 MiB'],
      ['其中 不可回收 slab', '5.1 MiB'],
      ['其中 内核栈', '9.3 MiB'],
      ['其中 shmem/tmpfs', '0.0 MiB'],
      ['其中 其余（页表、socket 等）', '18.3 MiB'],
    ],
    v1: 'cgroup v1 的 memory.stat 不含内核内存（它在 memory.kmem.* 里）：其他 17.0 MiB 中可能有可回收 slab，内核在内存压力下会释放它。',
  },
} as const;

/** Pastes a memory.stat with its usage into /analyze and returns the result region. */
async function analyze(page: Page, locale: 'en' | 'zh', stat: string, usage: string): Promise<Locator> {
  const want = ANALYZE[locale];
  await page.goto(`/analyze?lang=${locale}`);
  await page.getByLabel(want.stat).fill(stat);
  await page.getByLabel(want.usage).fill(usage);
  await page.getByRole('button', { name: want.submit, exact: true }).click();
  return page.getByRole('region', { name: want.result });
}

for (const locale of ['en', 'zh'] as const) {
  test(`${locale}: /analyze on the real cgroup v2 file says 1,938.2 MiB of the 1,970.8 MiB other is reclaimable slab`, async ({ page }) => {
    const want = ANALYZE[locale];
    const result = await analyze(page, locale, V2, '13071106048');
    await expect(result.getByText(want.verdict, { exact: true })).toBeVisible();
    for (const [name, size] of want.rows) {
      await expect(result.getByRole('row', { name: new RegExp(`^${name.replace(/[()…]/g, '\\$&')}`) })).toContainText(size);
    }
  });

  test(`${locale}: /analyze on the real cgroup v1 file says what v1 cannot tell`, async ({ page }) => {
    const want = ANALYZE[locale];
    const result = await analyze(page, locale, V1, '1215860736');
    await expect(result).toContainText(want.v1);
    // v1's memory.stat has only total_shmem (0 here): no slab rows.
    await expect(result.getByRole('row', { name: new RegExp(want.rows[3][0]) })).toContainText('0.0 MiB');
    await expect(result.getByRole('row', { name: new RegExp(want.rows[0][0]) })).toHaveCount(0);
  });
}

const LEARN = {
  en: [
    'Reclaim frees little of them (shmem only by swap, kernel memory only its reclaimable slab): they do cause OOM kills.',
    'RES in top’s process list is per process: its anonymous memory plus the file pages it maps, not the rest of the page cache; shared pages count once per process.',
    'A cache page is charged to the container that first read or wrote it: it is in that pod’s usage, yet no process in top owns it.',
  ],
  zh: [
    '回收几乎释放不了它们（shmem 只能换出，内核内存只有可回收 slab 能释放）：它们确实会导致 OOM。',
    'top 进程列表中的 RES 是单个进程的：它的匿名内存加上它映射的文件页，不含其余页缓存；共享页在每个进程里各算一次。',
    '缓存页计入最先读写它的容器：它算在该 Pod 的 usage 里，但在 top 里找不到哪个进程占用了它。',
  ],
} as const;

for (const locale of ['en', 'zh'] as const) {
  test(`${locale}: the learn page's corrected claims`, async ({ page }) => {
    await page.goto(`/learn?lang=${locale}`);
    for (const sentence of LEARN[locale]) await expect(page.locator('main')).toContainText(sentence);
  });
}
