/**
 * The one place label values become PromQL text. Go-style escaping of backslash, double quote and
 * newline (Prometheus' own `strconv.Quote` for matchers); JSON string escaping is a superset that
 * Prometheus' lexer accepts, so JSON.stringify gives a valid, safe literal for any input.
 */
export function quoteLabelValue(value: string): string {
  return JSON.stringify(value);
}

const REGEX_META = /[\\^$.|?*+()[\]{}]/g;

/** Escapes RE2 metacharacters so a literal value can sit inside a `=~` matcher. */
export function escapeRegex(value: string): string {
  return value.replace(REGEX_META, '\\$&');
}

const LABEL_NAME = /^[a-zA-Z_][a-zA-Z0-9_]*$/;

/** True for a valid Prometheus label name; names are never escaped, only checked. */
export function isLabelName(name: string): boolean {
  return LABEL_NAME.test(name);
}
