'use client';

import type { PodEvent } from '@/lib/api/pod-context';
import type { ContainerMemory } from '@/lib/api/pod-memory';
import { layersAt } from '@/lib/memory/instant';
import { cacheStateOf, oomKillsOf } from '@/lib/memory/pod-snapshot';
import type { CacheState } from '@/lib/memory/sizing';
import { buildVerdict, type VerdictSeverity } from '@/lib/memory/verdict';
import { renderVerdict } from '@/lib/i18n/verdict-text';
import { useI18n } from './i18n-provider';

export interface VerdictCardProps {
  containers: readonly ContainerMemory[];
  index: number;
  /** The instant's time as the user reads it, or null for "latest". */
  pinnedLabel: string | null;
  events: readonly PodEvent[];
  /** Each container's page-cache state over the range (thrashing turns "near the limit" into "too small"). */
  cache: readonly { container: string; cacheState: CacheState }[];
  onUnpin: () => void;
}

const TONE: Record<VerdictSeverity, string> = {
  ok: 'border-emerald-200 bg-emerald-50',
  info: 'border-sky-200 bg-sky-50',
  warning: 'border-amber-300 bg-amber-50',
  critical: 'border-red-300 bg-red-50',
};

/** "Is the platform right?" in one or two sentences per container, built from the numbers at the instant. */
export function VerdictCard({ containers, index, pinnedLabel, events, cache, onUnpin }: VerdictCardProps) {
  const i18n = useI18n();
  const { t } = i18n;
  return (
    <section aria-labelledby="verdict-heading" className="space-y-2">
      <div className="flex flex-wrap items-baseline gap-x-3">
        <h2 id="verdict-heading" className="text-base font-semibold">
          {t.pod.verdictTitle} <span className="font-normal text-slate-500">{pinnedLabel ? t.pod.verdictAt(pinnedLabel) : `(${t.pod.latest})`}</span>
        </h2>
        <span className="text-xs text-slate-500">{t.pod.pinHint}</span>
        {pinnedLabel && (
          <button type="button" onClick={onUnpin} className="text-xs text-blue-700 underline">
            {t.pod.unpin}
          </button>
        )}
      </div>
      {containers.map((c) => {
        const layers = layersAt(c, index);
        const kills = oomKillsOf(events, c.container);
        const verdict = layers
          ? buildVerdict({ ...layers, limitBytes: c.limitBytes, oomKillsInRange: kills, cacheState: cacheStateOf(cache, c.container) })
          : null;
        return (
          <article
            key={c.container}
            aria-label={t.pod.container(c.container)}
            className={`rounded-lg border p-3 text-sm leading-relaxed ${verdict ? TONE[verdict.severity] : 'border-slate-200 bg-white'}`}
          >
            {containers.length > 1 && <h3 className="font-medium">{t.pod.container(c.container)}</h3>}
            <p>{verdict ? renderVerdict(verdict, i18n) : t.pod.noData}</p>
          </article>
        );
      })}
    </section>
  );
}
