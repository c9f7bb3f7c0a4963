'use client';

import type { NamespaceKey } from '@/lib/queries/namespaces';
import type { SizingKnobs } from '@/lib/queries/sizing';
import { parseDuration, RANGE_PRESETS, type TimeRangeState } from '@/lib/queries/time-range';
import { NamespaceSizingPanel } from './namespace-sizing-panel';
import { useSizing } from './use-sizing';

export interface NamespaceSizingSectionProps {
  ns: NamespaceKey;
  /** The list's pinned instant: the sizing range ends there. */
  at: number | null;
  open: boolean;
  rangePreset: (typeof RANGE_PRESETS)[number];
  knobs: SizingKnobs;
  onOpen: (open: boolean) => void;
  onRange: (preset: (typeof RANGE_PRESETS)[number]) => void;
  onKnobs: (k: SizingKnobs) => void;
}

/** The sizing sweep behind a button (it reads a range for every container): range picker and the table. */
export function NamespaceSizingSection({ ns, at, open, rangePreset, knobs, onOpen, onRange, onKnobs }: NamespaceSizingSectionProps) {
  const { s, t } = useSizing();
  const seconds = parseDuration(rangePreset) ?? 86400;
  const range: TimeRangeState = at === null ? { kind: 'relative', seconds, label: rangePreset } : { kind: 'absolute', start: at - seconds, end: at };
  if (!open) {
    return (
      <button
        type="button"
        onClick={() => onOpen(true)}
        className="rounded border border-slate-300 bg-white px-3 py-1.5 text-sm text-blue-700 hover:bg-slate-50"
      >
        {s.sweep.show}
      </button>
    );
  }
  return (
    <div className="space-y-2">
      <label className="flex items-center gap-2 text-sm text-slate-700">
        {t.pod.range}
        <select
          value={rangePreset}
          onChange={(e) => onRange(RANGE_PRESETS.find((p) => p === e.target.value) ?? rangePreset)}
          className="rounded border border-slate-300 bg-white px-2 py-1 text-sm"
        >
          {RANGE_PRESETS.map((p) => (
            <option key={p} value={p}>
              {p}
            </option>
          ))}
        </select>
      </label>
      <NamespaceSizingPanel ns={ns} range={range} rangeLabel={t.pod.last(rangePreset)} knobs={knobs} onKnobs={onKnobs} />
    </div>
  );
}
