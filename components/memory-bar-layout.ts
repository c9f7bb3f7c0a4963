/** Geometry of the horizontal memory bar, kept out of JSX so it can be tested. */

import { STACK_IDS, type StackLayerId } from '@/lib/memory/layers';

export type BarLayerKey = StackLayerId;
/** Left to right as the registry stacks them: what the kernel cannot drop first, reclaimable page cache last. */
export const BAR_LAYER_ORDER: readonly BarLayerKey[] = STACK_IDS;

export type BarLayers = Record<BarLayerKey, number>;

export interface BarSegment {
  key: BarLayerKey;
  bytes: number;
  /** Offset and width as fractions of the bar (0..1). */
  start: number;
  width: number;
}

export interface BarLayout {
  segments: BarSegment[];
  /** Where the limit / request line sits (0..1), null when there is none. */
  limitAt: number | null;
  requestAt: number | null;
  /** Bytes the full width stands for: the larger of usage, limit and request. */
  scaleBytes: number;
}

/** Lays out the layers on a scale wide enough for usage, limit and request; empty layers get no segment. */
export function layoutMemoryBar(layers: BarLayers, limitBytes: number | null, requestBytes: number | null = null): BarLayout {
  const clean = (b: number) => (Number.isFinite(b) && b > 0 ? b : 0);
  const usage = BAR_LAYER_ORDER.reduce((sum, k) => sum + clean(layers[k]), 0);
  const limit = limitBytes !== null && limitBytes > 0 ? limitBytes : null;
  const request = requestBytes !== null && requestBytes > 0 ? requestBytes : null;
  const scaleBytes = Math.max(usage, limit ?? 0, request ?? 0) || 1;
  const segments: BarSegment[] = [];
  let offset = 0;
  for (const key of BAR_LAYER_ORDER) {
    const bytes = clean(layers[key]);
    if (bytes === 0) continue;
    segments.push({ key, bytes, start: offset / scaleBytes, width: bytes / scaleBytes });
    offset += bytes;
  }
  return {
    segments,
    limitAt: limit === null ? null : limit / scaleBytes,
    requestAt: request === null ? null : request / scaleBytes,
    scaleBytes,
  };
}
