'use client';

import { useI18n } from './i18n-provider';
import { STACK } from './layers';

/** What each layer is, in one sentence each, and which number kubectl top shows. */
export function MemoryLegend() {
  const { t } = useI18n();
  return (
    <section aria-label={t.pod.legendTitle} className="rounded-lg border border-slate-200 bg-white p-3 text-sm">
      <ul className="grid gap-2 sm:grid-cols-2">
        {STACK.map((l) => (
          <li key={l.key} className="flex gap-2">
            <span
              aria-hidden
              className="mt-1 inline-block h-3 w-3 shrink-0 rounded-sm"
              style={
                l.key === 'inactiveFile'
                  ? { background: `repeating-linear-gradient(45deg, ${l.color} 0 2px, transparent 2px 5px)`, border: `1px dashed ${l.color}` }
                  : { background: l.color }
              }
            />
            <span>
              <strong className="font-medium">{t.layers[l.key].name}.</strong> {t.pod.layerExplain[l.key]}
            </span>
          </li>
        ))}
      </ul>
      <p className="mt-2 border-t border-slate-100 pt-2 text-slate-700">
        <strong className="font-medium">{t.pod.legendWorkingSet}</strong> {t.pod.legendLines}
      </p>
    </section>
  );
}
