import 'server-only';
import { stringify } from 'yaml';
import { patchDocuments, type SizingRow } from '@/lib/memory/sizing-sweep';

/** The strategic-merge patches for these rows as one YAML stream (`---` between workloads); the YAML writer stays on the server. */
export function patchYaml(namespace: string, rows: readonly SizingRow[]): string {
  return patchDocuments(namespace, rows)
    .map((d) => stringify(d))
    .join('---\n');
}
