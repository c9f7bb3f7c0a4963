import { describe, expect, it } from 'vitest';
import { ApiError } from './errors';
import { parseK8sName, parseLangParam, parseOptionalTime, parseRangeParams, parseStep, parseTime } from './params';

const defaults = { nowSeconds: 1_800_000_007, defaultRangeSeconds: 3600, minStepSeconds: 15 };
const err = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    if (e instanceof ApiError) return { code: e.code, status: e.status, message: e.message };
    throw e;
  }
  throw new Error('expected an ApiError');
};

describe('parseK8sName', () => {
  it.each(['ta-7b6f5d56fb-94svm', 'log-indexer-0', 'a', 'web.v2-0'])('accepts pod %s', (n) => expect(parseK8sName('pod', n)).toBe(n));
  it.each(['Bad_Pod', '-x', 'x-', '', 'a"} or vector(1)', 'a\nb', 'x'.repeat(254)])('rejects pod %j with a 400 naming it', (n) => {
    expect(err(() => parseK8sName('pod', n))).toMatchObject({
      code: 'bad_request',
      status: 400,
      message: expect.stringMatching(/^pod ".*" is not a valid Kubernetes pod name$/) as string,
    });
  });
  it('rejects dots in namespaces (DNS-1123 label)', () => {
    expect(err(() => parseK8sName('namespace', 'a.b')).message).toBe('namespace "a.b" is not a valid Kubernetes namespace name');
  });
});

describe('parseTime / parseStep', () => {
  it('reads unix seconds and RFC 3339', () => {
    expect(parseTime('start', '1700000000.5')).toBe(1700000000.5);
    expect(parseTime('start', '2026-11-30T04:00:00Z')).toBe(1796011200);
    expect(parseTime('end', '2026-11-30T05:00:00+01:00')).toBe(1796011200);
  });
  it('names the bad parameter', () => {
    expect(err(() => parseTime('end', 'tomorrow')).message).toBe('end "tomorrow" is neither unix seconds nor an RFC 3339 time');
  });
  it.each(['-1', '1e3', '253402300800', '99999999999999999999999'])('answers 400 itself for time %s rather than passing it to Prometheus', (t) => {
    expect(err(() => parseTime('at', t)).code).toBe('bad_request');
  });
  it.each([
    ['15', 15],
    ['30s', 30],
    ['5m', 300],
    ['1h', 3600],
    ['500ms', 0.5],
  ])('step %s = %f s', (s, want) => expect(parseStep(s)).toBe(want));
  it.each(['0', '-5', 'abc', '1y'])('rejects step %s', (s) => expect(err(() => parseStep(s)).code).toBe('bad_request'));
});

describe('parseRangeParams', () => {
  const p = (q: string) => parseRangeParams(new URLSearchParams(q), defaults);
  it('defaults to the last hour at ≤ 500 points, aligned', () => {
    expect(p('')).toEqual({ start: 1_799_996_400, end: 1_800_000_000, step: 15 });
  });
  it('keeps an explicit step and aligns to it', () => {
    expect(p('start=1000&end=2000&step=60')).toEqual({ start: 960, end: 1980, step: 60 });
  });
  it('rejects start ≥ end and too many points', () => {
    expect(err(() => p('start=10&end=10')).message).toBe('start (10) must be before end (10)');
    expect(err(() => p('start=0&end=20000&step=1')).message).toMatch(/20001 points per series; the most is 11000/);
    expect(err(() => p('start=1000&end=2000&step=1e9')).code).toBe('bad_request');
    expect(err(() => p('start=1000&end=2000&step=5000')).message).toBe('step (5000 s) must not be longer than the range from start to end (1000 s)');
  });
});

describe('parseLangParam / parseOptionalTime: empty is absent, only whitespace is a 400', () => {
  it('lang', () => {
    expect(parseLangParam(null)).toBe('en');
    expect(parseLangParam('')).toBe('en');
    expect(parseLangParam('ZH')).toBe('zh');
    expect(() => parseLangParam(' ')).toThrow('lang " " is not a supported language: use en or zh');
    expect(() => parseLangParam('fr')).toThrow(ApiError);
  });
  it('at', () => {
    expect(parseOptionalTime('at', null)).toBeNull();
    expect(parseOptionalTime('at', '')).toBeNull();
    expect(parseOptionalTime('at', '1796000400')).toBe(1796000400);
    expect(() => parseOptionalTime('at', '\t')).toThrow(ApiError);
  });
});
