import { describe, expect, it } from 'vitest';
import { alignGrid, chooseStep, gridTimestamps, placeOnGrid } from './time-grid';

describe('chooseStep', () => {
  it.each([
    [3600, 15, 15],
    [3600, 1, 10],
    [900, 1, 2],
    [6 * 3600, 15, 60],
    [24 * 3600, 15, 300],
    [7 * 86400, 15, 1800],
    [400 * 86400, 15, 86400],
  ])('range %i s with min step %i → %i s', (range, min, want) => {
    expect(chooseStep(range, min)).toBe(want);
  });
});

describe('alignGrid', () => {
  it('floors start and end to the step', () => {
    expect(alignGrid(1007, 4611, 15)).toEqual({ start: 1005, end: 4605, step: 15 });
  });
  it('never ends before it starts', () => {
    expect(alignGrid(1007, 1010, 15)).toEqual({ start: 1005, end: 1005, step: 15 });
  });
});

describe('placeOnGrid', () => {
  it('places points by timestamp and leaves gaps null; drops NaN', () => {
    const grid = { start: 0, end: 60, step: 15 };
    expect(gridTimestamps(grid)).toEqual([0, 15, 30, 45, 60]);
    expect(
      placeOnGrid(grid, 5, [
        [0, 1],
        [30, 3],
        [45, NaN],
        [75, 9],
      ]),
    ).toEqual([1, null, 3, null, null]);
  });
});
