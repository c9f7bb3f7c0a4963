import { describe, expect, it } from 'vitest';
import { i18nFor } from '@/lib/testing/i18n';
import { buildToolRows } from '@/lib/memory/tools';
import { renderToolRow } from './tools-text';

const MiB = 1024 * 1024;
const GiB = 1024 * MiB;

describe('renderToolRow', () => {
  const rows = buildToolRows({
    layers: { rss: 29638656, activeFile: 105140224, other: 0, inactiveFile: 1105920, workingSet: 134778880, usage: 135884800 },
    mappedFileBytes: 2 * MiB,
    node: { totalBytes: 16 * GiB, availableBytes: 10 * GiB },
    limitBytes: 256 * MiB,
  });

  it('renders the seed in English', () => {
    expect(rows.map((r) => renderToolRow(r, i18nFor('en'))).map((r) => [r.name, r.value, r.ofLimit])).toEqual([
      ['kubectl top pod', '128.5 MiB', '50.2 %'],
      ['top / ps RES (per process)', '≈ 30.3 MiB', '11.8 %'],
      ["top's header (MiB Mem)", '6,144.0 MiB used of 16.0 GiB', null],
      ['Limit the kernel enforces', '256 MiB', null],
      ['What reclaim leaves (OOM risk)', '28.3 MiB to 128.5 MiB', '11 %'],
    ]);
  });

  it('renders in Chinese', () => {
    expect(rows.map((r) => renderToolRow(r, i18nFor('zh')).value)).toEqual([
      '128.5 MiB',
      '≈ 30.3 MiB',
      '已用 6,144.0 MiB，共 16.0 GiB',
      '256 MiB',
      '28.3 MiB 到 128.5 MiB',
    ]);
  });

  it('says when there is no limit or no node data', () => {
    const bare = buildToolRows({
      layers: { rss: 1, activeFile: 0, other: 0, inactiveFile: 0, workingSet: 1, usage: 1 },
      mappedFileBytes: null,
      node: null,
      limitBytes: null,
    });
    const text = bare.map((r) => renderToolRow(r, i18nFor('en')));
    expect(text.find((r) => r.tool === 'top-header')?.value).toBe('unknown');
    expect(text.find((r) => r.tool === 'limit')?.value).toBe("no limit: the node's memory is the limit");
  });
});
