/** A series as podmem uses it: labels and [unix seconds, value] pairs with numbers already parsed. */
export interface Series {
  readonly labels: Readonly<Record<string, string>>;
  readonly points: ReadonlyArray<readonly [number, number]>;
}

export interface QueryResult {
  readonly series: Series[];
  /** Upstream warnings (and Thanos/VictoriaMetrics partial-response flags) surfaced to the user. */
  readonly warnings: string[];
}
