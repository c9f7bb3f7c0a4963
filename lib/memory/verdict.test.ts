import { describe, expect, it } from 'vitest';
import { i18nFor } from '@/lib/testing/i18n';
import { renderVerdict } from '@/lib/i18n/verdict-text';
import { buildVerdict, type VerdictInput, type VerdictKind, type VerdictSeverity } from './verdict';

const MiB = 1024 * 1024;

/** Builds an input from MiB layers so the expected sentences can be computed by hand. */
function mib(rss: number, active: number, other: number, inactive: number, limit: number | null, ooms = 0): VerdictInput {
  const workingSet = (rss + active + other) * MiB;
  return {
    rss: rss * MiB,
    activeFile: active * MiB,
    other: other * MiB,
    inactiveFile: inactive * MiB,
    workingSet,
    usage: workingSet + inactive * MiB,
    limitBytes: limit === null ? null : limit * MiB,
    oomKillsInRange: ooms,
  };
}

interface Case {
  name: string;
  input: VerdictInput;
  kind: VerdictKind;
  severity: VerdictSeverity;
  en: string;
  zh: string;
}

const cases: Case[] = [
  {
    name: 'seed phase C: 100 MiB file read twice',
    input: {
      rss: 29638656,
      activeFile: 105140224,
      other: 0,
      inactiveFile: 1105920,
      workingSet: 134778880,
      usage: 135884800,
      limitBytes: 268435456,
      oomKillsInRange: 0,
    },
    kind: 'mostly-active-cache',
    severity: 'ok',
    en: "The platform is right: working set 128.5 MiB (50.2 % of the 256 MiB limit) = 28.3 MiB process memory (RSS) + 100.3 MiB page cache read more than once (active_file) + 0.0 MiB other. `top` in the pod takes its header from the node's /proc/meminfo, and cache read with read() shows in no process's RES.",
    zh: '平台没有算错：工作集 128.5 MiB（256 MiB 限制的 50.2%）= 28.3 MiB 进程内存（RSS）+ 100.3 MiB 多次读取的页缓存（active_file）+ 0.0 MiB 其他。Pod 里 `top` 顶部的数字来自节点的 /proc/meminfo，用 read() 读入的页缓存也不会出现在任何进程的 RES 里。',
  },
  {
    // 230 / 512 = 44.92 %; rss 200 / 230 = 87 %
    name: 'mostly rss',
    input: mib(200, 20, 10, 5, 512),
    kind: 'mostly-rss',
    severity: 'ok',
    en: "The platform is right: working set 230.0 MiB (44.9 % of the 512 MiB limit) = 200.0 MiB process memory (RSS) + 20.0 MiB page cache read more than once (active_file) + 10.0 MiB other. Most of it is the processes' own memory: look at the application (heap, caches it keeps), not at the page cache.",
    zh: '平台没有算错：工作集 230.0 MiB（512 MiB 限制的 44.9%）= 200.0 MiB 进程内存（RSS）+ 20.0 MiB 多次读取的页缓存（active_file）+ 10.0 MiB 其他。大部分是进程自己的内存：请检查应用本身（堆、它保留的缓存），而不是页缓存。',
  },
  {
    // 610 / 1024 = 59.57 %; no layer > 50 % (rss 49.2 %), other 110 MiB ≥ 100 MiB
    name: 'large other by bytes',
    input: mib(300, 200, 110, 0, 1024),
    kind: 'large-other',
    severity: 'ok',
    en: 'The platform is right: working set 610.0 MiB (59.6 % of the 1,024 MiB limit) = 300.0 MiB process memory (RSS) + 200.0 MiB page cache read more than once (active_file) + 110.0 MiB other. 110.0 MiB is kernel memory or tmpfs/shmem (files in /tmp, /dev/shm or a memory-backed emptyDir), which no process shows in `top`. Of it, the kernel can reclaim only slab such as dentries and inodes; shmem goes when its files are deleted, or to swap.',
    zh: '平台没有算错：工作集 610.0 MiB（1,024 MiB 限制的 59.6%）= 300.0 MiB 进程内存（RSS）+ 200.0 MiB 多次读取的页缓存（active_file）+ 110.0 MiB 其他。其中 110.0 MiB 是内核内存或 tmpfs/shmem（写入 /tmp、/dev/shm 或内存型 emptyDir 的文件），`top` 里没有哪个进程显示它。其中内核只能回收 dentry、inode 这类 slab；shmem 要等文件被删除，或换出到交换区。',
  },
  {
    // 250 / 256 = 97.66 % ≥ 90 %; rss + other = 110 / 256 = 42.97 % < 90 %
    name: 'near the limit, only page cache above',
    input: mib(100, 140, 10, 6, 256),
    kind: 'near-limit-reclaimable',
    severity: 'warning',
    en: 'The working set is near the limit, but the kernel can make room: working set 250.0 MiB (97.7 % of the 256 MiB limit) = 100.0 MiB process memory (RSS) + 140.0 MiB page cache read more than once (active_file) + 10.0 MiB other. Process memory and other are only 43 % of the limit; the rest is page cache, which the kernel reclaims before it OOM-kills, so a working-set alert is likely a false alarm here.',
    zh: '工作集接近限制，但内核可以腾出空间：工作集 250.0 MiB（256 MiB 限制的 97.7%）= 100.0 MiB 进程内存（RSS）+ 140.0 MiB 多次读取的页缓存（active_file）+ 10.0 MiB 其他。进程内存和其他只占限制的 43%，其余是页缓存，内核会在 OOM kill 之前回收它，所以基于工作集的告警在这里很可能是误报。',
  },
  {
    // The same numbers while the cache is thrashed (PSI stalls or major faults): the cache above is needed.
    name: 'near the limit, page cache thrashed',
    input: { ...mib(100, 140, 10, 6, 256), cacheState: 'thrashing' },
    kind: 'near-limit-thrashing',
    severity: 'critical',
    en: "The working set is near the limit and the page cache is thrashing: working set 250.0 MiB (97.7 % of the 256 MiB limit) = 100.0 MiB process memory (RSS) + 140.0 MiB page cache read more than once (active_file) + 10.0 MiB other. Process memory and other are only 43 % of the limit, but the kernel keeps dropping page cache this container reads again, so it waits on memory and on the disk (PSI stalls or major page faults over the range). The limit is too small for this workload's cache: raise it, or make it read less.",
    zh: '工作集接近限制，页缓存在颠簸：工作集 250.0 MiB（256 MiB 限制的 97.7%）= 100.0 MiB 进程内存（RSS）+ 140.0 MiB 多次读取的页缓存（active_file）+ 10.0 MiB 其他。进程内存和其他只占限制的 43%，但内核不断丢弃这个容器还要再读的页缓存，它只好等内存、等磁盘（所选时间范围内的 PSI 停顿或主缺页）。对这个负载的页缓存来说，限制太小了：调大限制，或让它少读一些。',
  },
  {
    name: 'no limit',
    input: mib(50, 25, 5, 1, null),
    kind: 'no-limit',
    severity: 'info',
    en: 'There is no memory limit: working set 80.0 MiB = 50.0 MiB process memory (RSS) + 25.0 MiB page cache read more than once (active_file) + 5.0 MiB other. Nothing stops this container from growing until the node runs short; then the kubelet evicts pods, those above their memory request first.',
    zh: '没有设置内存限制：工作集 80.0 MiB = 50.0 MiB 进程内存（RSS）+ 25.0 MiB 多次读取的页缓存（active_file）+ 5.0 MiB 其他。在节点内存不足之前，没有什么能阻止这个容器继续增长；届时 kubelet 会驱逐 Pod，先驱逐超出内存请求的。',
  },
  {
    // 255 / 256 = 99.61 %
    name: 'OOM-killed twice',
    input: mib(240, 5, 10, 0, 256, 2),
    kind: 'oom-killed',
    severity: 'critical',
    en: 'The container was OOM-killed 2 times in this range: working set 255.0 MiB (99.6 % of the 256 MiB limit) = 240.0 MiB process memory (RSS) + 5.0 MiB page cache read more than once (active_file) + 10.0 MiB other. The kernel OOM-kills when usage hits the limit and reclaim cannot free enough; page cache goes first, so look at process memory and other.',
    zh: '这个容器在所选时间范围内被 OOM kill 了 2 次：工作集 255.0 MiB（256 MiB 限制的 99.6%）= 240.0 MiB 进程内存（RSS）+ 5.0 MiB 多次读取的页缓存（active_file）+ 10.0 MiB 其他。使用量达到限制、回收又腾不出足够空间时，内核才会 OOM kill；页缓存最先被回收，所以请关注进程内存和其他。',
  },
  {
    // shares 40 / 40 / 20 %: nothing dominates, other < 25 % and < 100 MiB; 100 / 400 = 25 %
    name: 'healthy',
    input: mib(40, 40, 20, 3, 400),
    kind: 'healthy',
    severity: 'ok',
    en: 'The platform is right: working set 100.0 MiB (25 % of the 400 MiB limit) = 40.0 MiB process memory (RSS) + 40.0 MiB page cache read more than once (active_file) + 20.0 MiB other. No single layer dominates.',
    zh: '平台没有算错：工作集 100.0 MiB（400 MiB 限制的 25%）= 40.0 MiB 进程内存（RSS）+ 40.0 MiB 多次读取的页缓存（active_file）+ 20.0 MiB 其他。没有哪一层占主导。',
  },
  {
    // 242 / 256 = 94.53 %; rss + other = 238 / 256 = 92.97 % ≥ 90 %: critical
    name: 'mostly rss and close to an OOM kill',
    input: mib(236, 4, 2, 0, 256),
    kind: 'mostly-rss',
    severity: 'critical',
    en: "The platform is right, and the container is close to an OOM kill: working set 242.0 MiB (94.5 % of the 256 MiB limit) = 236.0 MiB process memory (RSS) + 4.0 MiB page cache read more than once (active_file) + 2.0 MiB other. Most of it is the processes' own memory: look at the application (heap, caches it keeps), not at the page cache.",
    zh: '平台没有算错，而且容器已接近 OOM kill：工作集 242.0 MiB（256 MiB 限制的 94.5%）= 236.0 MiB 进程内存（RSS）+ 4.0 MiB 多次读取的页缓存（active_file）+ 2.0 MiB 其他。大部分是进程自己的内存：请检查应用本身（堆、它保留的缓存），而不是页缓存。',
  },
];

describe('buildVerdict + renderVerdict', () => {
  it.each(cases)('$name', (c) => {
    const v = buildVerdict(c.input);
    expect(v.kind).toBe(c.kind);
    expect(v.severity).toBe(c.severity);
    expect(renderVerdict(v, i18nFor('en'))).toBe(c.en);
    expect(renderVerdict(v, i18nFor('zh'))).toBe(c.zh);
  });
});

describe('buildVerdict thresholds', () => {
  it.each<[string, VerdictInput, VerdictKind]>([
    // wss 230.4 of 256 = exactly 90 %, rss + other 100 MiB: near the limit counts from 90 % inclusive
    ['exactly 90 % of the limit', { ...mib(90, 130.4, 10, 0, 256) }, 'near-limit-reclaimable'],
    // other 25 of 100 = exactly 25 %, rss 40, active 35
    ['other exactly 25 % of wss', mib(40, 35, 25, 0, 1000), 'large-other'],
    // rss exactly 50 % is not "more than half"; other 10 % → healthy
    ['rss exactly 50 %', mib(50, 40, 10, 0, 1000), 'healthy'],
    // other is the largest and > 50 %
    ['other dominates', mib(10, 10, 80, 0, 1000), 'large-other'],
    ['limit 0 means no limit', { ...mib(10, 10, 10, 0, null), limitBytes: 0 }, 'no-limit'],
    ['working set 0', mib(0, 0, 0, 5, 256), 'healthy'],
    ['OOM kill without a limit', mib(10, 10, 10, 0, null, 1), 'oom-killed'],
    // A thrashed cache changes only the near-limit-reclaimable case: idle, pressure and unknown keep it.
    ['near the limit, cache idle', { ...mib(100, 140, 10, 6, 256), cacheState: 'idle' }, 'near-limit-reclaimable'],
    ['near the limit, cache under some pressure', { ...mib(100, 140, 10, 6, 256), cacheState: 'pressure' }, 'near-limit-reclaimable'],
    ['far from the limit, cache thrashed', { ...mib(50, 40, 10, 0, 1000), cacheState: 'thrashing' }, 'healthy'],
  ])('%s', (_name, input, kind) => {
    expect(buildVerdict(input).kind).toBe(kind);
  });

  it('reports shares and ratios', () => {
    const n = buildVerdict(mib(100, 140, 10, 6, 256)).numbers;
    expect(n.workingSetOfLimit).toBeCloseTo(250 / 256, 12);
    expect(n.unreclaimableBytes).toBe(110 * MiB);
    expect(n.shares).toEqual({ rss: 0.4, activeFile: 0.56, other: 0.04 });
  });
});
