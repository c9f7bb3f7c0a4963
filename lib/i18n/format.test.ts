import { describe, expect, it } from 'vitest';
import { formatBytes, formatDuration, formatPercent, formatTime } from './format';

const MiB = 1024 * 1024;

describe('formatBytes', () => {
  it.each<[number, string, string]>([
    [0, '0.0 MiB', '0.0 MiB'],
    [29638656, '28.3 MiB', '28.3 MiB'],
    [134778880, '128.5 MiB', '128.5 MiB'],
    [268435456, '256.0 MiB', '256.0 MiB'],
    [1137303552, '1,084.6 MiB', '1,084.6 MiB'],
    [10 * 1024 * MiB - 1, '10,240.0 MiB', '10,240.0 MiB'],
    [10 * 1024 * MiB, '10.0 GiB', '10.0 GiB'],
    [13071106048, '12.2 GiB', '12.2 GiB'],
    [Number.NaN, '–', '–'],
  ])('%d bytes', (bytes, en, zh) => {
    expect(formatBytes(bytes, 'en')).toBe(en);
    expect(formatBytes(bytes, 'zh')).toBe(zh);
  });

  it('trims a whole number for limits', () => {
    expect(formatBytes(268435456, 'en', { trimWhole: true })).toBe('256 MiB');
    expect(formatBytes(2147483648, 'en', { trimWhole: true })).toBe('2,048 MiB');
    expect(formatBytes(300 * MiB + 1, 'en', { trimWhole: true })).toBe('300.0 MiB');
    expect(formatBytes(16 * 1024 * MiB, 'zh', { trimWhole: true })).toBe('16 GiB');
  });
});

describe('formatPercent', () => {
  it.each<[number, string, string]>([
    [134778880 / 268435456, '50.2 %', '50.2%'],
    [0.5, '50 %', '50%'],
    [0.42968, '43 %', '43%'],
    [1.0625, '106.3 %', '106.3%'],
    [0, '0 %', '0%'],
    [Number.POSITIVE_INFINITY, '–', '–'],
  ])('%d', (fraction, en, zh) => {
    expect(formatPercent(fraction, 'en')).toBe(en);
    expect(formatPercent(fraction, 'zh')).toBe(zh);
  });
});

describe('formatTime', () => {
  it('formats per locale in 24-hour time', () => {
    const ms = Date.UTC(2026, 0, 2, 15, 4, 5);
    expect(formatTime(ms, 'en', 'UTC')).toBe('Jan 2, 2026, 15:04:05');
    expect(formatTime(ms, 'zh', 'UTC')).toBe('2026年1月2日 15:04:05');
    // TZ=UTC in the test run: the runtime default is UTC too.
    expect(formatTime(ms, 'en')).toBe('Jan 2, 2026, 15:04:05');
  });
});

describe('formatDuration', () => {
  it.each<[number, string, string]>([
    [45, '45 s', '45 秒'],
    [300, '5 min', '5 分钟'],
    [330, '5 min 30 s', '5 分钟 30 秒'],
    [4800, '1 h 20 min', '1 小时 20 分钟'],
    [3600, '1 h', '1 小时'],
    [0, '0 s', '0 秒'],
  ])('%d s', (s, en, zh) => {
    expect(formatDuration(s, 'en')).toBe(en);
    expect(formatDuration(s, 'zh')).toBe(zh);
  });
});
