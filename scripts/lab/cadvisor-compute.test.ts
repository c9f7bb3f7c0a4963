import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { computeCadvisorMemory, parseMemoryStat, specLimitValue, type CadvisorMemory, type CgroupMemoryFiles } from './cadvisor-compute';
import { REAL_FIXTURES } from '@/lib/testing/real-fixtures';

const FIXTURES = REAL_FIXTURES;
const v1Stat = readFileSync(`${FIXTURES}/elastic__elastic-agent-system-metrics/memory.stat`, 'utf8');
const v2Stat = readFileSync(`${FIXTURES}/influxdata__telegraf/memory.stat`, 'utf8');

describe('computeCadvisorMemory on real memory.stat files', () => {
  it('cgroup v1 (elastic-agent, hierarchical): wss = usage − total_inactive_file', () => {
    const files: CgroupMemoryFiles = {
      version: 'v1',
      memoryStat: v1Stat,
      usage: '1215860736\n',
      limit: '2147483648\n',
      useHierarchy: '1\n',
      failcnt: '3\n',
      kmemUsage: '4096\n',
    };
    expect(computeCadvisorMemory(files)).toEqual<CadvisorMemory>({
      usage: 1215860736,
      workingSet: 1137303552,
      rss: 1119465472,
      cache: 78397440,
      mappedFile: 0,
      swap: 0,
      activeFile: 0,
      inactiveFile: 78557184,
      kernelUsage: 4096,
      failcnt: 3,
      specLimit: 2147483648,
    });
  });

  it('cgroup v2 (telegraf): anon/file/file_mapped, wss = memory.current − inactive_file, no kmem or failcnt', () => {
    const files: CgroupMemoryFiles = { version: 'v2', memoryStat: v2Stat, usage: '13071106048\n', limit: 'max\n', swapCurrent: '8192\n' };
    expect(computeCadvisorMemory(files)).toEqual<CadvisorMemory>({
      usage: 13071106048,
      workingSet: 10135646208,
      rss: 2471755776,
      cache: 8532865024,
      mappedFile: 14213120,
      swap: 8192,
      activeFile: 5597401088,
      inactiveFile: 2935459840,
      kernelUsage: 0,
      failcnt: 0,
      specLimit: 0,
    });
  });
});

describe('computeCadvisorMemory edge cases', () => {
  const v1 = (stat: string, usage: string, extra: Partial<CgroupMemoryFiles> = {}): CgroupMemoryFiles => ({
    version: 'v1',
    memoryStat: stat,
    usage,
    limit: '9223372036854771712',
    ...extra,
  });

  it.each([
    ['clamps wss to 0 when inactive_file exceeds usage', v1('total_inactive_file 5000\n', '4000'), { workingSet: 0 }],
    ['keeps wss = usage when memory.stat has no inactive_file key', v1('total_rss 10\n', '4000'), { workingSet: 4000, inactiveFile: 0 }],
    [
      'reads the cgroup’s own keys without use_hierarchy, but total_*_file for the LRU lists',
      v1('rss 1\ncache 2\ntotal_rss 10\ntotal_cache 20\ninactive_file 7\ntotal_inactive_file 3\n', '100', { useHierarchy: '0' }),
      { rss: 1, cache: 2, inactiveFile: 3, workingSet: 97 },
    ],
    ['exports the v1 unlimited value as 0', v1('', '0'), { specLimit: 0 }],
    [
      'treats v2 without swap accounting as swap 0',
      { version: 'v2', memoryStat: 'anon 1\n', usage: '1', limit: '268435456' } satisfies CgroupMemoryFiles,
      { swap: 0, specLimit: 268435456 },
    ],
  ] as const)('%s', (_name, files, expected) => {
    expect(computeCadvisorMemory(files)).toMatchObject(expected);
  });

  it('rejects a usage file that is not a number', () => {
    expect(() => computeCadvisorMemory(v1('', 'garbage'))).toThrow(/not an unsigned integer/);
  });
});

describe('parseMemoryStat and specLimitValue', () => {
  it('parses every line of the real v2 file', () => {
    const stat = parseMemoryStat(v2Stat);
    expect(stat.size).toBe(47);
    expect(stat.get('file_mapped')).toBe(14213120);
  });

  it('throws on a malformed line', () => {
    expect(() => parseMemoryStat('anon 1\nbroken\n')).toThrow(/cannot parse line "broken"/);
  });

  it.each([
    ['max', 0],
    ['268435456\n', 268435456],
    [String(2 ** 62), 2 ** 62],
    ['9223372036854771712', 0],
  ])('specLimitValue(%j) = %d', (text, expected) => {
    expect(specLimitValue(text)).toBe(expected);
  });
});
