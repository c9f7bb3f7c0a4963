import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderMemoryStatError } from '@/lib/i18n/memory-stat-text';
import { normalizeLimit } from './limit';
import { renderMemoryStatAnalysis } from '@/lib/i18n/memory-stat-text';
import type { Locale } from '@/lib/i18n/locales';
import { i18nFor } from '@/lib/testing/i18n';
import { analyzeMemoryStat, MemoryStatError, type MemoryStatOptions } from './memory-stat';
import { REAL_FIXTURES } from '@/lib/testing/real-fixtures';

/** The analysis as the API sends it (verdict and notes in words). */
const analyze = (text: string, options: MemoryStatOptions = {}, locale: Locale = 'en') =>
  renderMemoryStatAnalysis(analyzeMemoryStat(text, options), i18nFor(locale));

const REAL = REAL_FIXTURES;
const V1_PATH = `${REAL}/elastic__elastic-agent-system-metrics/memory.stat`;
const V2_PATH = `${REAL}/influxdata__telegraf/memory.stat`;
const ZIP = `${REAL}/elastic__elastic-agent-system-metrics/amzn2.zip`;
const ZIP_DIR =
  'amzn2/sys/fs/cgroup/memory/kubepods.slice/kubepods-burstable.slice/kubepods-burstable-pod7a96c459_d529_44ae_9f99_90d3798d6426.slice/cri-containerd-1d3d308a7d48a27814a68bf33a44acf4441c9c02463ca0bc1cdfdc8c0b4a8496.scope';
const unzip = (member: string) => execFileSync('unzip', ['-p', ZIP, `${ZIP_DIR}/${member}`], { encoding: 'utf8' });

const v1 = readFileSync(V1_PATH, 'utf8');
const v2 = readFileSync(V2_PATH, 'utf8');

/** The seed's phase C (docs/memory-model.md §1): only the four keys it printed. */
const SEED_C = 'total_cache 106246144\ntotal_rss 29638656\ntotal_inactive_file 1105920\ntotal_active_file 105140224\n';

describe('analyzeMemoryStat on real files', () => {
  it('cgroup v1 EKS container with memory.usage_in_bytes (limit from hierarchical_memory_limit)', () => {
    const a = analyze(v1, { usageBytes: 1215860736 });
    expect(a).toMatchObject({
      cgroupVersion: 1,
      usage: 1215860736,
      usageSource: 'given',
      workingSet: 1137303552, // 1215860736 − total_inactive_file 78557184
      inactiveFile: 78557184,
      rss: 1119465472,
      activeFile: 0,
      other: 17838080, // 1137303552 − 1119465472 − 0
      limitBytes: 2147483648,
      limitSource: 'memory.stat',
      verdictKind: 'mostly-rss',
      severity: 'ok',
    });
    // 1137303552 / 2147483648 = 52.96 % → "53 %"
    expect(a.verdict).toBe(
      "The platform is right: working set 1,084.6 MiB (53 % of the 2,048 MiB limit) = 1,067.6 MiB process memory (RSS) + 0.0 MiB page cache read more than once (active_file) + 17.0 MiB other. Most of it is the processes' own memory: look at the application (heap, caches it keeps), not at the page cache. cgroup v1 keeps kernel memory out of memory.stat (it is in memory.kmem.*): the 17.0 MiB other may include reclaimable slab, which the kernel frees under memory pressure.",
    );
    // v1's memory.stat has total_shmem 0 and no slab or kernel-stack lines.
    expect(a.otherParts).toEqual({ slabReclaimable: null, slabUnreclaimable: null, kernelStack: null, shmem: 0, rest: null });
    expect(a.notes).toEqual(['Limit 2,048 MiB read from hierarchical_memory_limit.']);
  });

  it('cgroup v1 without usage: estimated as total_rss + total_cache', () => {
    const a = analyze(v1);
    expect(a.usage).toBe(1197862912); // 1119465472 + 78397440
    expect(a.usageSource).toBe('estimated');
    expect(a.workingSet).toBe(1119305728); // 1197862912 − 78557184
    expect(a.rss).toBe(1119305728); // clamped to the working set
    expect(a.notes[0]).toMatch(/^Usage estimated as total_rss \+ total_cache = 1,142\.4 MiB\./);
  });

  it('the memory.stat inside amzn2.zip is the same file, and its sibling files give usage and limit', () => {
    expect(unzip('memory.stat')).toBe(v1);
    const usage = Number(unzip('memory.usage_in_bytes').trim());
    const limit = Number(unzip('memory.limit_in_bytes').trim());
    expect([usage, limit]).toEqual([1215860736, 2147483648]);
    const a = analyze(unzip('memory.stat'), { usageBytes: usage, limitBytes: limit });
    expect([a.workingSet, a.limitBytes, a.limitSource]).toEqual([1137303552, 2147483648, 'given']);
  });

  it('cgroup v2 with memory.current, no limit', () => {
    const a = analyze(v2, { usageBytes: 13071106048 });
    expect(a).toMatchObject({
      cgroupVersion: 2,
      workingSet: 10135646208, // 13071106048 − inactive_file 2935459840
      inactiveFile: 2935459840,
      rss: 2471755776,
      activeFile: 5597401088,
      other: 2066489344, // 10135646208 − 2471755776 − 5597401088
      limitBytes: null,
      limitSource: 'none',
      verdictKind: 'no-limit',
    });
    expect(a.notes).toEqual([]);
  });

  it('cgroup v2: "other" 2,066,489,344 bytes is 2,032,322,192 bytes reclaimable slab, and the verdict says so', () => {
    const a = analyze(v2, { usageBytes: 13071106048 });
    expect(a.other).toBe(2066489344);
    expect(a.otherParts).toEqual({
      slabReclaimable: 2032322192,
      slabUnreclaimable: 5318968,
      kernelStack: 9699328,
      shmem: 4096,
      rest: 19144760, // 2066489344 − 2032322192 − 5318968 − 9699328 − 4096
    });
    // anon 2471755776 B = 2,357.25 MiB → 2,357.3; 2066489344 B = 1,970.8 MiB; 2032322192 B = 1,938.2 MiB; shmem 4 KiB is below the 1 MiB shown.
    expect(a.verdict).toBe(
      'There is no memory limit: working set 9,666.1 MiB = 2,357.3 MiB process memory (RSS) + 5,338.1 MiB page cache read more than once (active_file) + 1,970.8 MiB other. Nothing stops this container from growing until the node runs short; then the kubelet evicts pods, those above their memory request first. Of the 1,970.8 MiB other, the kernel can still reclaim up to 1,938.2 MiB: reclaimable slab (dentries, inodes), freed under memory pressure.',
    );
    expect(analyze(v2, { usageBytes: 13071106048 }, 'zh').verdict).toBe(
      '没有设置内存限制：工作集 9,666.1 MiB = 2,357.3 MiB 进程内存（RSS）+ 5,338.1 MiB 多次读取的页缓存（active_file）+ 1,970.8 MiB 其他。在节点内存不足之前，没有什么能阻止这个容器继续增长；届时 kubelet 会驱逐 Pod，先驱逐超出内存请求的。其他 1,970.8 MiB 中，内核仍可回收最多 1,938.2 MiB：可回收 slab（dentry、inode），在内存压力下释放。',
    );
  });

  it('shmem of 1 MiB or more gets its own sentence; rest is clamped at 0 when the parts exceed other', () => {
    // other = usage 300 MiB − inactive 0 − anon 100 MiB − active 100 MiB = 100 MiB; parts 60 + 10 + 5 + 40 = 115 MiB
    const M = 1024 * 1024;
    const stat = [
      `anon ${100 * M}`,
      `file ${140 * M}`,
      `active_file ${100 * M}`,
      'inactive_file 0',
      `shmem ${40 * M}`,
      `kernel_stack ${5 * M}`,
      `slab_reclaimable ${60 * M}`,
      `slab_unreclaimable ${10 * M}`,
    ].join('\n');
    const a = analyze(stat, { usageBytes: 300 * M });
    expect(a.other).toBe(100 * M);
    expect(a.otherParts).toEqual({ slabReclaimable: 60 * M, slabUnreclaimable: 10 * M, kernelStack: 5 * M, shmem: 40 * M, rest: 0 });
    expect(a.verdict).toMatch(
      /Of the 100\.0 MiB other, the kernel can still reclaim up to 60\.0 MiB: reclaimable slab \(dentries, inodes\), freed under memory pressure\. 40\.0 MiB of it is shmem\/tmpfs: freed only when its files are deleted, or by swap\.$/,
    );
  });

  it('a v2 file without slab lines says other may include reclaimable slab', () => {
    const a = analyze('anon 100\nfile 0\nactive_file 0\ninactive_file 0\n', { usageBytes: 2 * 1024 * 1024 + 100 });
    expect(a.otherParts).toEqual({ slabReclaimable: null, slabUnreclaimable: null, kernelStack: null, shmem: null, rest: null });
    expect(a.verdict).toMatch(
      /This memory\.stat has no slab lines: the 2\.0 MiB other may include reclaimable slab, which the kernel frees under memory pressure\.$/,
    );
  });

  it('cgroup v2 with memory.max 103079215104: mostly active page cache (55 % of wss)', () => {
    const a = analyze(v2, { usageBytes: 13071106048, limitBytes: 103079215104 }, 'zh');
    expect(a.verdictKind).toBe('mostly-active-cache');
    // 10135646208 / 103079215104 = 9.83 %
    expect(a.verdict).toContain('（96 GiB 限制的 9.8%）');
  });

  it('cgroup v2 without usage: anon + file + kernel', () => {
    const a = analyze(v2);
    expect(a.usage).toBe(13069770752); // 2471755776 + 8532865024 + 2065149952
    const noKernel = analyze(v2.replace(/^kernel \d+\n/m, ''));
    // kernel_stack 9699328 + pagetables 16302080 + percpu 3528 + sock 0 + vmalloc 0 + slab 2037641160
    expect(noKernel.usage).toBe(2471755776 + 8532865024 + 2063646096);
    expect(noKernel.notes[0]).toContain('no "kernel" line');
  });

  it('the seed phase C excerpt gives the seed sentence with usage estimated', () => {
    const a = analyze(SEED_C, { limitBytes: 268435456 });
    expect(a.usage).toBe(135884800);
    expect(a.workingSet).toBe(134778880);
    expect(a.verdict).toBe(
      "The platform is right: working set 128.5 MiB (50.2 % of the 256 MiB limit) = 28.3 MiB process memory (RSS) + 100.3 MiB page cache read more than once (active_file) + 0.0 MiB other. `top` in the pod takes its header from the node's /proc/meminfo, and cache read with read() shows in no process's RES.",
    );
  });
});

describe('limits', () => {
  it.each<[number | null | undefined, number | null]>([
    [0, null],
    [-1, null],
    [2 ** 62, null],
    [9223372036854771712, null],
    [2 ** 62 - 1024, 2 ** 62 - 1024],
    [268435456, 268435456],
    [null, null],
    [undefined, null],
  ])('%s → %s', (input, want) => expect(normalizeLimit(input)).toBe(want));

  it('an unlimited hierarchical_memory_limit is no limit', () => {
    const a = analyze(`${SEED_C}hierarchical_memory_limit 9223372036854771712\n`);
    expect([a.limitBytes, a.limitSource, a.verdictKind]).toEqual([null, 'none', 'no-limit']);
  });
});

describe('malformed input', () => {
  const error = (text: string, locale: 'en' | 'zh' = 'en'): string => {
    try {
      analyzeMemoryStat(text);
    } catch (err) {
      if (err instanceof MemoryStatError) return renderMemoryStatError(err, i18nFor(locale));
      throw err;
    }
    throw new Error('no error');
  };
  const lines = v1.split('\n');

  it.each<[string, string, string]>([
    ['a bad value', [...lines.slice(0, 6), 'rss 12ab', ...lines.slice(7)].join('\n'), 'line 7: "rss 12ab" is not "<key> <integer>"'],
    ['a cut-off last line', v2.slice(0, v2.indexOf('inactive_file') + 7), 'line 20: "inactiv" is not "<key> <integer>"'],
    ['a file cut after a full line', lines.slice(0, 20).join('\n'), 'line 20: the input ends without "total_rss" (truncated?)'],
    ['v2 without inactive_file', 'anon 1\nfile 2\n', 'line 2: the input ends without "inactive_file" (truncated?)'],
    ['a repeated key', 'anon 1\nfile 2\nanon 3\n', 'line 3: "anon 3" repeats the key "anon"'],
    ['a shell prompt', '$ cat memory.stat\nanon 1\n', 'line 1: "$ cat memory.stat" is not "<key> <integer>"'],
    ['a negative value', 'cache 1\nrss -5\n', 'line 2: "rss -5" is not "<key> <integer>"'],
    [
      'no cgroup keys',
      'pgfault 1\npgmajfault 2\n',
      'neither cgroup v1 keys (rss or total_rss, and cache or total_cache) nor cgroup v2 keys (anon and file) found: is this memory.stat?',
    ],
    ['only blank lines', '\n  \n', 'The input is empty: paste the output of `cat memory.stat`.'],
  ])('%s', (_name, text, message) => {
    expect(error(text)).toBe(message);
  });

  it('renders errors in Chinese', () => {
    expect(error('anon 1\nfile x\n', 'zh')).toBe('第 2 行："file x" 不是 "<key> <integer>" 格式');
  });

  it('accepts CRLF line endings, blank lines and surrounding spaces', () => {
    const a = analyze(`\r\n  ${v2.split('\n').join('\r\n')}\r\n`, { usageBytes: 13071106048 });
    expect(a.workingSet).toBe(10135646208);
  });

  it('uses flat v1 keys when there are no total_* keys, and says so', () => {
    const a = analyze('cache 100\nrss 50\ninactive_file 30\nactive_file 60\n', { usageBytes: 150 });
    expect([a.workingSet, a.rss, a.activeFile, a.other]).toEqual([120, 50, 60, 10]);
    expect(a.notes).toContain('No total_* keys: used the non-hierarchical ones (rss, cache, active_file, inactive_file).');
  });
});
