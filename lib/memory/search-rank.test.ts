import { describe, expect, it } from 'vitest';
import { rankNames, rankPods } from './search-rank';

describe('search ranking', () => {
  it('puts names starting with the text first, then shorter ones, then A–Z', () => {
    expect(rankNames(['my-api', 'api-gateway', 'api', 'zapi', 'api-b'], 'api')).toEqual(['api', 'api-b', 'api-gateway', 'zapi', 'my-api']);
  });

  it('folds series label sets into distinct pod/namespace pairs, dropping empty labels', () => {
    const sets: Array<Record<string, string>> = [
      { namespace: 'b', pod: 'web-1', container: 'app' },
      { namespace: 'b', pod: 'web-1', container: 'sidecar' },
      { namespace: 'a', pod: 'web-1', container: 'app' },
      { namespace: 'a', pod: 'my-web', container: 'app' },
      { pod: 'orphan' },
    ];
    expect(rankPods(sets, 'web')).toEqual([
      { namespace: 'a', pod: 'web-1' },
      { namespace: 'b', pod: 'web-1' },
      { namespace: 'a', pod: 'my-web' },
    ]);
  });
});
