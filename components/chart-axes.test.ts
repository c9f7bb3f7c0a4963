import { describe, expect, it } from 'vitest';
import { byteTicks } from './chart-axes';

const MiB = 1024 * 1024;

describe('byteTicks', () => {
  it.each([
    [256 * MiB, [0, 64, 128, 192, 256]],
    [129.6 * MiB, [0, 64, 128, 192]],
    [1024 * MiB, [0, 256, 512, 768, 1024]],
    [0, [0, 1]],
  ])('%f bytes', (max, wantMiB) => {
    expect(byteTicks(max).map((b) => b / MiB)).toEqual(wantMiB);
  });
});
