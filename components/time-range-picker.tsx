'use client';

import { RANGE_PRESETS, type TimeRangeState } from '@/lib/queries/time-range';
import { formatClock } from '@/lib/format';

export interface TimeRangePickerProps {
  range: TimeRangeState;
  onSelect: (preset: string) => void;
  onRefresh: () => void;
  refreshing: boolean;
}

/** Preset windows ending now, plus a refresh button; an absolute range from a shared link is shown as such. */
export function TimeRangePicker({ range, onSelect, onRefresh, refreshing }: TimeRangePickerProps) {
  const current = range.kind === 'relative' ? range.label : null;
  return (
    <div className="flex flex-wrap items-center gap-2 text-sm">
      <label className="flex items-center gap-1">
        <span className="text-slate-600">Range</span>
        <select
          className="rounded border border-slate-300 bg-white px-2 py-1"
          value={current ?? 'custom'}
          onChange={(e) => onSelect(e.target.value)}
        >
          {current === null && <option value="custom">{`${formatClock(range.kind === 'absolute' ? range.start : 0)} – ${formatClock(range.kind === 'absolute' ? range.end : 0)} (shared link)`}</option>}
          {current !== null && !RANGE_PRESETS.includes(current as (typeof RANGE_PRESETS)[number]) && <option value={current}>last {current}</option>}
          {RANGE_PRESETS.map((p) => (
            <option key={p} value={p}>
              last {p}
            </option>
          ))}
        </select>
      </label>
      <button
        type="button"
        onClick={onRefresh}
        className="rounded border border-slate-300 bg-white px-2 py-1 hover:bg-slate-100 disabled:opacity-50"
        disabled={refreshing}
      >
        {refreshing ? 'Refreshing…' : 'Refresh'}
      </button>
    </div>
  );
}
