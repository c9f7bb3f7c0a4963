'use client';

import type { PodMemory } from '@/lib/api/pod-memory';
import { useI18n } from './i18n-provider';

/** Says in plain words which layers were measured by the kubelet and which podmem derived. */
export function SourcesNote({ sources }: { sources: PodMemory['sources'] }) {
  const { t } = useI18n();
  const notes: string[] = [];
  if (sources.activeFile === 'derived') notes.push(t.pod.sourcesActiveDerived);
  if (sources.inactiveFile === 'derived') notes.push(t.pod.sourcesInactiveDerived);
  if (notes.length === 0) notes.push(t.pod.sourcesMeasured);
  notes.push(t.pod.sourcesOther);
  return (
    <ul className="space-y-1 text-xs text-slate-600">
      {notes.map((n) => (
        <li key={n}>{n}</li>
      ))}
    </ul>
  );
}
