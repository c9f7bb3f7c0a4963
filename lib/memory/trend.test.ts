import { describe, expect, it } from 'vitest';
import { fitLine } from './trend';

describe('fitLine', () => {
  it('finds v = 1 + 2t through points on the line, r² = 1', () => {
    expect(fitLine([0, 1, 2], [1, 3, 5])).toEqual({ slopePerSecond: 2, intercept: 1, r2: 1 });
  });
  it('keeps precision at unix-second times', () => {
    const t0 = 1_790_000_000;
    const fit = fitLine([t0, t0 + 60, t0 + 120], [10, 70, 130]);
    expect(fit?.slopePerSecond).toBeCloseTo(1, 12);
    expect((fit?.intercept ?? 0) + t0).toBeCloseTo(10, 3);
  });
  it('r² of (0,0),(1,1),(2,0): slope 0 explains nothing', () => {
    expect(fitLine([0, 1, 2], [0, 1, 0])).toEqual({ slopePerSecond: 0, intercept: 1 / 3, r2: 0 });
  });
  it('needs two instants', () => {
    expect(fitLine([5], [1])).toBeNull();
    expect(fitLine([5, 5], [1, 2])).toBeNull();
  });
});
