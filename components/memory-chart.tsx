'use client';

import { Area, CartesianGrid, ComposedChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { byteTicks, maxUsage, type ChartRow } from '@/lib/memory/chart-rows';
import { formatAxisBytes, formatClock, formatLimit } from '@/lib/format';
import { LAYERS } from './layers';
import { MemoryTooltip } from './memory-tooltip';

export interface MemoryChartProps {
  rows: ChartRow[];
  limitBytes: number | null;
  requestBytes: number | null;
  /** Accessible name of the chart, e.g. "Memory of container ta". */
  label: string;
  height?: number;
}

/** Stacked memory layers (RSS, active cache, other, then reclaimable inactive cache) with limit and request lines. */
export function MemoryChart({ rows, limitBytes, requestBytes, label, height = 260 }: MemoryChartProps) {
  const hatchId = `hatch-${label.replace(/[^a-zA-Z0-9]/g, '-')}`;
  // The axis always reaches the limit (and the request), so "how close to the limit" is visible at a glance.
  const ticks = byteTicks(Math.max(maxUsage(rows), limitBytes ?? 0, requestBytes ?? 0));
  return (
    <figure aria-label={label} className="w-full" style={{ height }}>
      <ResponsiveContainer width="100%" height="100%">
        <ComposedChart data={rows} margin={{ top: 12, right: 8, bottom: 0, left: 0 }}>
          <defs>
            <pattern id={hatchId} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
              <rect width="6" height="6" fill="var(--color-inactive)" fillOpacity={0.12} />
              <line x1="0" y1="0" x2="0" y2="6" stroke="var(--color-inactive)" strokeWidth={2} strokeOpacity={0.45} />
            </pattern>
          </defs>
          <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
          <XAxis
            dataKey="t"
            type="number"
            scale="time"
            domain={['dataMin', 'dataMax']}
            tickFormatter={(t: number) => formatClock(t).slice(0, 5)}
            tick={{ fontSize: 11 }}
            minTickGap={24}
          />
          <YAxis tickFormatter={formatAxisBytes} tick={{ fontSize: 11 }} width={64} domain={[0, ticks[ticks.length - 1] ?? 'auto']} ticks={ticks} />
          <Tooltip content={<MemoryTooltip limitBytes={limitBytes} />} isAnimationActive={false} />
          {LAYERS.map((layer) => (
            <Area
              key={layer.key}
              dataKey={layer.key}
              name={layer.short}
              stackId="memory"
              type="linear"
              stroke={layer.key === 'inactiveFile' ? 'var(--color-inactive)' : layer.color}
              strokeOpacity={layer.key === 'inactiveFile' ? 0.5 : 1}
              strokeDasharray={layer.key === 'inactiveFile' ? '4 3' : undefined}
              fill={layer.key === 'inactiveFile' ? `url(#${hatchId})` : layer.color}
              fillOpacity={layer.key === 'inactiveFile' ? 1 : 0.55}
              isAnimationActive={false}
              connectNulls={false}
            />
          ))}
          {limitBytes !== null && (
            <ReferenceLine
              y={limitBytes}
              ifOverflow="extendDomain"
              stroke="var(--color-limit)"
              strokeDasharray="8 4"
              strokeWidth={2}
              label={{ value: `limit ${formatLimit(limitBytes)}`, position: 'insideTopRight', fontSize: 11, fill: 'var(--color-limit)' }}
            />
          )}
          {requestBytes !== null && (
            <ReferenceLine
              y={requestBytes}
              ifOverflow="extendDomain"
              stroke="var(--color-request)"
              strokeDasharray="2 3"
              strokeWidth={2}
              label={{ value: `request ${formatLimit(requestBytes)}`, position: 'insideBottomRight', fontSize: 11, fill: 'var(--color-request)' }}
            />
          )}
        </ComposedChart>
      </ResponsiveContainer>
    </figure>
  );
}
