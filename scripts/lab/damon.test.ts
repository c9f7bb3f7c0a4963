import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { damonPageoutAges } from './damon';

let root = '';

function put(path: string, text: string): void {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), `${text}\n`);
}

function kdamond(state: string, action: string): void {
  root = mkdtempSync(join(tmpdir(), 'podmem-damon-'));
  put('0/state', state);
  put('0/contexts/0/monitoring_attrs/intervals/aggr_us', '5000000');
  put('0/contexts/0/schemes/0/action', action);
  put('0/contexts/0/schemes/0/access_pattern/age/min', '12');
}

afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('damonPageoutAges (a copy of this VM’s kdamond layout)', () => {
  it.each([
    ['a running pageout scheme: 12 aggregations of 5 s', 'on', 'pageout', [60]],
    ['a stopped kdamond', 'off', 'pageout', []],
    ['a scheme that only collects statistics', 'on', 'stat', []],
  ])('%s', (_name, state, action, expected) => {
    kdamond(state, action);
    expect(damonPageoutAges(root, join(root, 'no-damon-reclaim'))).toEqual(expected);
  });

  it('reads DAMON_RECLAIM’s min_age (µs) when that module is enabled', () => {
    root = mkdtempSync(join(tmpdir(), 'podmem-damon-'));
    put('reclaim/enabled', 'Y');
    put('reclaim/min_age', '120000000');
    expect(damonPageoutAges(join(root, 'missing'), join(root, 'reclaim'))).toEqual([120]);
  });

  it('finds nothing where DAMON is not built in', () => {
    root = mkdtempSync(join(tmpdir(), 'podmem-damon-'));
    expect(damonPageoutAges(join(root, 'missing'), join(root, 'missing'))).toEqual([]);
  });
});
