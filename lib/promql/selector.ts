import { escapeRegex, isLabelName, quoteLabelValue } from './escape';

export type MatchOp = '=' | '!=' | '=~' | '!~';

/** One label matcher; `value` is always the raw value, escaped only when rendered. */
export interface Matcher {
  readonly name: string;
  readonly op: MatchOp;
  readonly value: string;
}

export const eq = (name: string, value: string): Matcher => ({ name, op: '=', value });
export const neq = (name: string, value: string): Matcher => ({ name, op: '!=', value });
export const re = (name: string, value: string): Matcher => ({ name, op: '=~', value });

/** `__name__=~"a|b|c"` for exact metric names: one selector fetches several metrics in one round trip. */
export function anyOfNames(names: readonly string[]): Matcher {
  return re('__name__', names.map(escapeRegex).join('|'));
}

/** Renders one matcher; throws on a label name that is not a valid identifier. */
export function renderMatcher(m: Matcher): string {
  if (!isLabelName(m.name)) throw new Error(`invalid label name: ${JSON.stringify(m.name)}`);
  return `${m.name}${m.op}${quoteLabelValue(m.value)}`;
}

/** Renders `metric{m1, m2}` (or `{m1, m2}` without a metric name). */
export function buildSelector(metric: string | null, matchers: readonly Matcher[]): string {
  if (metric !== null && !/^[a-zA-Z_:][a-zA-Z0-9_:]*$/.test(metric)) {
    throw new Error(`invalid metric name: ${JSON.stringify(metric)}`);
  }
  return `${metric ?? ''}{${matchers.map(renderMatcher).join(', ')}}`;
}

/** Parses a selector such as `job="kubelet", metrics_path="/metrics/cadvisor"` into matchers (config input). */
export function parseMatchers(text: string): Matcher[] {
  const body = text.trim().replace(/^\{/, '').replace(/\}$/, '').trim();
  if (body === '') return [];
  const out: Matcher[] = [];
  const pattern = /\s*([a-zA-Z_][a-zA-Z0-9_]*)\s*(=~|!~|!=|=)\s*"((?:[^"\\]|\\.)*)"\s*(,|$)/y;
  let pos = 0;
  while (pos < body.length) {
    pattern.lastIndex = pos;
    const m = pattern.exec(body);
    if (!m || m[0] === '') throw new Error(`cannot parse matchers at ${JSON.stringify(body.slice(pos))}`);
    out.push({ name: m[1] as string, op: m[2] as MatchOp, value: JSON.parse(`"${m[3] as string}"`) as string });
    pos = pattern.lastIndex;
  }
  return out;
}
