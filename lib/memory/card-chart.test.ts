import { describe, expect, it } from 'vitest';
import { cardChart } from './card-chart';

describe('cardChart', () => {
  const c = {
    container: 'app',
    limitBytes: 100,
    requestBytes: 50,
    rss: [10, 20, null, 20],
    activeFile: [10, 10, 10, 10],
    other: [0, 0, 0, 0],
    inactiveFile: [5, 5, 5, 5],
    workingSet: [20, 30, null, 30],
    usage: [25, 35, null, 35],
  };

  it('stacks layers bottom-up on a 0..max(peak, limit)·1.08 scale, leaving gaps open', () => {
    const chart = cardChart([0, 1, 2, 3], c, 300, 108);
    expect(chart.topBytes).toBe(108);
    expect(chart.limitY).toBe(8);
    expect(chart.requestY).toBe(58);
    const rss = chart.areas.find((a) => a.layer === 'rss')?.d;
    // Points 0-1 form one shape, point 3 another (point 2 has no RSS).
    expect(rss).toBe('M0,98L100,88L100,108L0,108ZM300,88L300,108Z');
    const active = chart.areas.find((a) => a.layer === 'activeFile')?.d;
    expect(active).toBe('M0,88L100,78L100,88L0,98ZM300,78L300,88Z');
  });
});
