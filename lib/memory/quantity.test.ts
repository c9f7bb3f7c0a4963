import { describe, expect, it } from 'vitest';
import { parseByteQuantity } from './quantity';

describe('parseByteQuantity', () => {
  it.each<[string, number | null]>([
    ['268435456', 268435456],
    ['256Mi', 268435456],
    ['256MiB', 268435456],
    [' 1Gi ', 1073741824],
    ['1.5Gi', 1610612736],
    ['500M', 500000000],
    ['128k', 128000],
    ['2Ki', 2048],
    ['0', 0],
    ['', null],
    ['max', null],
    ['-1', null],
    ['1e9', null],
    ['12ab', null],
    ['1 Gi', 1073741824],
    ['1Gb', null],
  ])('%j → %s', (text, want) => expect(parseByteQuantity(text)).toBe(want));
});
