import { describe, expect, it } from 'vitest';
import { i18nFor } from '@/lib/testing/i18n';
import type { AlertAdvice, CandidateResult } from '@/lib/memory/alert-advisor';
import { renderAdvice } from './advisor-text';

const result = (candidate: CandidateResult['candidate'], over: Partial<CandidateResult> = {}): CandidateResult => ({
  candidate,
  applicable: true,
  intervals: [],
  firingSeconds: 0,
  peakRatio: 0.5,
  oomKillsCaught: 0,
  firingSecondsWithoutOom: 0,
  ...over,
});

const base: AlertAdvice = {
  threshold: 0.9,
  candidates: [result('workingSetMinusActive'), result('workingSet'), result('rss')],
  recommended: 'workingSetMinusActive',
  reason: 'quiet',
  oomKills: 0,
  restarts: 0,
  psiStallSeconds: null,
};

describe('renderAdvice', () => {
  it('OOM kill caught by (wss − active), missed by rss, with another restart and PSI', () => {
    const advice: AlertAdvice = {
      ...base,
      reason: 'oom-caught',
      oomKills: 1,
      restarts: 2,
      psiStallSeconds: 42,
      candidates: [
        result('workingSetMinusActive', { intervals: [{ start: 0, end: 120 }], firingSeconds: 120, oomKillsCaught: 1 }),
        result('workingSet', {
          intervals: [
            { start: 0, end: 60 },
            { start: 120, end: 240 },
          ],
          firingSeconds: 180,
          oomKillsCaught: 1,
          firingSecondsWithoutOom: 60,
        }),
        result('rss'),
      ],
    };
    const en = renderAdvice(advice, i18nFor('en'));
    expect(en.recommendation).toBe(
      'Alert on (working set − active_file) / limit: it was above the threshold before 1 of 1 OOM kills and for 0 s without one, against 1 min for working set / limit. RSS / limit missed 1 of the OOM kills: tmpfs/shmem and kernel memory count towards the limit too. 1 restart was not an OOM kill. Tasks stalled for 42 s waiting for memory (PSI): reclaim, refaults or swap-in under pressure.',
    );
    expect(en.candidates.map((c) => c.firing)).toEqual(['above for 2 min in 1 interval', 'above for 3 min in 2 intervals', 'never above']);
    const zh = renderAdvice(advice, i18nFor('zh'));
    expect(zh.recommendation).toBe(
      '建议对（工作集 − active_file）/ 限制告警：1 次 OOM kill 中有 1 次之前它已超过阈值，没有 OOM kill 时超过阈值 0 秒，而工作集 / 限制是 1 分钟。RSS / 限制漏掉了 1 次 OOM kill：tmpfs/shmem 和内核内存同样计入限制。有 1 次重启不是 OOM kill。任务因等待内存停顿了 42 秒（PSI）：压力下的回收、重新缺页或换入。',
    );
  });

  it('cache false alarms', () => {
    const advice: AlertAdvice = {
      ...base,
      reason: 'cache-false-alarms',
      psiStallSeconds: 0,
      candidates: [result('workingSetMinusActive'), result('workingSet', { intervals: [{ start: 0, end: 3600 }], firingSeconds: 3600 }), result('rss')],
    };
    expect(renderAdvice(advice, i18nFor('en')).recommendation).toBe(
      'Alert on (working set − active_file) / limit: working set / limit was above 90 % for 1 h without an OOM kill, mostly active page cache the kernel could reclaim; (working set − active_file) / limit was above it for 0 s. No memory pressure stalls (PSI) in this range.',
    );
    expect(renderAdvice(advice, i18nFor('zh')).recommendation).toBe(
      '建议对（工作集 − active_file）/ 限制告警：工作集 / 限制超过 90% 共 1 小时，期间没有 OOM kill，主要是内核可以回收的活跃页缓存；（工作集 − active_file）/ 限制超过阈值的时间是 0 秒。这个时间范围内没有内存压力停顿（PSI）。',
    );
  });

  it('no limit, quiet, near misses, missed OOM', () => {
    const noLimit = renderAdvice(
      { ...base, reason: 'no-limit', recommended: null, candidates: base.candidates.map((c) => ({ ...c, applicable: false })) },
      i18nFor('en'),
    );
    expect(noLimit.recommendation).toMatch(/^No limit is set/);
    expect(noLimit.candidates[0]?.firing).toBe('not applicable: no limit');
    expect(renderAdvice(base, i18nFor('en')).recommendation).toMatch(/^No ratio reached 90 % in this range\./);
    const near = renderAdvice(
      { ...base, reason: 'near-misses', candidates: [result('workingSetMinusActive', { firingSeconds: 300, intervals: [{ start: 0, end: 300 }] })] },
      i18nFor('zh'),
    );
    expect(near.recommendation).toBe(
      '建议对（工作集 − active_file）/ 限制告警：回收页缓存也释放不了的 RSS + 其他超过限制的 90% 共 5 分钟，虽然没有 OOM kill，但这些都是值得告警的险情。',
    );
    expect(renderAdvice({ ...base, reason: 'oom-missed', oomKills: 2, restarts: 2 }, i18nFor('en')).recommendation).toMatch(
      /^No ratio reached 90 % before the 2 OOM kills/,
    );
  });
});
