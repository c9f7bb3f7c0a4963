import { describe, expect, it } from 'vitest';
import type { NamespacePod } from '@/lib/api/namespace-pods';
import { filterPods, limitLevel, pageCacheOnlyPods, sortPods, worstContainer, type PodSort } from './pod-list-order';

const pod = (name: string, workingSet: number | null, ofLimit: number | null): NamespacePod => ({
  pod: name,
  containers: [],
  workingSet,
  limitBytes: null,
  ofLimit,
  restarts: 0,
  oomKilled: false,
});

const pods = [pod('web-1', 300, 0.3), pod('batch', 900, null), pod('idx-0', 800, 0.87), pod('gone', null, null), pod('api', 100, 0.87)];

describe('sortPods', () => {
  it.each<[PodSort, string[]]>([
    ['limit', ['idx-0', 'api', 'web-1', 'batch', 'gone']],
    ['wss', ['batch', 'idx-0', 'web-1', 'api', 'gone']],
    ['name', ['api', 'batch', 'gone', 'idx-0', 'web-1']],
  ])('%s', (sort, order) => {
    expect(sortPods(pods, sort).map((p) => p.pod)).toEqual(order);
  });

  it('does not mutate its input', () => {
    const copy = [...pods];
    sortPods(pods, 'name');
    expect(pods).toEqual(copy);
  });
});

describe('filterPods', () => {
  it.each<[string, string[]]>([
    ['', ['web-1', 'batch', 'idx-0', 'gone', 'api']],
    ['  ', ['web-1', 'batch', 'idx-0', 'gone', 'api']],
    ['b', ['web-1', 'batch']],
    ['IDX', ['idx-0']],
    [' api ', ['api']],
    ['.*', []],
  ])('%j', (query, names) => {
    expect(filterPods(pods, query).map((p) => p.pod)).toEqual(names);
  });
});

describe('worstContainer and limitLevel', () => {
  it('names the container closest to its limit, skipping containers without a limit or a sample', () => {
    const c = (container: string, workingSet: number | null, limitBytes: number | null) => ({
      container,
      workingSet,
      rss: null,
      activeFile: null,
      limitBytes,
      unreclaimable: null,
      pageCacheOnly: false,
    });
    const checkout = { ...pod('checkout', 0, 0), containers: [c('app', 440, 768), c('envoy', 49, 128), c('debug', 900, null), c('gone', null, 10)] };
    expect(worstContainer(checkout)).toBe('app');
    expect(worstContainer(pod('batch', 900, null))).toBeNull();
  });

  it.each<[number, string]>([
    [0, 'ok'],
    [0.799, 'ok'],
    [0.8, 'warn'],
    [0.899, 'warn'],
    [0.9, 'critical'],
    [1.2, 'critical'],
  ])('%d → %s', (fraction, level) => {
    expect(limitLevel(fraction)).toBe(level);
  });
});

describe('pageCacheOnlyPods', () => {
  it('keeps a pod when any of its containers is high only because of page cache', () => {
    const c = (pageCacheOnly: boolean) => ({ container: 'x', workingSet: 1, rss: null, activeFile: null, limitBytes: 1, unreclaimable: null, pageCacheOnly });
    const pod = (name: string, flags: boolean[]) => ({
      pod: name,
      containers: flags.map(c),
      workingSet: 1,
      limitBytes: 1,
      ofLimit: 1,
      restarts: 0,
      oomKilled: false,
    });
    expect(pageCacheOnlyPods([pod('a', [false, true]), pod('b', [false]), pod('c', [])]).map((p) => p.pod)).toEqual(['a']);
  });
});
