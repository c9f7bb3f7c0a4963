'use client';

import type { PodMemory } from '@/lib/api/pod-memory';
import { useI18n } from './i18n-provider';

/** Says in plain words which layers were measured by the kubelet and which podmem derived. */
export function SourcesNote({ sources }: { sources: PodMemory['sources'] }) {
  const { t } = useI18n();
  const notes: string[] = [];
  if (sources.activeFile === 'derived') notes.push(t.pod.sourcesActiveDerived);
  if (sources.inactiveFile === 'derived') notes.push(t.pod.sourcesInactiveDerived);
  if (notes.length === 0) return <p className="text-xs text-slate-500">{t.pod.sourcesMeasured}</p>;
  return (
    <ul className="space-y-1 text-xs text-slate-600">
      {notes.map((n) => (
        <li key={n}>{n}</li>
      ))}
    </ul>
  );
}
