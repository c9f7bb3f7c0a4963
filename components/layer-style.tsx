import type { CSSProperties } from 'react';
import { layerDef, type LayerId } from '@/lib/memory/layers';

/** The layer's colour as a CSS value (a theme token from app/globals.css). */
export function layerColor(id: LayerId): string {
  return `var(${layerDef(id).color})`;
}

/** The hatch the bar and swatches use for reclaimable layers (the charts use <HatchPattern>). */
const hatch = (color: string) => `repeating-linear-gradient(45deg, ${color} 0 2px, transparent 2px 5px)`;

/** A block fill for the bar and swatches: solid, or hatched when the registry says so. */
export function layerFill(id: LayerId): CSSProperties {
  const color = layerColor(id);
  return layerDef(id).pattern === 'hatch' ? { background: hatch(color) } : { background: color };
}

/** A small colour key for a layer; decorative, the name sits next to it. */
export function LayerSwatch({ layer, className = 'mt-1' }: { layer: LayerId; className?: string }) {
  return (
    <span aria-hidden className={`inline-block h-3 w-3 shrink-0 rounded-sm border border-[var(--color-swatch-border)] ${className}`} style={layerFill(layer)} />
  );
}

/** Stroke and fill of a stacked recharts <Area> for a layer; `hatchId` names the chart's <HatchPattern>. */
export function areaStyle(id: LayerId, hatchId: string) {
  const color = layerColor(id);
  const hatched = layerDef(id).pattern === 'hatch';
  return {
    stroke: color,
    strokeOpacity: hatched ? 0.5 : 1,
    strokeDasharray: hatched ? '4 3' : undefined,
    fill: hatched ? `url(#${hatchId})` : color,
    fillOpacity: hatched ? 1 : layerDef(id).charge === 'outside' ? 0.35 : 0.55,
  };
}

/** The hatch that marks reclaimable memory in charts; place inside a chart's <defs>. */
export function HatchPattern({ id, layer = 'inactiveFile' }: { id: string; layer?: LayerId }) {
  const color = layerColor(layer);
  return (
    <pattern id={id} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
      <rect width="6" height="6" fill={color} fillOpacity={0.12} />
      <line x1="0" y1="0" x2="0" y2="6" stroke={color} strokeWidth={2} strokeOpacity={0.45} />
    </pattern>
  );
}
