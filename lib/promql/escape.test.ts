import { describe, expect, it } from 'vitest';
import { escapeRegex, quoteLabelValue } from './escape';
import { buildSelector, eq, parseMatchers, re } from './selector';

describe('quoteLabelValue', () => {
  it.each([
    ['plain', 'web-0', '"web-0"'],
    ['double quote', 'a"b', '"a\\"b"'],
    ['backslash', 'a\\b', '"a\\\\b"'],
    ['newline', 'a\nb', '"a\\nb"'],
    ['injection attempt', '"} or vector(1) #', '"\\"} or vector(1) #"'],
    ['braces and commas', 'x", job="evil', '"x\\", job=\\"evil"'],
  ])('%s', (_label, value, expected) => {
    expect(quoteLabelValue(value)).toBe(expected);
  });
});

describe('escapeRegex', () => {
  it('escapes every RE2 metacharacter so a dot is not a wildcard', () => {
    expect(escapeRegex('a.b*c+d?(e)[f]{g}|h^$\\')).toBe('a\\.b\\*c\\+d\\?\\(e\\)\\[f\\]\\{g\\}\\|h\\^\\$\\\\');
  });
  it('regex-escapes first, then string-escapes', () => {
    expect(buildSelector(null, [re('pod', escapeRegex('a.b"c'))])).toBe('{pod=~"a\\\\.b\\"c"}');
  });
});

describe('buildSelector', () => {
  it('renders metric and matchers', () => {
    expect(buildSelector('up', [eq('job', 'kubelet'), eq('pod', 'p"1')])).toBe('up{job="kubelet", pod="p\\"1"}');
  });
  it('rejects a label name that is not an identifier', () => {
    expect(() => buildSelector(null, [eq('job"} or', 'x')])).toThrow(/invalid label name/);
  });
  it('rejects a bad metric name', () => {
    expect(() => buildSelector('up{}', [])).toThrow(/invalid metric name/);
  });
});

describe('parseMatchers', () => {
  it('round-trips a configured selector', () => {
    expect(parseMatchers('{job="kubelet", metrics_path="/metrics/cadvisor"}')).toEqual([eq('job', 'kubelet'), eq('metrics_path', '/metrics/cadvisor')]);
  });
  it('reads regex and negative matchers and escapes', () => {
    expect(parseMatchers('job=~"kube.*",x!="a\\"b"')).toEqual([re('job', 'kube.*'), { name: 'x', op: '!=', value: 'a"b' }]);
  });
  it('names what it cannot parse', () => {
    expect(() => parseMatchers('job=kubelet')).toThrow(/cannot parse matchers/);
  });
  it('accepts an empty selector', () => {
    expect(parseMatchers('')).toEqual([]);
  });
});
