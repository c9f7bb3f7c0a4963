import { describe, expect, it } from 'vitest';
import { parseExposition, parseExpositionValue, parseSampleLine } from './exposition';

describe('parseSampleLine', () => {
  it.each([
    ['plain with timestamp', 'up{job="k"} 1 1700000000000', { name: 'up', labels: { job: 'k' }, value: 1, timestampMs: 1700000000000 }],
    ['no labels, no timestamp', 'machine_memory_bytes 8.3e+09', { name: 'machine_memory_bytes', labels: {}, value: 8.3e9, timestampMs: null }],
    ['empty braces', 'x{} 2', { name: 'x', labels: {}, value: 2, timestampMs: null }],
    ['escaped quote, backslash, newline', 'x{a="q\\"b\\\\c\\nd"} 3', { name: 'x', labels: { a: 'q"b\\c\nd' }, value: 3, timestampMs: null }],
    ['comma and brace inside a value', 'x{a="1,}b",c="2"} 4', { name: 'x', labels: { a: '1,}b', c: '2' }, value: 4, timestampMs: null }],
    ['trailing comma', 'x{a="1",} 5', { name: 'x', labels: { a: '1' }, value: 5, timestampMs: null }],
    ['empty value kept', 'x{container="",pod="p"} 6', { name: 'x', labels: { container: '', pod: 'p' }, value: 6, timestampMs: null }],
    ['colon in metric name', 'a:b:c 7', { name: 'a:b:c', labels: {}, value: 7, timestampMs: null }],
  ])('%s', (_label, line, expected) => {
    expect(parseSampleLine(line)).toEqual(expected);
  });

  it('reads NaN and infinities', () => {
    expect(parseExpositionValue('NaN')).toBeNaN();
    expect(parseExpositionValue('+Inf')).toBe(Infinity);
    expect(parseExpositionValue('-Inf')).toBe(-Infinity);
    expect(parseSampleLine('x{le="+Inf"} NaN 12').value).toBeNaN();
  });

  it.each([['x{a=1} 1'], ['x{a="1} 1'], ['x 1 2 3'], ['x{a="1",a="2"} 1'], ['x one'], ['x{a="1"}'], ['x 1 1.5']])('rejects %s', (line) => {
    expect(() => parseSampleLine(line)).toThrow();
  });
});

describe('parseExposition', () => {
  it('keeps TYPE and HELP, ignores other comments and blank lines', () => {
    const text = ['# HELP x Help with \\\\ and \\n.', '# TYPE x counter', '# a free comment', '', 'x_total{a="1"} 1 10', 'y 2\r'].join('\n');
    const exp = parseExposition(text);
    expect(exp.types.get('x')).toBe('counter');
    expect(exp.helps.get('x')).toBe('Help with \\ and \n.');
    expect(exp.samples.map((s) => s.name)).toEqual(['x_total', 'y']);
  });
  it('names the line that does not parse', () => {
    expect(() => parseExposition('ok 1\nbad{ 2\n')).toThrow(/line 2/);
  });
});
