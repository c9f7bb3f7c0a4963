'use client';

import { RANGE_PRESETS, type TimeRangeState } from '@/lib/queries/time-range';
import { useI18n } from './i18n-provider';

export interface TimeRangePickerProps {
  range: TimeRangeState;
  onSelect: (preset: string) => void;
  onRefresh: () => void;
  refreshing: boolean;
}

/** Preset windows ending now, plus a refresh button; an absolute range from a shared link is shown as such. */
export function TimeRangePicker({ range, onSelect, onRefresh, refreshing }: TimeRangePickerProps) {
  const { t, formatClock } = useI18n();
  const current = range.kind === 'relative' ? range.label : null;
  const presets: readonly string[] = RANGE_PRESETS;
  return (
    <div className="flex flex-wrap items-center gap-2 text-sm">
      <label className="flex items-center gap-1">
        <span className="text-slate-600">{t.pod.range}</span>
        <select className="max-w-[16rem] rounded border border-slate-300 bg-white px-2 py-1" value={current ?? 'custom'} onChange={(e) => onSelect(e.target.value)}>
          {range.kind === 'absolute' && <option value="custom">{t.pod.sharedRange(formatClock(range.start), formatClock(range.end))}</option>}
          {current !== null && !presets.includes(current) && <option value={current}>{t.pod.last(current)}</option>}
          {presets.map((p) => (
            <option key={p} value={p}>
              {t.pod.last(p)}
            </option>
          ))}
        </select>
      </label>
      <button type="button" onClick={onRefresh} className="rounded border border-slate-300 bg-white px-2 py-1 hover:bg-slate-100 disabled:opacity-50" disabled={refreshing}>
        {refreshing ? t.pod.refreshing : t.pod.refresh}
      </button>
    </div>
  );
}
