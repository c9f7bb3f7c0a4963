import { describe, expect, it } from 'vitest';
import { containerMemorySchema, layerSeriesShape } from '@/lib/api/pod-memory';
import { z } from 'zod';
import { toChartRows } from './chart-rows';
import { LAYERS, SERIES_KEYS, SOURCED_IDS, STACK_IDS, valueRows, VALUE_ROWS, type LayerDef } from './layers';
import { splitWorkingSet } from './split';

describe('the layer registry', () => {
  it('lists the layers bottom to top and derives every other list from them', () => {
    expect(STACK_IDS).toEqual(['rss', 'activeFile', 'other', 'inactiveFile']);
    expect(SERIES_KEYS).toEqual(['rss', 'activeFile', 'other', 'inactiveFile', 'workingSet', 'usage']);
    expect(VALUE_ROWS).toEqual(['rss', 'activeFile', 'other', 'workingSet', 'inactiveFile', 'usage']);
    expect(SOURCED_IDS).toEqual(['activeFile', 'inactiveFile']);
  });

  it('drives the API schema: every layer is a field, swap may be null', () => {
    const c = { container: 'a', limitBytes: null, requestBytes: null, rss: [1], activeFile: [2], other: [3], inactiveFile: [4], workingSet: [6], usage: [10] };
    expect(containerMemorySchema.parse({ ...c, swap: null }).swap).toBeNull();
    expect(() => containerMemorySchema.parse({ ...c, rss: undefined })).toThrow();
  });
});

/** The registry plus one made-up layer: kernel memory, measured, inside the working set, below "other". */
const KERNEL: LayerDef = { id: 'kernel', measure: 'measured', charge: 'working-set', color: '--color-kernel', pattern: 'solid', read: () => 5 };
const WITH_KERNEL: readonly LayerDef[] = [...LAYERS.slice(0, 2), KERNEL, ...LAYERS.slice(2)];

describe('a new layer is one registry entry', () => {
  it('reaches the split: it takes its bytes out of "other", the identities still hold', () => {
    const l = splitWorkingSet({ usage: 100, workingSet: 80, rss: 40, cache: null, activeFile: 20, inactiveFile: 20 }, WITH_KERNEL) as Record<string, number>;
    expect(l).toEqual({ rss: 40, activeFile: 20, kernel: 5, other: 15, inactiveFile: 20, workingSet: 80, usage: 100 });
  });

  it('reaches the API schema', () => {
    const schema = z.object(layerSeriesShape(WITH_KERNEL));
    const parsed = schema.parse({ rss: [1], activeFile: [1], kernel: [7, null], other: [1], inactiveFile: [1], workingSet: [1], usage: [1] });
    expect(parsed.kernel).toEqual([7, null]);
    expect(() => schema.parse({ rss: [1], activeFile: [1], other: [1], inactiveFile: [1], workingSet: [1], usage: [1] })).toThrow(/kernel/);
  });

  it('reaches the chart rows and the table order', () => {
    const container = {
      container: 'a',
      limitBytes: null,
      requestBytes: null,
      rss: [1],
      activeFile: [2],
      kernel: [7],
      other: [3],
      inactiveFile: [4],
      workingSet: [13],
      usage: [17],
    };
    const rows = toChartRows([1000], container, WITH_KERNEL);
    expect(rows).toEqual([{ t: 1000, rss: 1, activeFile: 2, kernel: 7, other: 3, inactiveFile: 4, swap: null, workingSet: 13, usage: 17 }]);
    expect(valueRows(WITH_KERNEL)).toEqual(['rss', 'activeFile', 'kernel', 'other', 'workingSet', 'inactiveFile', 'usage']);
  });
});
