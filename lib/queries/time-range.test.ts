import { describe, expect, it } from 'vitest';
import { parseTimeRange, resolveTimeRange } from './time-range';

describe('parseTimeRange', () => {
  it('defaults to the last hour', () => {
    expect(parseTimeRange({})).toEqual({ range: { kind: 'relative', seconds: 3600, label: '1h' }, error: null });
  });
  it('absolute bounds from a shared link win over range', () => {
    expect(parseTimeRange({ range: '6h', start: '1000', end: '2026-11-30T04:00:00Z' }).range).toEqual({ kind: 'absolute', start: 1000, end: 1796011200 });
  });
  it.each([
    [{ range: 'soon' }, 'range "soon" is not a duration like 1h; showing the last hour'],
    [{ start: 'x', end: '10' }, 'start "x" is not a time; showing the last hour'],
    [{ start: '20', end: '10' }, 'start must be before end; showing the last hour'],
  ])('explains a bad URL instead of failing: %j', (p, msg) => {
    const got = parseTimeRange(p);
    expect(got.error).toBe(msg);
    expect(got.range).toEqual({ kind: 'relative', seconds: 3600, label: '1h' });
  });
  it('resolves relative ranges at now', () => {
    expect(resolveTimeRange({ kind: 'relative', seconds: 900, label: '15m' }, 10_000)).toEqual({ start: 9100, end: 10_000 });
  });
});
