'use client';

import { SIZING_PARAM_LIMITS } from '@/lib/api/sizing-params';
import type { SizingKnobs } from '@/lib/queries/sizing';
import { useSizing } from './use-sizing';

/** A whole percentage between 0 and max, or null (the default) when the field is empty. */
function PercentField({
  label,
  value,
  max,
  placeholder,
  onChange,
}: {
  label: string;
  value: number | null;
  max: number;
  placeholder: string;
  onChange: (v: number | null) => void;
}) {
  return (
    <label className="flex flex-col gap-1 text-slate-700">
      {label}
      <input
        type="number"
        inputMode="numeric"
        min={0}
        max={max}
        placeholder={placeholder}
        value={value ?? ''}
        onChange={(e) => {
          const n = Number(e.target.value);
          onChange(e.target.value.trim() === '' || !Number.isFinite(n) ? null : Math.min(Math.max(Math.round(n), 0), max));
        }}
        className="w-24 rounded border border-slate-300 bg-white px-2 py-1 text-sm text-slate-900"
      />
    </label>
  );
}

/** Headroom and page-cache allowance, in percent; both live in the URL (empty = podmem's default). */
export function SizingKnobsForm({ knobs, onKnobs }: { knobs: SizingKnobs; onKnobs: (k: SizingKnobs) => void }) {
  const { s } = useSizing();
  return (
    <div className="mt-2 flex flex-wrap items-end gap-3 text-sm">
      <PercentField
        label={s.card.headroomLabel}
        value={knobs.headroom}
        max={SIZING_PARAM_LIMITS.headroom.max}
        placeholder="20"
        onChange={(headroom) => onKnobs({ ...knobs, headroom })}
      />
      <PercentField
        label={s.card.cacheLabel}
        value={knobs.cache}
        max={SIZING_PARAM_LIMITS.cache.max}
        placeholder={s.card.cacheAuto}
        onChange={(cache) => onKnobs({ ...knobs, cache })}
      />
      {(knobs.headroom !== null || knobs.cache !== null) && (
        <button
          type="button"
          onClick={() => onKnobs({ headroom: null, cache: null })}
          className="rounded border border-slate-300 bg-white px-2 py-1 hover:bg-slate-50"
        >
          {s.card.reset}
        </button>
      )}
    </div>
  );
}
