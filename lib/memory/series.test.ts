import { describe, expect, it } from 'vitest';
import { lastValue, peakValue } from './series';

describe('series', () => {
  it('peakValue: the largest sample, gaps skipped; null without any', () => {
    expect(peakValue([null, 3, 7, null, 5])).toBe(7);
    expect(peakValue([null, null])).toBeNull();
    expect(peakValue([])).toBeNull();
  });
  it('lastValue: the last sample, trailing gaps skipped', () => {
    expect(lastValue([1, 2, null])).toBe(2);
    expect(lastValue([null])).toBeNull();
  });
});
