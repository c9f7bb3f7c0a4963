'use client';

import type { ChartRow } from '@/lib/memory/chart-rows';
import { formatClock, formatMiB, formatPercentOf } from '@/lib/format';
import { TOOLTIP_ROWS } from './layers';

interface MemoryTooltipProps {
  limitBytes: number | null;
  active?: boolean;
  payload?: ReadonlyArray<{ payload?: ChartRow }>;
}

/** The hover card: MiB and % of limit for each layer, working set and usage, at one instant. */
export function MemoryTooltip({ limitBytes, active, payload }: MemoryTooltipProps) {
  const row = payload?.[0]?.payload;
  if (!active || !row) return null;
  const time = formatClock(row.t);
  return (
    <div className="rounded-md border border-slate-200 bg-white/95 p-2 text-xs shadow-md">
      <table aria-label={`Values at ${time}`} className="border-separate border-spacing-x-2">
        <caption className="pb-1 text-left font-medium text-slate-700">{time}</caption>
        <thead className="sr-only">
          <tr>
            <th scope="col">Layer</th>
            <th scope="col">MiB</th>
            <th scope="col">% of limit</th>
          </tr>
        </thead>
        <tbody>
          {TOOLTIP_ROWS.map(({ key, label }) => {
            const v = row[key];
            const strong = key === 'workingSet';
            return (
              <tr key={key} className={strong ? 'font-semibold' : undefined}>
                <th scope="row" className="text-left font-normal">
                  {label}
                </th>
                <td className="text-right tabular-nums">{formatMiB(v)}</td>
                <td className="text-right tabular-nums text-slate-500">{formatPercentOf(v, limitBytes) ?? 'no limit'}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
