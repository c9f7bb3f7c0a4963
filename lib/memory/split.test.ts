import { describe, expect, it } from 'vitest';
import { splitWorkingSet, type RawSample } from './split';

const MiB = 1024 * 1024;
const raw = (p: Partial<RawSample>): RawSample => ({ usage: null, workingSet: null, rss: null, cache: null, activeFile: null, inactiveFile: null, ...p });

describe('splitWorkingSet', () => {
  it('seed phase C (measured): rss + active + other = wss, wss + inactive = usage, to the byte', () => {
    const usage = 29638656 + 106246144;
    const l = splitWorkingSet(raw({ usage, workingSet: usage - 1105920, rss: 29638656, cache: 106246144, activeFile: 105140224, inactiveFile: 1105920 }));
    expect(l).toEqual({ rss: 29638656, activeFile: 105140224, other: 0, inactiveFile: 1105920, workingSet: 134778880, usage: 135884800 });
  });

  it('derives active as cache − inactive when the active metric is absent (so shmem lands in active)', () => {
    const l = splitWorkingSet(raw({ usage: 500 * MiB, workingSet: 400 * MiB, rss: 100 * MiB, cache: 350 * MiB }));
    expect(l).toEqual({ rss: 100 * MiB, activeFile: 250 * MiB, other: 50 * MiB, inactiveFile: 100 * MiB, workingSet: 400 * MiB, usage: 500 * MiB });
  });

  it('puts shmem in other when active is measured', () => {
    // renderer: rss 150, active 30, inactive 20, shmem 200, kernel 5 (MiB)
    const usage = (150 + 30 + 20 + 200 + 5) * MiB;
    const l = splitWorkingSet(raw({ usage, workingSet: usage - 20 * MiB, rss: 150 * MiB, cache: 250 * MiB, activeFile: 30 * MiB, inactiveFile: 20 * MiB }));
    expect(l?.other).toBe(205 * MiB);
  });

  it.each([
    ['usage', raw({ workingSet: 1, rss: 1 })],
    ['working set', raw({ usage: 1, rss: 1 })],
    ['rss', raw({ usage: 1, workingSet: 1 })],
  ])('returns null (a gap, never zero) when %s is missing', (_what, sample) => {
    expect(splitWorkingSet(sample)).toBeNull();
  });

  it('treats NaN and Inf samples as missing', () => {
    expect(splitWorkingSet(raw({ usage: NaN, workingSet: 1, rss: 1 }))).toBeNull();
    expect(splitWorkingSet(raw({ usage: Infinity, workingSet: 1, rss: 1 }))).toBeNull();
  });

  it('clamps: wss 0 when inactive exceeded usage (cAdvisor clamps), rss capped at wss, active never negative', () => {
    expect(splitWorkingSet(raw({ usage: 10, workingSet: 0, rss: 4, activeFile: 3 }))).toEqual({
      rss: 0,
      activeFile: 0,
      other: 0,
      inactiveFile: 10,
      workingSet: 0,
      usage: 10,
    });
    expect(splitWorkingSet(raw({ usage: 100, workingSet: 80, rss: 50, cache: 10, inactiveFile: 20 }))).toEqual({
      rss: 50,
      activeFile: 0,
      other: 30,
      inactiveFile: 20,
      workingSet: 80,
      usage: 100,
    });
    expect(splitWorkingSet(raw({ usage: 100, workingSet: 80, rss: 70, activeFile: 30 }))).toEqual({
      rss: 70,
      activeFile: 10,
      other: 0,
      inactiveFile: 20,
      workingSet: 80,
      usage: 100,
    });
  });

  it('takes a working set above usage (counters read a moment apart) as usage', () => {
    expect(splitWorkingSet(raw({ usage: 100, workingSet: 120, rss: 60, activeFile: 30 }))).toEqual({
      rss: 60,
      activeFile: 30,
      other: 10,
      inactiveFile: 0,
      workingSet: 100,
      usage: 100,
    });
  });
});
