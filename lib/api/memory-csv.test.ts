import { describe, expect, it } from 'vitest';
import { podMemoryCsv } from './memory-csv';

const series = (...v: Array<number | null>) => v;

describe('podMemoryCsv', () => {
  it('writes one row per timestamp and container, bytes as given, empty cells for gaps and no limit', () => {
    const csv = podMemoryCsv({
      timestamps: [1796148780, 1796148795],
      containers: [
        {
          container: 'app',
          limitBytes: 268435456,
          requestBytes: null,
          rss: series(10, 11),
          activeFile: series(2, null),
          other: series(0, 1),
          inactiveFile: series(5, 6),
          workingSet: series(12, null),
          usage: series(17, 18),
        },
        {
          container: 'envoy',
          limitBytes: null,
          requestBytes: 64,
          rss: series(1, 1),
          activeFile: series(1, 1),
          other: series(1, 1),
          inactiveFile: series(1, 1),
          workingSet: series(3, 3),
          usage: series(4, 4),
        },
      ],
    });
    expect(csv.split('\r\n')).toEqual([
      'timestamp,time,container,rss_bytes,active_file_bytes,other_bytes,inactive_file_bytes,working_set_bytes,usage_bytes,limit_bytes,request_bytes',
      '1796148780,2026-12-01T18:13:00.000Z,app,10,2,0,5,12,17,268435456,',
      '1796148780,2026-12-01T18:13:00.000Z,envoy,1,1,1,1,3,4,,64',
      '1796148795,2026-12-01T18:13:15.000Z,app,11,,1,6,,18,268435456,',
      '1796148795,2026-12-01T18:13:15.000Z,envoy,1,1,1,1,3,4,,64',
      '',
    ]);
  });
});
