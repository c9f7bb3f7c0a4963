/** Values of one series on the request's time grid (null = no sample at that point). */
export type Grid = (number | null)[];

/**
 * The raw per-container inputs podmem reads, keyed by the domain's names (lib/promql/memory-queries.ts
 * maps each to its cAdvisor metric). A missing key = the series was not in the result.
 */
export type RawField = 'usage' | 'workingSet' | 'rss' | 'cache' | 'activeFile' | 'inactiveFile' | 'swap' | 'specLimit';
export type Fields = Partial<Record<RawField, Grid>>;

export interface PodMemoryRows {
  /** App (and init) containers by name. */
  readonly containers: Map<string, Fields>;
  /** The pod-level cgroup (container="", image=""), or null when not in the result. */
  readonly podCgroup: Fields | null;
}

export interface ContainerResources {
  limit?: number | null;
  request?: number | null;
  init?: boolean;
}
