'use client';

import { useState } from 'react';
import { fromLocalInput, toLocalInput, utcOffsetLabel } from '@/lib/local-time';
import { RANGE_PRESETS, resolveTimeRange, type TimeRangeState } from '@/lib/queries/time-range';
import { formatClock } from '@/lib/i18n/format';
import { useI18n } from './i18n-provider';
import { useShare } from './share/use-share';

export interface TimeRangePickerProps {
  range: TimeRangeState;
  onSelect: (preset: string) => void;
  onAbsolute: (start: number, end: number) => void;
  onRefresh: () => void;
  refreshing: boolean;
}

/** A duration as the URL's preset notation (3600 → "1h"), for "Now" on an absolute range of that length. */
function asPreset(seconds: number): string {
  if (seconds % 86400 === 0) return `${seconds / 86400}d`;
  if (seconds % 3600 === 0) return `${seconds / 3600}h`;
  return `${Math.max(1, Math.round(seconds / 60))}m`;
}

/**
 * Presets ending now (live: refreshed by themselves), an absolute range in the browser's time zone with
 * its UTC offset, "Now" to turn an absolute range into a live one of the same length, and refresh.
 */
export function TimeRangePicker({ range, onSelect, onAbsolute, onRefresh, refreshing }: TimeRangePickerProps) {
  const { t, locale } = useI18n();
  const { s } = useShare();
  const current = range.kind === 'relative' ? range.label : null;
  const presets: readonly string[] = RANGE_PRESETS;
  const [open, setOpen] = useState(false);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [invalid, setInvalid] = useState(false);
  // When the form opened: the instant whose UTC offset is shown until a start is entered.
  const [anchor, setAnchor] = useState(0);
  const zone = typeof Intl === 'undefined' ? '' : Intl.DateTimeFormat().resolvedOptions().timeZone;
  const toggle = () => {
    if (!open) {
      const shown = resolveTimeRange(range, Date.now() / 1000);
      setAnchor(shown.end);
      setFrom(toLocalInput(shown.start));
      setTo(toLocalInput(shown.end));
    }
    setInvalid(false);
    setOpen(!open);
  };
  const apply = () => {
    const a = fromLocalInput(from);
    const b = fromLocalInput(to);
    if (a === null || b === null || a >= b) {
      setInvalid(true);
      return;
    }
    setOpen(false);
    onAbsolute(a, b);
  };
  const button = 'rounded border border-slate-300 bg-white px-2 py-1 hover:bg-slate-100 disabled:opacity-50';
  return (
    <div className="flex flex-col items-end gap-2 text-sm">
      <div className="flex flex-wrap items-center justify-end gap-2">
        <label className="flex items-center gap-1">
          <span className="text-slate-600">{t.pod.range}</span>
          <select
            className="max-w-[16rem] rounded border border-slate-300 bg-white px-2 py-1"
            value={current ?? 'custom'}
            onChange={(e) => onSelect(e.target.value)}
          >
            {range.kind === 'absolute' && <option value="custom">{t.pod.sharedRange(formatClock(range.start, locale), formatClock(range.end, locale))}</option>}
            {current !== null && !presets.includes(current) && <option value={current}>{t.pod.last(current)}</option>}
            {presets.map((p) => (
              <option key={p} value={p}>
                {t.pod.last(p)}
              </option>
            ))}
          </select>
        </label>
        <button type="button" className={button} aria-expanded={open} onClick={toggle}>
          {s.time.from} – {s.time.to}
        </button>
        {range.kind === 'absolute' ? (
          <button type="button" className={button} onClick={() => onSelect(asPreset(Math.round(range.end - range.start)))} title={s.time.liveHint}>
            {s.time.now}
          </button>
        ) : (
          <span className="rounded bg-emerald-100 px-2 py-1 text-emerald-800" title={s.time.liveHint}>
            {s.time.live}
          </span>
        )}
        <button type="button" onClick={onRefresh} className={button} disabled={refreshing}>
          {refreshing ? t.pod.refreshing : t.pod.refresh}
        </button>
      </div>
      {open && (
        <form
          aria-label={s.time.title}
          className="flex flex-wrap items-end justify-end gap-2 rounded border border-slate-200 bg-white p-2"
          onSubmit={(e) => {
            e.preventDefault();
            apply();
          }}
        >
          <label className="flex flex-col">
            <span className="text-xs text-slate-600">{s.time.from}</span>
            <input
              type="datetime-local"
              step={1}
              required
              value={from}
              onChange={(e) => setFrom(e.target.value)}
              className="rounded border border-slate-300 bg-white px-1 py-0.5"
            />
          </label>
          <label className="flex flex-col">
            <span className="text-xs text-slate-600">{s.time.to}</span>
            <input
              type="datetime-local"
              step={1}
              required
              value={to}
              onChange={(e) => setTo(e.target.value)}
              className="rounded border border-slate-300 bg-white px-1 py-0.5"
            />
          </label>
          <span className="text-xs text-slate-600">{s.time.zone(zone, utcOffsetLabel(fromLocalInput(from) ?? anchor))}</span>
          <button type="submit" className={button}>
            {s.time.apply}
          </button>
          {invalid && (
            <p role="alert" className="w-full text-right text-red-700">
              {s.time.invalid}
            </p>
          )}
        </form>
      )}
      <p className="hidden text-xs text-slate-500 sm:block">{s.time.zoomHint}</p>
    </div>
  );
}
