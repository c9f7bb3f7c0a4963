/** One sample line of a Prometheus text exposition. */
export interface ExpositionSample {
  readonly name: string;
  readonly labels: Readonly<Record<string, string>>;
  readonly value: number;
  /** The sample's own timestamp (ms) when the line carries one; capture tools drop it. */
  readonly timestampMs: number | null;
}

/** A parsed exposition: samples in file order plus the `# TYPE` and `# HELP` of each family. */
export interface Exposition {
  readonly samples: ExpositionSample[];
  readonly types: ReadonlyMap<string, string>;
  readonly helps: ReadonlyMap<string, string>;
}

const METRIC_NAME = /[a-zA-Z_:][a-zA-Z0-9_:]*/y;
const LABEL_NAME = /[a-zA-Z_][a-zA-Z0-9_]*/y;

/** Parses a Prometheus sample value: floats, NaN, +Inf, -Inf (Go's ParseFloat spellings). */
export function parseExpositionValue(text: string): number {
  const lower = text.toLowerCase();
  if (lower === 'nan') return NaN;
  if (lower === '+inf' || lower === 'inf') return Infinity;
  if (lower === '-inf') return -Infinity;
  const n = Number(text);
  if (text === '' || Number.isNaN(n)) throw new Error(`not a sample value: ${JSON.stringify(text)}`);
  return n;
}

function unescapeHelp(text: string): string {
  return text.replace(/\\(\\|n)/g, (_m, c: string) => (c === 'n' ? '\n' : '\\'));
}

/** Reads `{a="x",b="y\"z"}` starting at `pos` (at the `{`); returns the labels and the index after `}`. */
function readLabels(line: string, pos: number, lineNo: number): { labels: Record<string, string>; next: number } {
  const labels: Record<string, string> = {};
  let i = pos + 1;
  const fail: (why: string) => never = (why) => {
    throw new Error(`line ${lineNo}: ${why} at column ${i + 1}`);
  };
  for (;;) {
    while (line[i] === ' ' || line[i] === '\t') i++;
    if (line[i] === '}') return { labels, next: i + 1 };
    LABEL_NAME.lastIndex = i;
    const m = LABEL_NAME.exec(line);
    if (!m) fail('expected a label name');
    const name = m[0];
    i = LABEL_NAME.lastIndex;
    while (line[i] === ' ') i++;
    if (line[i] !== '=') fail('expected =');
    i++;
    while (line[i] === ' ') i++;
    if (line[i] !== '"') fail('expected "');
    i++;
    let value = '';
    for (;;) {
      const c = line[i];
      if (c === undefined) fail('unterminated label value');
      if (c === '"') break;
      if (c === '\\') {
        const e = line[i + 1];
        value += e === 'n' ? '\n' : e === '"' ? '"' : e === '\\' ? '\\' : `\\${e ?? ''}`;
        i += 2;
      } else {
        value += c;
        i++;
      }
    }
    i++;
    if (name in labels) fail(`duplicate label ${name}`);
    labels[name] = value;
    while (line[i] === ' ') i++;
    if (line[i] === ',') i++;
    else if (line[i] !== '}') fail('expected , or }');
  }
}

/** Parses one sample line (`name{labels} value [timestamp_ms]`). */
export function parseSampleLine(line: string, lineNo = 0): ExpositionSample {
  METRIC_NAME.lastIndex = 0;
  const m = METRIC_NAME.exec(line);
  if (!m) throw new Error(`line ${lineNo}: expected a metric name`);
  let labels: Record<string, string> = {};
  let i = METRIC_NAME.lastIndex;
  if (line[i] === '{') ({ labels, next: i } = readLabels(line, i, lineNo));
  const rest = line
    .slice(i)
    .trim()
    .split(/[ \t]+/);
  if (rest.length < 1 || rest.length > 2 || rest[0] === '') throw new Error(`line ${lineNo}: expected "value [timestamp]" after the labels`);
  const value = parseExpositionValue(rest[0] ?? '');
  const ts = rest[1] === undefined ? null : Number(rest[1]);
  if (ts !== null && !Number.isInteger(ts)) throw new Error(`line ${lineNo}: bad timestamp ${JSON.stringify(rest[1])}`);
  return { name: m[0], labels, value, timestampMs: ts };
}

/** Parses Prometheus text exposition format 0.0.4 (what kubelet and kube-state-metrics serve). */
export function parseExposition(text: string): Exposition {
  const samples: ExpositionSample[] = [];
  const types = new Map<string, string>();
  const helps = new Map<string, string>();
  const lines = text.split('\n');
  for (let n = 0; n < lines.length; n++) {
    const line = (lines[n] ?? '').replace(/\r$/, '');
    if (line.trim() === '') continue;
    if (line.startsWith('#')) {
      const meta = /^#\s+(HELP|TYPE)\s+([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\s(.*))?$/.exec(line);
      if (!meta) continue; // other comments are allowed and ignored
      const [, kind, name = '', rest = ''] = meta;
      if (kind === 'TYPE') types.set(name, rest.trim());
      else helps.set(name, unescapeHelp(rest));
      continue;
    }
    samples.push(parseSampleLine(line, n + 1));
  }
  return { samples, types, helps };
}
