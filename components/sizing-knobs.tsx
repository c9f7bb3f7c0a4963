'use client';

import { SIZING_PARAM_LIMITS } from '@/lib/api/sizing-params';
import type { SizingKnobs } from '@/lib/queries/sizing';
import { useSizing } from './use-sizing';

const FIELD = 'w-24 rounded border border-slate-300 bg-white px-2 py-1 text-sm text-slate-900';

/** Headroom and page-cache allowance, in percent; both live in the URL (empty cache = automatic). */
export function SizingKnobsForm({ knobs, onKnobs }: { knobs: SizingKnobs; onKnobs: (k: SizingKnobs) => void }) {
  const { s } = useSizing();
  const read = (value: string, max: number): number | null => {
    if (value.trim() === '') return null;
    const n = Number(value);
    return Number.isFinite(n) ? Math.min(Math.max(Math.round(n), 0), max) : null;
  };
  return (
    <div className="mt-2 flex flex-wrap items-end gap-3 text-sm">
      <label className="flex flex-col gap-1 text-slate-700">
        {s.card.headroomLabel}
        <input
          type="number"
          inputMode="numeric"
          min={SIZING_PARAM_LIMITS.headroom.min}
          max={SIZING_PARAM_LIMITS.headroom.max}
          placeholder="20"
          value={knobs.headroom ?? ''}
          onChange={(e) => onKnobs({ ...knobs, headroom: read(e.target.value, SIZING_PARAM_LIMITS.headroom.max) })}
          className={FIELD}
        />
      </label>
      <label className="flex flex-col gap-1 text-slate-700">
        {s.card.cacheLabel}
        <input
          type="number"
          inputMode="numeric"
          min={SIZING_PARAM_LIMITS.cache.min}
          max={SIZING_PARAM_LIMITS.cache.max}
          placeholder={s.card.cacheAuto}
          value={knobs.cache ?? ''}
          onChange={(e) => onKnobs({ ...knobs, cache: read(e.target.value, SIZING_PARAM_LIMITS.cache.max) })}
          className={FIELD}
        />
      </label>
      {(knobs.headroom !== null || knobs.cache !== null) && (
        <button type="button" onClick={() => onKnobs({ headroom: null, cache: null })} className="rounded border border-slate-300 bg-white px-2 py-1 hover:bg-slate-50">
          {s.card.reset}
        </button>
      )}
    </div>
  );
}
