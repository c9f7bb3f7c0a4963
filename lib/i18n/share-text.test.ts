import { describe, expect, it } from 'vitest';
import { i18nFor } from '@/lib/testing/i18n';
import { podSnapshot } from '@/lib/memory/pod-snapshot';
import { formatUtc, renderHeadline, renderPodSummary } from './share-text';

const MiB = 1024 * 1024;
// The seed experiment's phase C: 28.3 MiB RSS + 100.3 MiB active cache = 128.5 MiB working set, 256 MiB limit.
const rss = 29_642_752;
const active = 105_148_416;
const ws = rss + active;
const ta = {
  container: 'ta',
  limitBytes: 256 * MiB,
  requestBytes: 128 * MiB,
  rss: [rss],
  activeFile: [active],
  other: [0],
  inactiveFile: [MiB],
  workingSet: [ws],
  usage: [ws + MiB],
};
const view = { timestamps: [1796152380], containers: [ta], events: [], cache: [] };
const ref = { cluster: 'demo', namespace: 'demo', pod: 'ta-7b6f5d56fb-94svm' };

describe('renderPodSummary', () => {
  it('writes pod, range, the verdict and its numbers, OOM kills and the link', () => {
    const text = renderPodSummary({
      ref,
      range: { start: 1796148780, end: 1796152380 },
      snapshot: podSnapshot(view, null),
      link: 'https://podmem.example/x',
      i18n: i18nFor('en'),
    });
    expect(text).toBe(
      [
        '**ta-7b6f5d56fb-94svm** · namespace `demo` · cluster `demo`',
        'Range 2026-12-01 18:13:00 UTC – 2026-12-01 19:13:00 UTC, values at 2026-12-01 19:13:00 UTC',
        '',
        "**Container `ta`**: The platform is right: working set 128.5 MiB (50.2 % of the 256 MiB limit) = 28.3 MiB process memory (RSS) + 100.3 MiB page cache read more than once (active_file) + 0.0 MiB other. `top` in the pod takes its header from the node's /proc/meminfo, and cache read with read() shows in no process's RES.",
        '- Working set: 128.5 MiB (50.2 % of the 256 MiB limit)',
        '- RSS: 28.3 MiB',
        '- Active page cache: 100.3 MiB',
        '- Inactive page cache (reclaimable): 1.0 MiB',
        '- Other (kernel, shmem): 0.0 MiB',
        '- Limit: 256 MiB · Request: 128 MiB',
        '- OOM kills in range: 0',
        '',
        '[Open in podmem](https://podmem.example/x)',
        '',
      ].join('\n'),
    );
  });

  it('counts OOM kills of the container and says so in Chinese', () => {
    const events = [{ t: 1796152380, container: 'ta', kind: 'oom-kill' as const, count: 2 }];
    const text = renderPodSummary({
      ref,
      range: { start: 1796148780, end: 1796152380 },
      snapshot: podSnapshot({ ...view, events }, null),
      link: 'l',
      i18n: i18nFor('zh'),
    });
    expect(text).toContain('- 工作集：128.5 MiB（256 MiB 限制的 50.2%）');
    expect(text).toContain('- 范围内的 OOM kill：2');
    expect(text).toContain('被 OOM kill 了 2 次');
  });

  it('says there is no sample when the range is empty', () => {
    const text = renderPodSummary({ ref, range: { start: 1, end: 2 }, snapshot: null, link: 'l', i18n: i18nFor('en') });
    expect(text).toContain('No sample at this instant.');
  });
});

describe('renderHeadline', () => {
  it('titles pod · namespace · cluster and describes the verdict', () => {
    const h = renderHeadline(ref, podSnapshot(view, null), i18nFor('en'));
    expect(h.title).toBe('ta-7b6f5d56fb-94svm · demo · demo');
    expect(h.description).toMatch(/^The platform is right: working set 128\.5 MiB \(50\.2 % of the 256 MiB limit\)/);
  });

  it('formats chat times in UTC', () => {
    expect(formatUtc(0)).toBe('1970-01-01 00:00:00 UTC');
  });
});
