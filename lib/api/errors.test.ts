import { describe, expect, it } from 'vitest';
import { ApiError } from './errors';

describe('ApiError across module copies', () => {
  it('an error branded by another copy of the class is still an ApiError', () => {
    // What a second chunk's copy of the class produces: same brand, different constructor.
    const foreign = Object.assign(new Error('Prometheus is unreachable: ECONNREFUSED'), {
      code: 'upstream_unavailable',
      [Symbol.for('podmem.ApiError')]: true,
    });
    expect(foreign instanceof ApiError).toBe(true);
    expect(new ApiError('not_found', 'x') instanceof ApiError).toBe(true);
    expect(new Error('plain') instanceof ApiError).toBe(false);
    const nothing: unknown = null;
    expect(nothing instanceof ApiError).toBe(false);
  });
});
