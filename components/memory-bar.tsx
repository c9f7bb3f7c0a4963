'use client';

import type { CSSProperties } from 'react';
import { useI18n } from './i18n-provider';
import { LayerSwatch, layerFill } from './layer-style';
import { BAR_LAYER_ORDER, layoutMemoryBar, type BarLayers } from './memory-bar-layout';

export type { BarLayers } from './memory-bar-layout';

function Marker({ at, text, color, dashed }: { at: number; text: string; color: string; dashed: boolean }) {
  // Labels right of the middle hang to the left of their line so they stay inside the bar's box.
  const side: CSSProperties = at > 0.5 ? { right: '4px' } : { left: '4px' };
  return (
    <div
      aria-hidden
      className={`absolute top-0 bottom-0 border-l-2 ${dashed ? 'border-dashed' : 'border-dotted'}`}
      style={{ left: `${at * 100}%`, borderColor: color }}
    >
      <span className="absolute top-0 text-xs whitespace-nowrap" style={{ ...side, color }}>
        {text}
      </span>
    </div>
  );
}

export interface MemoryBarProps {
  /** Bytes per layer: rss + activeFile + other = working set; + inactiveFile = usage. */
  layers: BarLayers;
  /** null = no limit: no line is drawn and the label says so. */
  limitBytes: number | null;
  requestBytes?: number | null;
  /** Show the legend (name, size, one sentence per layer) under the bar. Default true. */
  showLegend?: boolean;
}

/** One instant's memory as a horizontal stacked bar with the limit (and request) marked. Renders props only. */
export function MemoryBar({ layers, limitBytes, requestBytes = null, showLegend = true }: MemoryBarProps) {
  const { t, formatBytes } = useI18n();
  const layout = layoutMemoryBar(layers, limitBytes, requestBytes);
  const bytesOf = (b: number) => formatBytes(b);
  const limitText = layout.limitAt === null || limitBytes === null ? t.bar.noLimit : t.bar.limitMarker(formatBytes(limitBytes, { trimWhole: true }));
  const parts = BAR_LAYER_ORDER.map((k) => `${t.layers[k].name} ${bytesOf(layers[k])}`);
  if (requestBytes !== null && layout.requestAt !== null) parts.push(t.bar.requestMarker(formatBytes(requestBytes, { trimWhole: true })));
  parts.push(limitText);

  return (
    <figure className="w-full">
      <div className="relative pt-5">
        <div role="img" aria-label={t.bar.label(parts.join(', '))} className="flex h-8 w-full overflow-hidden rounded bg-slate-100">
          {layout.segments.map((s) => (
            <div key={s.key} className="h-full" style={{ width: `${s.width * 100}%`, ...layerFill(s.key) }} />
          ))}
        </div>
        {layout.requestAt !== null && requestBytes !== null ? (
          <Marker
            at={layout.requestAt}
            text={t.bar.requestMarker(formatBytes(requestBytes, { trimWhole: true }))}
            color="var(--color-request)"
            dashed={false}
          />
        ) : null}
        {layout.limitAt !== null ? <Marker at={layout.limitAt} text={limitText} color="var(--color-limit)" dashed /> : null}
      </div>
      {layout.limitAt === null ? <p className="mt-1 text-xs text-slate-600">{limitText}</p> : null}
      {showLegend ? (
        <ul className="mt-3 grid gap-1.5 text-sm sm:grid-cols-2">
          {BAR_LAYER_ORDER.map((k) => (
            <li key={k} className="flex gap-2">
              <LayerSwatch layer={k} />
              <span>
                <strong className="font-medium">{t.layers[k].name}</strong> {bytesOf(layers[k])}: <span className="text-slate-600">{t.layers[k].legend}</span>
              </span>
            </li>
          ))}
        </ul>
      ) : null}
    </figure>
  );
}
