'use client';

import type { ClusterCapabilities } from '@/lib/api/cluster';
import { useI18n } from '@/components/i18n-provider';
import { describeCapabilities } from '@/lib/i18n/capabilities-text';

export interface ClusterDataSourceViewProps {
  capabilities: ClusterCapabilities;
}

/** Lists what the cluster's data offers, one plain sentence per fact, with the evidence behind the cgroup guess. */
export function ClusterDataSourceView({ capabilities }: ClusterDataSourceViewProps) {
  const i18n = useI18n();
  const t = i18n.t.cluster;
  const facts = describeCapabilities(capabilities, i18n);
  return (
    <section aria-labelledby="data-source-title" className="space-y-3">
      <h1 id="data-source-title" className="text-lg font-semibold text-slate-900">
        {t.title(capabilities.name)}
      </h1>
      <dl className="grid grid-cols-1 gap-x-6 gap-y-2 text-sm sm:grid-cols-[12rem_1fr]">
        {facts.map((f) => (
          <div key={f.term} className="contents">
            <dt className="font-medium text-slate-600">{f.term}</dt>
            <dd className="text-slate-900">{f.text}</dd>
          </div>
        ))}
      </dl>
      <details className="text-sm text-slate-700">
        <summary className="cursor-pointer">{t.why(capabilities.cgroup.version)}</summary>
        <ul className="mt-1 list-disc pl-5">
          {capabilities.cgroup.evidence.map((e) => (
            <li key={e}>{e}</li>
          ))}
        </ul>
      </details>
      {capabilities.warnings.length > 0 && (
        <div role="status" className="rounded border border-amber-300 bg-amber-50 p-2 text-sm text-amber-900">
          <ul>
            {capabilities.warnings.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        </div>
      )}
      <p className="text-xs text-slate-500">{t.detectedAt(new Date(capabilities.detectedAt * 1000).toISOString().replace('.000Z', 'Z'))}</p>
    </section>
  );
}
