'use client';

import { Area, CartesianGrid, ComposedChart, ReferenceArea, ReferenceLine, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { bytesAxisProps, timeAxisProps } from '@/components/chart-axes';
import { maxUsage, type ChartRow } from '@/lib/memory/chart-rows';
import type { TimeSpan } from '@/lib/learn/seed-experiment';
import { areaStyle, HatchPattern, LayerSwatch } from '@/components/layer-style';
import { STACK_IDS } from '@/lib/memory/layers';
import { useI18n } from '@/components/i18n-provider';

export interface SeedChartProps {
  rows: ChartRow[];
  limitBytes: number | null;
  /** The chosen step's time span, shaded. */
  highlight: TimeSpan;
  /** Letter drawn in the shaded band. */
  highlightLabel: string;
  /** Accessible name of the figure. */
  label: string;
  height?: number;
}

/** The demo pod's stacked layers over the demo hour with one step's span shaded; legend in the page's language. */
export function SeedChart({ rows, limitBytes, highlight, highlightLabel, label, height = 220 }: SeedChartProps) {
  const { t, formatBytes, locale } = useI18n();
  const l = t.learn;
  return (
    <figure aria-label={label} className="w-full">
      <div style={{ height }}>
        <ResponsiveContainer width="100%" height="100%">
          <ComposedChart data={rows} margin={{ top: 22, right: 8, bottom: 0, left: 0 }}>
            <defs>
              <HatchPattern id="learn-hatch" />
            </defs>
            <CartesianGrid strokeDasharray="3 3" stroke="var(--color-grid)" />
            <XAxis {...timeAxisProps(locale)} />
            <YAxis {...bytesAxisProps(Math.max(maxUsage(rows), limitBytes ?? 0))} />
            {STACK_IDS.map((key) => (
              <Area
                key={key}
                dataKey={key}
                stackId="memory"
                type="stepAfter"
                {...areaStyle(key, 'learn-hatch')}
                isAnimationActive={false}
                connectNulls={false}
              />
            ))}
            <ReferenceArea
              x1={highlight.start}
              x2={highlight.end}
              fill="var(--color-ink)"
              fillOpacity={0.08}
              stroke="var(--color-ink)"
              strokeOpacity={0.5}
              label={{ value: highlightLabel, position: 'top', fontSize: 12, fontWeight: 600, fill: 'var(--color-ink)' }}
            />
            {limitBytes !== null && (
              <ReferenceLine
                y={limitBytes}
                stroke="var(--color-limit)"
                strokeDasharray="8 4"
                strokeWidth={2}
                label={{
                  value: l.live.limit(formatBytes(limitBytes, { trimWhole: true })),
                  position: 'insideTopRight',
                  fontSize: 11,
                  fill: 'var(--color-limit)',
                }}
              />
            )}
          </ComposedChart>
        </ResponsiveContainer>
      </div>
      <ul className="mt-1 flex flex-wrap gap-x-3 gap-y-1 text-xs text-slate-700">
        {STACK_IDS.map((key) => (
          <li key={key} className="flex items-center gap-1">
            <LayerSwatch layer={key} className="" />
            {t.layers[key].name}
          </li>
        ))}
      </ul>
    </figure>
  );
}
