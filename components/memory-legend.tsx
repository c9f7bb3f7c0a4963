'use client';

import { useI18n } from './i18n-provider';
import { STACK_IDS } from '@/lib/memory/layers';
import { LayerSwatch } from './layer-style';

/** What each layer is, in one sentence each, and which number kubectl top shows. */
export function MemoryLegend() {
  const { t } = useI18n();
  return (
    <section aria-label={t.pod.legendTitle} className="rounded-lg border border-slate-200 bg-white p-3 text-sm">
      <ul className="grid gap-2 sm:grid-cols-2">
        {STACK_IDS.map((id) => (
          <li key={id} className="flex gap-2">
            <LayerSwatch layer={id} />
            <span>
              <strong className="font-medium">{t.layers[id].name}.</strong> {t.pod.layerExplain[id]}
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
