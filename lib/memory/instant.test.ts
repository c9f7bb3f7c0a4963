import { describe, expect, it } from 'vitest';
import type { ContainerMemory } from '@/lib/api/pod-memory';
import { instantIndex, latestIndex, layersAt } from './instant';

const c = (wss: Array<number | null>): ContainerMemory => ({
  container: 'a',
  limitBytes: null,
  requestBytes: null,
  rss: wss.map((v) => (v === null ? null : v - 2)),
  activeFile: wss.map((v) => (v === null ? null : 1)),
  other: wss.map((v) => (v === null ? null : 1)),
  inactiveFile: wss.map((v) => (v === null ? null : 5)),
  workingSet: wss,
  usage: wss.map((v) => (v === null ? null : v + 5)),
});

describe('instant selection', () => {
  const ts = [0, 15, 30, 45];
  it('latest: the last point any container has data', () => {
    expect(latestIndex([c([1, 2, null, null]), c([1, 2, 3, null])])).toBe(2);
    expect(latestIndex([c([null])])).toBe(-1);
  });
  it('pinned: the last point at or before the pin, clamped', () => {
    expect(instantIndex(ts, [c([1, 2, 3, 4])], 31)).toBe(2);
    expect(instantIndex(ts, [c([1, 2, 3, 4])], -100)).toBe(0);
    expect(instantIndex(ts, [c([1, 2, 3, 4])], 1e12)).toBe(3);
    expect(instantIndex(ts, [c([1, 2, 3, null])], null)).toBe(2);
  });
  it('layersAt returns null on a gap', () => {
    expect(layersAt(c([10, null]), 1)).toBeNull();
    expect(layersAt(c([10, null]), 0)).toEqual({ rss: 8, activeFile: 1, other: 1, inactiveFile: 5, workingSet: 10, usage: 15 });
  });
});
