'use client';

import { Area, CartesianGrid, ComposedChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { PodEvent } from '@/lib/api/pod-context';
import { byteTicks, maxUsage, type ChartRow } from '@/lib/memory/chart-rows';
import { bytesAxisProps, timeAxisProps } from './chart-axes';
import { HatchPattern } from './hatch-pattern';
import { useI18n } from './i18n-provider';
import { EVENT_COLORS, STACK } from './layers';
import { MemoryTooltip } from './memory-tooltip';

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
  height?: number;
}

/** Stacked memory layers (RSS, active cache, other, then reclaimable inactive cache) with limit, request and event lines. */
export function MemoryChart({ rows, limitBytes, requestBytes, label, events = [], pinnedT = null, onPick, height = 260 }: MemoryChartProps) {
  const { t, locale, formatBytes } = useI18n();
  const hatchId = `hatch-${label.replace(/[^a-zA-Z0-9]/g, '-')}`;
  // The axis always reaches the limit (and the request), so "how close to the limit" is visible at a glance.
  const ticks = byteTicks(Math.max(maxUsage(rows), limitBytes ?? 0, requestBytes ?? 0));
  return (
    <figure aria-label={label} className="w-full" style={{ height }}>
      <ResponsiveContainer width="100%" height="100%">
        <ComposedChart
          data={rows}
          margin={{ top: 12, right: 8, bottom: 0, left: 0 }}
          onClick={(state) => {
            const i = Number(state.activeTooltipIndex);
            const row = Number.isInteger(i) ? rows[i] : undefined;
            if (row && onPick) onPick(row.t);
          }}
          style={onPick ? { cursor: 'crosshair' } : undefined}
        >
          <defs>
            <HatchPattern id={hatchId} />
          </defs>
          <CartesianGrid strokeDasharray="3 3" stroke="var(--color-grid)" />
          <XAxis {...timeAxisProps(locale)} />
          <YAxis {...bytesAxisProps(ticks)} />
          <Tooltip content={<MemoryTooltip limitBytes={limitBytes} />} isAnimationActive={false} />
          {STACK.map((layer) => {
            const reclaimable = layer.key === 'inactiveFile';
            return (
              <Area
                key={layer.key}
                dataKey={layer.key}
                name={t.layers[layer.key].name}
                stackId="memory"
                type="linear"
                stroke={layer.color}
                strokeOpacity={reclaimable ? 0.5 : 1}
                strokeDasharray={reclaimable ? '4 3' : undefined}
                fill={reclaimable ? `url(#${hatchId})` : layer.color}
                fillOpacity={reclaimable ? 1 : 0.55}
                isAnimationActive={false}
                connectNulls={false}
              />
            );
          })}
          {rows.some((r) => (r.swap ?? 0) > 0) && (
            <Area dataKey="swap" name={t.pod.swap} stackId="memory" type="linear" stroke="var(--color-swap)" fill="var(--color-swap)" fillOpacity={0.35} isAnimationActive={false} />
          )}
          {limitBytes !== null && (
            <ReferenceLine
              y={limitBytes}
              ifOverflow="extendDomain"
              stroke="var(--color-limit)"
              strokeDasharray="8 4"
              strokeWidth={2}
              label={{ value: t.pod.limitLine(formatBytes(limitBytes, { trimWhole: true })), position: 'insideTopRight', fontSize: 11, fill: 'var(--color-limit)' }}
            />
          )}
          {requestBytes !== null && (
            <ReferenceLine
              y={requestBytes}
              ifOverflow="extendDomain"
              stroke="var(--color-request)"
              strokeDasharray="2 3"
              strokeWidth={2}
              label={{ value: t.pod.requestLine(formatBytes(requestBytes, { trimWhole: true })), position: 'insideBottomRight', fontSize: 11, fill: 'var(--color-request)' }}
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
        </ComposedChart>
      </ResponsiveContainer>
    </figure>
  );
}
