import { describe, expect, it } from 'vitest';
import type { Layers } from './split';
import { buildToolRows } from './tools';

const MiB = 1024 * 1024;
const GiB = 1024 * MiB;
// Seed phase C: rss 29638656 + active 105140224 + other 0 = wss 134778880; inactive 1105920.
const phaseC: Layers = { rss: 29638656, activeFile: 105140224, other: 0, inactiveFile: 1105920, workingSet: 134778880, usage: 135884800 };

describe('buildToolRows', () => {
  it('explains the seed: kubectl top 128.5 MiB, RES ≈ 28–29 MiB, top header = node', () => {
    const rows = buildToolRows({ layers: phaseC, mappedFileBytes: 2 * MiB, node: { totalBytes: 16 * GiB, availableBytes: 10 * GiB }, limitBytes: 256 * MiB });
    expect(rows.map((r) => r.tool)).toEqual(['kubectl-top', 'top-res', 'top-header', 'limit', 'oom-killer']);
    const [kubectl, res, header, limit, oom] = rows;
    expect(kubectl).toMatchObject({ valueBytes: 134778880, ofLimit: 134778880 / 268435456, approximate: false });
    expect(res).toMatchObject({ valueBytes: 29638656 + 2097152, approximate: true });
    expect(header).toMatchObject({ valueBytes: 6 * GiB, totalBytes: 16 * GiB, ofLimit: null });
    expect(limit).toMatchObject({ valueBytes: 268435456, ofLimit: 1 });
    // rss + other = 29638656 (all cache reclaimed) up to the working set 134778880
    expect(oom).toMatchObject({ valueBytes: 29638656, highBytes: 134778880, ofLimit: 29638656 / 268435456 });
  });

  it('handles no limit, unknown mapped_file and a node known only by machine_memory_bytes', () => {
    const layers: Layers = { rss: 100, activeFile: 50, other: 30, inactiveFile: 20, workingSet: 180, usage: 200 };
    const rows = buildToolRows({ layers, mappedFileBytes: null, node: { totalBytes: 8 * GiB, availableBytes: null }, limitBytes: 0 });
    expect(rows.map((r) => [r.tool, r.valueBytes, r.highBytes, r.totalBytes, r.ofLimit])).toEqual([
      ['kubectl-top', 180, null, null, null],
      ['top-res', 100, null, null, null],
      ['top-header', null, null, 8 * GiB, null],
      ['limit', null, null, null, null],
      ['oom-killer', 130, 180, null, null],
    ]);
  });

  it('leaves top header empty without node data', () => {
    const rows = buildToolRows({ layers: phaseC, mappedFileBytes: 0, node: null, limitBytes: null });
    expect(rows[2]).toMatchObject({ tool: 'top-header', valueBytes: null, totalBytes: null });
  });
});
