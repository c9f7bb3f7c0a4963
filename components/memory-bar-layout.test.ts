import { describe, expect, it } from 'vitest';
import { layoutMemoryBar } from './memory-bar-layout';

describe('layoutMemoryBar', () => {
  it('scales to the limit when usage is below it', () => {
    const l = layoutMemoryBar({ rss: 64, activeFile: 32, other: 0, inactiveFile: 32 }, 256);
    expect(l.scaleBytes).toBe(256);
    expect(l.segments).toEqual([
      { key: 'rss', bytes: 64, start: 0, width: 0.25 },
      { key: 'activeFile', bytes: 32, start: 0.25, width: 0.125 },
      { key: 'inactiveFile', bytes: 32, start: 0.375, width: 0.125 },
    ]);
    expect(l.limitAt).toBe(1);
  });

  it('scales to usage above the limit, with the request marked', () => {
    const l = layoutMemoryBar({ rss: 200, activeFile: 100, other: 50, inactiveFile: 50 }, 320, 100);
    expect(l.scaleBytes).toBe(400);
    expect([l.limitAt, l.requestAt]).toEqual([0.8, 0.25]);
    expect(l.segments.at(-1)).toEqual({ key: 'inactiveFile', bytes: 50, start: 0.875, width: 0.125 });
  });

  it('no limit (0 or null), all zero, and garbage values', () => {
    expect(layoutMemoryBar({ rss: 0, activeFile: 0, other: 0, inactiveFile: 0 }, 0)).toEqual({ segments: [], limitAt: null, requestAt: null, scaleBytes: 1 });
    const l = layoutMemoryBar({ rss: Number.NaN, activeFile: -5, other: 10, inactiveFile: 0 }, null);
    expect(l.segments).toEqual([{ key: 'other', bytes: 10, start: 0, width: 1 }]);
  });
});
