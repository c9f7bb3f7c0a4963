/** The last non-null value of a series, or null when it has none. */
export function lastValue(values: readonly (number | null)[]): number | null {
  for (let i = values.length - 1; i >= 0; i--) {
    const v = values[i];
    if (v !== null && v !== undefined) return v;
  }
  return null;
}

/** The largest non-null value of a series, or null when it has none. */
export function peakValue(values: readonly (number | null)[]): number | null {
  return values.reduce<number | null>((max, v) => (v !== null && (max === null || v > max) ? v : max), null);
}
