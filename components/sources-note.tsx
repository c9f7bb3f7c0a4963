import type { PodMemory } from '@/lib/api/pod-memory';

/** Says in plain words which layers were measured by the kubelet and which podmem derived. */
export function SourcesNote({ sources }: { sources: PodMemory['sources'] }) {
  const notes: string[] = [];
  if (sources.activeFile === 'derived') {
    notes.push('Active page cache is derived as cache − inactive, so it also includes shmem/tmpfs: this kubelet does not export container_memory_total_active_file_bytes (it is older than 1.32).');
  }
  if (sources.inactiveFile === 'derived') {
    notes.push('Inactive page cache is derived as usage − working set (exact: that is how the kubelet computes working set).');
  }
  if (notes.length === 0) return <p className="text-xs text-slate-500">Every layer is measured: the kubelet exports active and inactive page cache directly.</p>;
  return (
    <ul className="space-y-1 text-xs text-slate-600">
      {notes.map((n) => (
        <li key={n}>{n}</li>
      ))}
    </ul>
  );
}
