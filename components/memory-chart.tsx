'use client';

import { useRef, useState } from 'react';
import { Area, CartesianGrid, ComposedChart, ReferenceArea, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { PodEvent } from '@/lib/api/pod-context';
import { maxUsage, type ChartRow } from '@/lib/memory/chart-rows';
import { bytesAxisProps, timeAxisProps } from './chart-axes';
import { STACK_IDS, EXTRA_IDS } from '@/lib/memory/layers';
import { useI18n } from './i18n-provider';
import { areaStyle, HatchPattern } from './layer-style';
import { MemoryTooltip } from './memory-tooltip';
import { ChartPngButton } from './share/chart-png-button';

const EVENT_COLORS = { 'oom-kill': 'var(--color-limit)', 'oom-event': 'var(--color-oom-event)', restart: 'var(--color-restart)' } as const;

export interface MemoryChartProps {
  rows: ChartRow[];
  limitBytes: number | null;
  requestBytes: number | null;
  /** Accessible name of the chart, e.g. "Memory chart: Container ta". */
  label: string;
  events?: readonly PodEvent[];
  /** The instant the verdict explains (unix seconds), marked with a vertical line. */
  pinnedT?: number | null;
  /** Called with the clicked point's time: the page pins that instant. */
  onPick?: (t: number) => void;
  /** Called with the bounds of a drag across the chart: the page zooms to them. */
  onZoom?: (start: number, end: number) => void;
  /** File name of "Download PNG" (without .png); no button when absent. */
  pngName?: string;
  /** The chart's visible title, drawn on top of the PNG. */
  title?: string;
  height?: number;
}

/** Stacked memory layers (RSS, active cache, other, then reclaimable inactive cache) with limit, request and event lines. */
export function MemoryChart({
  rows,
  limitBytes,
  requestBytes,
  label,
  events = [],
  pinnedT = null,
  onPick,
  onZoom,
  pngName,
  title,
  height = 260,
}: MemoryChartProps) {
  const { t, locale, formatBytes } = useI18n();
  const figureRef = useRef<HTMLElement>(null);
  // A drag in progress: from where the button went down to where the pointer is.
  const [drag, setDrag] = useState<{ from: number; to: number } | null>(null);
  const timeAt = (state: { activeTooltipIndex?: unknown }): number | undefined => {
    const i = Number(state.activeTooltipIndex);
    return Number.isInteger(i) ? rows[i]?.t : undefined;
  };
  const hatchId = `hatch-${label.replace(/[^a-zA-Z0-9]/g, '-')}`;
  return (
    <>
      <figure ref={figureRef} aria-label={label} className="w-full select-none" style={{ height }}>
        <ResponsiveContainer width="100%" height="100%">
          <ComposedChart
            data={rows}
            margin={{ top: 12, right: 8, bottom: 0, left: 0 }}
            onMouseDown={(state) => {
              const at = timeAt(state);
              if (at !== undefined && (onPick || onZoom)) setDrag({ from: at, to: at });
            }}
            onMouseMove={(state) => {
              const at = timeAt(state);
              if (drag && at !== undefined && at !== drag.to) setDrag({ from: drag.from, to: at });
            }}
            onMouseUp={(state) => {
              if (!drag) return;
              const at = timeAt(state) ?? drag.to;
              setDrag(null);
              const [a, b] = [Math.min(drag.from, at), Math.max(drag.from, at)];
              // A drag zooms to what it covered; a click (no movement) pins the instant.
              if (b > a && onZoom) onZoom(a, b);
              else if (onPick) onPick(at);
            }}
            onMouseLeave={() => setDrag(null)}
            style={onPick || onZoom ? { cursor: 'crosshair' } : undefined}
          >
            <defs>
              <HatchPattern id={hatchId} />
            </defs>
            <CartesianGrid strokeDasharray="3 3" stroke="var(--color-grid)" />
            <XAxis {...timeAxisProps(locale)} />
            {/* The axis always reaches the limit (and the request), so "how close to the limit" is visible at a glance. */}
            <YAxis {...bytesAxisProps(Math.max(maxUsage(rows), limitBytes ?? 0, requestBytes ?? 0))} />
            <Tooltip content={<MemoryTooltip limitBytes={limitBytes} />} isAnimationActive={false} />
            {STACK_IDS.map((id) => (
              <Area
                key={id}
                dataKey={id}
                name={t.layers[id].name}
                stackId="memory"
                type="linear"
                {...areaStyle(id, hatchId)}
                isAnimationActive={false}
                connectNulls={false}
              />
            ))}
            {EXTRA_IDS.filter((id) => rows.some((r) => (r[id] ?? 0) > 0)).map((id) => (
              <Area key={id} dataKey={id} name={t.layers[id].name} stackId="memory" type="linear" {...areaStyle(id, hatchId)} isAnimationActive={false} />
            ))}
            {limitBytes !== null && (
              <ReferenceLine
                y={limitBytes}
                ifOverflow="extendDomain"
                stroke="var(--color-limit)"
                strokeDasharray="8 4"
                strokeWidth={2}
                label={{
                  value: t.pod.limitLine(formatBytes(limitBytes, { trimWhole: true })),
                  position: 'insideTopRight',
                  fontSize: 11,
                  fill: 'var(--color-limit)',
                }}
              />
            )}
            {requestBytes !== null && (
              <ReferenceLine
                y={requestBytes}
                ifOverflow="extendDomain"
                stroke="var(--color-request)"
                strokeDasharray="2 3"
                strokeWidth={2}
                label={{
                  value: t.pod.requestLine(formatBytes(requestBytes, { trimWhole: true })),
                  position: 'insideBottomRight',
                  fontSize: 11,
                  fill: 'var(--color-request)',
                }}
              />
            )}
            {events.map((e) => (
              <ReferenceLine
                key={`${e.kind}-${e.container}-${e.t}`}
                x={e.t}
                stroke={EVENT_COLORS[e.kind]}
                strokeWidth={2}
                label={{ value: t.pod.events[e.kind], position: 'insideTopLeft', fontSize: 10, fill: EVENT_COLORS[e.kind] }}
              />
            ))}
            {pinnedT !== null && <ReferenceLine x={pinnedT} stroke="var(--color-ink)" strokeDasharray="3 3" />}
            {drag && drag.to !== drag.from && (
              <ReferenceArea x1={Math.min(drag.from, drag.to)} x2={Math.max(drag.from, drag.to)} fill="var(--color-ink)" fillOpacity={0.12} />
            )}
          </ComposedChart>
        </ResponsiveContainer>
      </figure>
      {pngName && <ChartPngButton figure={figureRef} title={title ?? label} filename={pngName} />}
    </>
  );
}
