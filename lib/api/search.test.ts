import { describe, expect, it } from 'vitest';
import { ApiError } from './errors';
import { parseSearchQuery } from './search';

describe('parseSearchQuery', () => {
  it('lower-cases and trims a name fragment', () => {
    expect(parseSearchQuery('  Checkout-6D ')).toEqual({ text: 'checkout-6d', namespacePart: null, podPart: 'checkout-6d' });
  });

  it('splits namespace/pod', () => {
    expect(parseSearchQuery('demo/ta')).toEqual({ text: 'demo/ta', namespacePart: 'demo', podPart: 'ta' });
    expect(parseSearchQuery('demo/')).toEqual({ text: 'demo/', namespacePart: 'demo', podPart: '' });
  });

  it.each([[''], [null], ['a b'], ['pod"}'], ['.*'], ['a/b/c'], ['/'], ['x'.repeat(254)]])('refuses %j with a 400 naming q', (q) => {
    let err: unknown;
    try {
      parseSearchQuery(q);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ApiError);
    expect((err as ApiError).status).toBe(400);
    expect((err as ApiError).message).toMatch(/^q /);
  });
});
