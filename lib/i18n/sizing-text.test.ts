import { describe, expect, it } from 'vitest';
import { i18nFor } from '@/lib/testing/i18n';
import type { OomKill } from '@/lib/memory/oom';
import { renderCacheVerdict, renderComparison, renderOomSummary, renderSizingWarning } from './sizing-text';

const MiB = 1024 * 1024;

describe('sizing text', () => {
  it('says how much data there is and that the result is provisional', () => {
    expect(renderSizingWarning({ code: 'provisional', dataSeconds: 3600, samples: 361, minSeconds: 7 * 86400 }, i18nFor('en'))).toBe(
      'Provisional: 1 h of data (361 samples). Sizing needs at least 7 days to see a weekly cycle.',
    );
    expect(renderSizingWarning({ code: 'provisional', dataSeconds: 3600, samples: 361, minSeconds: 7 * 86400 }, i18nFor('zh'))).toContain('7 天');
  });
  it('says the limit was raised to the kill limit + headroom', () => {
    expect(renderSizingWarning({ code: 'oom-killed', kills: 1, limitAtKillBytes: 512 * MiB, raisedToBytes: 615 * MiB }, i18nFor('en'))).toBe(
      'OOM-killed once in this range at a 512 MiB limit. The formula gave less; the limit is raised to 615 MiB (the limit at the kill + headroom): never below the limit it died at.',
    );
  });
  it('gives slope per hour and time to the limit', () => {
    const text = renderSizingWarning(
      { code: 'trend-up', slopeBytesPerHour: 520 * MiB, sinceSeconds: 2100, hoursToLimit: 0.25, limitBytes: 512 * MiB, limitIsCurrent: true },
      i18nFor('en'),
    );
    expect(text).toBe(
      'Unreclaimable memory rises 520.0 MiB/h over the last 35 min; at that rate it reaches the 512 MiB current limit in 15 min. Raising the limit only delays the next kill: find what grows.',
    );
  });
  it('cache verdicts name the signal', () => {
    expect(renderCacheVerdict({ state: 'idle', stalledShare: 0, majorFaultsPerSecond: 0 }, i18nFor('en'))).toMatch(
      /^Idle: tasks waited on memory 0 % of the time \(PSI\)/,
    );
    expect(renderCacheVerdict({ state: 'unknown', stalledShare: null, majorFaultsPerSecond: null }, i18nFor('zh'))).toMatch(/^未知/);
  });
  it('compares a published number with podmem’s in words', () => {
    expect(renderComparison('krr', 1026 * MiB, { requestBytes: 400 * MiB, limitBytes: 480 * MiB }, 700 * MiB, 892 * MiB, i18nFor('en'))).toBe(
      "546.0 MiB more than podmem's limit: it starts from the working set, which holds up to 700.0 MiB of active page cache the kernel can reclaim.",
    );
  });
  it('writes the two-sentence OOM summary', () => {
    const kill: OomKill = {
      container: 'api',
      at: 0,
      kind: 'cgroup-limit',
      limitBytes: 512 * MiB,
      before: { workingSet: 510 * MiB, rss: 500 * MiB, activeFile: 6 * MiB, inactiveFile: 2 * MiB, other: 4 * MiB },
      beforeAt: 0,
      unreclaimableBytes: 504 * MiB,
      unreclaimableOfLimit: 504 / 512,
      grew: 'rss',
      rateBytesPerMinute: (340 / 24) * MiB,
      windowSeconds: 600,
      nodeAvailableBytes: null,
      nodeAvailableShare: null,
      restarts: 1,
      oomEvents: 0,
      oomKilled: true,
    };
    expect(renderOomSummary(kill, '10:24:00 UTC', i18nFor('en'))).toBe(
      'api was OOM-killed at 10:24:00 UTC when its unreclaimable memory reached 504.0 MiB of its 512 MiB limit (RSS 500.0 MiB, other 4.0 MiB). RSS grew 14.2 MiB/min over the 10 min before it; a higher limit only delays the next kill: find what grows.',
    );
  });
});
