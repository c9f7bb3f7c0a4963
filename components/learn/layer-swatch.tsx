import type { CSSProperties } from 'react';

/** The four stacked layers podmem draws, bottom to top. */
export type SwatchLayer = 'rss' | 'activeFile' | 'other' | 'inactiveFile';

export const LAYER_COLOR: Record<SwatchLayer, string> = {
  rss: 'var(--color-rss)',
  activeFile: 'var(--color-active)',
  other: 'var(--color-other)',
  inactiveFile: 'var(--color-inactive)',
};

/** Solid for working-set layers, hatched for inactive page cache (as MemoryBar draws them). */
export function swatchStyle(layer: SwatchLayer): CSSProperties {
  const color = LAYER_COLOR[layer];
  return layer === 'inactiveFile' ? { background: `repeating-linear-gradient(45deg, ${color} 0 2px, transparent 2px 5px)` } : { background: color };
}

/** A small colour key for a layer; decorative, the name sits next to it. */
export function LayerSwatch({ layer }: { layer: SwatchLayer }) {
  return <span aria-hidden className="inline-block h-3 w-3 shrink-0 rounded-sm border border-slate-300" style={swatchStyle(layer)} />;
}
