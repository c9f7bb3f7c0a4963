import type { PodMemory } from './pod-memory';

/** The CSV's header: the instant, the container, each layer in bytes, then limit and request. */
export const MEMORY_CSV_COLUMNS = [
  'timestamp',
  'time',
  'container',
  'rss_bytes',
  'active_file_bytes',
  'other_bytes',
  'inactive_file_bytes',
  'working_set_bytes',
  'usage_bytes',
  'limit_bytes',
  'request_bytes',
] as const;

const cell = (v: number | null | undefined) => (v === null || v === undefined ? '' : String(v));

/**
 * One row per timestamp and container, the same numbers as the JSON API (bytes, as integers where the
 * API has them); an empty cell is a missing sample or no limit/request. Container names are Kubernetes
 * names, so no cell needs quoting. RFC 4180 line ends.
 */
export function podMemoryCsv(memory: Pick<PodMemory, 'timestamps' | 'containers'>): string {
  const lines: string[] = [MEMORY_CSV_COLUMNS.join(',')];
  memory.timestamps.forEach((t, i) => {
    const time = new Date(t * 1000).toISOString();
    for (const c of memory.containers) {
      lines.push(
        [
          String(t),
          time,
          c.container,
          cell(c.rss[i]),
          cell(c.activeFile[i]),
          cell(c.other[i]),
          cell(c.inactiveFile[i]),
          cell(c.workingSet[i]),
          cell(c.usage[i]),
          cell(c.limitBytes),
          cell(c.requestBytes),
        ].join(','),
      );
    }
  });
  return `${lines.join('\r\n')}\r\n`;
}
