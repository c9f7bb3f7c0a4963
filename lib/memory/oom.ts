/**
 * OOM post-mortem (docs/sizing.md): for one kill, the layers just before it, which one grew and how
 * fast, and what kind of kill it was. Pure; lib/i18n/oom-text.ts writes the two-sentence summary.
 */
const MiB = 1024 * 1024;

type Values = ReadonlyArray<number | null>;

export const OOM_KINDS = ['cgroup-limit', 'shmem', 'node-pressure', 'evicted', 'unknown'] as const;
export type OomKind = (typeof OOM_KINDS)[number];

export const GROWTH_LAYERS = ['rss', 'activeFile', 'inactiveFile', 'other'] as const;
export type GrowthLayer = (typeof GROWTH_LAYERS)[number];

export interface OomLayers {
  timestamps: readonly number[];
  workingSet: Values;
  rss: Values;
  activeFile: Values;
  inactiveFile: Values;
  other: Values;
}

export interface OomInput {
  container: string;
  /** Unix seconds of the kill (kube-state-metrics' last terminated timestamp, else when the restart was seen). */
  at: number;
  limitBytes: number | null;
  /** True when kube-state-metrics says OOMKilled; false for a restart with exit code 137 and another reason. */
  oomKilled: boolean;
  /** kube_pod_status_reason{reason="Evicted"} was 1 around the kill. */
  evicted: boolean;
  layers: OomLayers;
  /** The node's memory on the same grid; null when unknown. */
  node: { totalBytes: Values | null; availableBytes: Values | null } | null;
  restarts: number | null;
  /** Increase of container_oom_events_total in the range (supporting evidence only: often 0, cadvisor#3015). */
  oomEvents: number | null;
}

export type LayerValues = Record<'workingSet' | GrowthLayer, number | null>;

export interface OomKill {
  container: string;
  at: number;
  kind: OomKind;
  limitBytes: number | null;
  /** Layers at the last sample at or before the kill (null when there is none within the lookback). */
  before: LayerValues;
  beforeAt: number | null;
  /** working set − active_file just before the kill, and its share of the limit. */
  unreclaimableBytes: number | null;
  unreclaimableOfLimit: number | null;
  /** The layer that grew most over the window before the kill, its rate, and the window used. */
  grew: GrowthLayer | null;
  rateBytesPerMinute: number | null;
  windowSeconds: number;
  nodeAvailableBytes: number | null;
  nodeAvailableShare: number | null;
  restarts: number | null;
  oomEvents: number | null;
  oomKilled: boolean;
}

export const OOM_RULES = {
  /** Growth is measured over at most this window before the kill. */
  windowSeconds: 600,
  /** The last sample must be this recent to speak for the moment of the kill. */
  lookbackSeconds: 120,
  /** Unreclaimable memory at or above this share of the limit: the container met its cgroup limit. */
  atLimit: 0.9,
  /** The node counts as under pressure when MemAvailable is below this share of its memory. */
  nodeAvailableShare: 0.05,
  /** A layer "grew" only when it rose by at least this much. */
  minGrowthBytes: MiB,
} as const;

const isNum = (v: number | null | undefined): v is number => v !== null && v !== undefined && Number.isFinite(v);

/** Index of the last sample at or before t within the lookback, else -1. */
function indexBefore(timestamps: readonly number[], values: Values, t: number, lookback: number): number {
  for (let i = timestamps.length - 1; i >= 0; i--) {
    const ts = timestamps[i] ?? 0;
    if (ts > t) continue;
    if (ts < t - lookback) return -1;
    if (isNum(values[i])) return i;
  }
  return -1;
}

/** Index of the first sample in [from, to] with a value, else -1. */
function indexFrom(timestamps: readonly number[], values: Values, from: number, to: number): number {
  for (let i = 0; i < timestamps.length; i++) {
    const ts = timestamps[i] ?? 0;
    if (ts >= from && ts <= to && isNum(values[i])) return i;
  }
  return -1;
}

/** Classifies one kill and measures what grew before it. `previousKill` bounds the window (never across a restart). */
export function analyzeKill(input: OomInput, previousKill: number | null = null): OomKill {
  const L = input.layers;
  const i = indexBefore(L.timestamps, L.workingSet, input.at, OOM_RULES.lookbackSeconds);
  const at = (k: 'workingSet' | GrowthLayer, idx: number): number | null => (idx < 0 ? null : (L[k][idx] ?? null));
  const before: LayerValues = {
    workingSet: at('workingSet', i),
    rss: at('rss', i),
    activeFile: at('activeFile', i),
    inactiveFile: at('inactiveFile', i),
    other: at('other', i),
  };
  const beforeAt = i < 0 ? null : (L.timestamps[i] ?? null);
  const limit = input.limitBytes !== null && input.limitBytes > 0 ? input.limitBytes : null;
  const unreclaimable = before.workingSet === null ? null : before.workingSet - (before.activeFile ?? 0);
  const ofLimit = unreclaimable === null || limit === null ? null : unreclaimable / limit;

  // Growth: from the first sample of the window (after any earlier kill) to the one before the kill.
  let grew: GrowthLayer | null = null;
  let rate: number | null = null;
  let windowSeconds = 0;
  if (beforeAt !== null) {
    const from = Math.max(input.at - OOM_RULES.windowSeconds, previousKill === null ? -Infinity : previousKill + 1);
    const j = indexFrom(L.timestamps, L.workingSet, from, beforeAt);
    const startAt = j < 0 ? null : (L.timestamps[j] ?? null);
    if (startAt !== null && beforeAt > startAt) {
      windowSeconds = beforeAt - startAt;
      let best = OOM_RULES.minGrowthBytes;
      for (const k of GROWTH_LAYERS) {
        const a = at(k, j);
        const b = before[k];
        if (a === null || b === null) continue;
        if (b - a >= best) {
          best = b - a;
          grew = k;
          rate = ((b - a) / windowSeconds) * 60;
        }
      }
    }
  }

  const ni = input.node?.availableBytes ? indexBefore(L.timestamps, input.node.availableBytes, input.at, OOM_RULES.lookbackSeconds) : -1;
  const nodeAvailable = ni < 0 ? null : (input.node?.availableBytes?.[ni] ?? null);
  const nodeTotal = ni < 0 ? null : (input.node?.totalBytes?.[ni] ?? null);
  const nodeShare = nodeAvailable !== null && nodeTotal !== null && nodeTotal > 0 ? nodeAvailable / nodeTotal : null;

  return {
    container: input.container,
    at: input.at,
    kind: classify(input, ofLimit, before, nodeShare),
    limitBytes: limit,
    before,
    beforeAt,
    unreclaimableBytes: unreclaimable,
    unreclaimableOfLimit: ofLimit,
    grew,
    rateBytesPerMinute: rate,
    windowSeconds,
    nodeAvailableBytes: nodeAvailable,
    nodeAvailableShare: nodeShare,
    restarts: input.restarts,
    oomEvents: input.oomEvents,
    oomKilled: input.oomKilled,
  };
}

/**
 * evicted: the kubelet evicted the pod; node-pressure: the node was nearly out of memory while the
 * container was below its limit; cgroup-limit / shmem: OOMKilled with unreclaimable memory at the
 * limit, shmem when tmpfs/kernel ("other") outweighs RSS; unknown: anything the data cannot tell
 * (exit 137 without OOMKilled, no sample before the kill, below the limit on a healthy node).
 */
function classify(input: OomInput, ofLimit: number | null, before: LayerValues, nodeShare: number | null): OomKind {
  if (input.evicted) return 'evicted';
  const atLimit = ofLimit !== null && ofLimit >= OOM_RULES.atLimit;
  if (nodeShare !== null && nodeShare < OOM_RULES.nodeAvailableShare && !atLimit) return 'node-pressure';
  if (!input.oomKilled || !atLimit) return 'unknown';
  return (before.other ?? 0) > (before.rss ?? 0) ? 'shmem' : 'cgroup-limit';
}

/** Every kill of a container in time order, each window bounded by the kill before it. */
export function analyzeKills(inputs: readonly OomInput[]): OomKill[] {
  const sorted = [...inputs].sort((a, b) => a.at - b.at || a.container.localeCompare(b.container));
  const lastByContainer = new Map<string, number>();
  return sorted.map((k) => {
    const r = analyzeKill(k, lastByContainer.get(k.container) ?? null);
    lastByContainer.set(k.container, k.at);
    return r;
  });
}
