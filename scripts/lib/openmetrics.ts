/** One series to backfill: a metric name, its labels and [unix seconds, value] samples in time order. */
export interface SeriesData {
  name: string;
  type: 'gauge' | 'counter';
  help?: string;
  labels: Record<string, string>;
  samples: Array<[number, number]>;
}

function formatLabels(labels: Record<string, string>): string {
  const parts = Object.entries(labels).map(([k, v]) => `${k}=${JSON.stringify(v)}`);
  return parts.length ? `{${parts.join(',')}}` : '';
}

function formatValue(v: number): string {
  if (Number.isNaN(v)) return 'NaN';
  if (v === Infinity) return '+Inf';
  if (v === -Infinity) return '-Inf';
  return String(v);
}

/** Family name for the `# TYPE` line: OpenMetrics names a counter family without its `_total`. */
function familyName(s: SeriesData): string {
  return s.type === 'counter' ? s.name.replace(/_total$/, '') : s.name;
}

/**
 * Renders series as OpenMetrics text for `promtool tsdb create-blocks-from openmetrics`: families are
 * contiguous, each series' samples contiguous and in time order, and the file ends with `# EOF`.
 */
export function renderOpenMetrics(series: readonly SeriesData[]): string {
  const families = new Map<string, SeriesData[]>();
  for (const s of series) {
    const key = familyName(s);
    const list = families.get(key) ?? [];
    list.push(s);
    families.set(key, list);
  }
  const lines: string[] = [];
  for (const [family, list] of families) {
    const first = list[0];
    if (!first) continue;
    lines.push(`# TYPE ${family} ${first.type}`);
    if (first.help) lines.push(`# HELP ${family} ${first.help}`);
    for (const s of list) {
      const labels = formatLabels(s.labels);
      for (const [t, v] of s.samples) lines.push(`${s.name}${labels} ${formatValue(v)} ${t}`);
    }
  }
  lines.push('# EOF', '');
  return lines.join('\n');
}
