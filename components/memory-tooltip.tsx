'use client';

import type { ChartRow } from '@/lib/memory/chart-rows';
import { useI18n } from './i18n-provider';
import { ValuesTable } from './values-table';

interface MemoryTooltipProps {
  limitBytes: number | null;
  active?: boolean;
  payload?: ReadonlyArray<{ payload?: ChartRow }>;
}

/** The hover card: MiB and % of limit for each layer, working set and usage, at one instant. */
export function MemoryTooltip({ limitBytes, active, payload }: MemoryTooltipProps) {
  const { t, formatBytes, formatClock } = useI18n();
  const row = payload?.[0]?.payload;
  if (!active || !row) return null;
  const time = formatClock(row.t);
  return (
    <div className="rounded-md border border-slate-200 bg-white/95 p-2 text-xs shadow-md">
      <ValuesTable label={t.pod.tooltipAt(time)} caption={time} values={row} limitBytes={limitBytes} />
      {row.swap != null && row.swap > 0 && <p className="mt-1 px-2 text-slate-600">{t.pod.swapValue(formatBytes(row.swap))}</p>}
    </div>
  );
}
