import { describe, expect, it } from 'vitest';
import { parseSizingOptions } from './sizing-params';

describe('parseSizingOptions', () => {
  it('defaults to 20 % headroom and an automatic cache allowance', () => {
    expect(parseSizingOptions(new URLSearchParams(''))).toEqual({ headroom: 0.2, cacheAllowance: null });
    expect(parseSizingOptions(new URLSearchParams('cache=auto'))).toEqual({ headroom: 0.2, cacheAllowance: null });
  });
  it('reads percentages', () => {
    expect(parseSizingOptions(new URLSearchParams('headroom=35&cache=50'))).toEqual({ headroom: 0.35, cacheAllowance: 0.5 });
  });
  it('names the parameter that is wrong', () => {
    expect(() => parseSizingOptions(new URLSearchParams('headroom=-5'))).toThrow('headroom "-5" must be a percentage from 0 to 200');
    expect(() => parseSizingOptions(new URLSearchParams('cache=150'))).toThrow('cache "150" must be a percentage from 0 to 100 (or "auto")');
    expect(() => parseSizingOptions(new URLSearchParams('cache=lots'))).toThrow(/cache "lots"/);
  });
  it('an empty value is absent; only whitespace is a 400', () => {
    expect(parseSizingOptions(new URLSearchParams('headroom=&cache='))).toEqual({ headroom: 0.2, cacheAllowance: null });
    expect(() => parseSizingOptions(new URLSearchParams('headroom=%20'))).toThrow('headroom " " must be a percentage from 0 to 200');
  });
});
