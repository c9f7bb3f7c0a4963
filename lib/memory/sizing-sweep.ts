/**
 * A namespace's sizing rows turned into what a person applies: totals freed or needed, a CSV, a
 * `kubectl set resources` line per container, and strategic-merge patches per workload. Pure.
 */

const MiB = 1024 * 1024;

export interface SizingRow {
  pod: string;
  container: string;
  current: { requestBytes: number | null; limitBytes: number | null };
  recommended: { requestBytes: number | null; limitBytes: number | null };
}

/** Bytes freed on the nodes by applying every recommendation (negative: more is needed). Rows without a current value are left out. */
export function namespaceSizingTotals(rows: readonly SizingRow[]): { requestFreedBytes: number; limitFreedBytes: number; containersWithoutLimit: number } {
  let requestFreedBytes = 0;
  let limitFreedBytes = 0;
  let containersWithoutLimit = 0;
  for (const r of rows) {
    if (r.current.requestBytes !== null && r.recommended.requestBytes !== null) requestFreedBytes += r.current.requestBytes - r.recommended.requestBytes;
    if (r.current.limitBytes === null) containersWithoutLimit++;
    else if (r.recommended.limitBytes !== null) limitFreedBytes += r.current.limitBytes - r.recommended.limitBytes;
  }
  return { requestFreedBytes, limitFreedBytes, containersWithoutLimit };
}

/** A Kubernetes quantity for bytes: whole MiB as "NMi", anything else as plain bytes. */
export function toQuantity(bytes: number): string {
  return Number.isInteger(bytes / MiB) ? `${bytes / MiB}Mi` : String(Math.ceil(bytes));
}

export interface Workload {
  kind: 'Deployment' | 'StatefulSet' | 'Pod';
  name: string;
}

/**
 * The workload a pod most likely belongs to, from its name: `name-<replicaset hash>-<5 chars>` is a
 * Deployment's, `name-<ordinal>` a StatefulSet's; anything else stays the Pod (whose resources only
 * its owner can change). A guess: the card and docs say to check it.
 */
export function guessWorkload(pod: string): Workload {
  const deployment = /^(.+)-[a-z0-9]{6,10}-[a-z0-9]{5}$/.exec(pod);
  if (deployment?.[1]) return { kind: 'Deployment', name: deployment[1] };
  const statefulSet = /^(.+)-\d+$/.exec(pod);
  if (statefulSet?.[1]) return { kind: 'StatefulSet', name: statefulSet[1] };
  return { kind: 'Pod', name: pod };
}

const shellSafe = (s: string) => (/^[A-Za-z0-9._\-/=]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`);

/** `kubectl -n ns set resources deployment/x -c c --requests=memory=…Mi --limits=memory=…Mi` for one row. */
export function kubectlSetResources(namespace: string, row: SizingRow): string | null {
  const { requestBytes, limitBytes } = row.recommended;
  if (requestBytes === null || limitBytes === null) return null;
  const w = guessWorkload(row.pod);
  return [
    'kubectl',
    '-n',
    shellSafe(namespace),
    'set',
    'resources',
    shellSafe(`${w.kind.toLowerCase()}/${w.name}`),
    '-c',
    shellSafe(row.container),
    `--requests=memory=${toQuantity(requestBytes)}`,
    `--limits=memory=${toQuantity(limitBytes)}`,
  ].join(' ');
}

/** A strategic-merge patch for one workload: containers merge by name, resources only. */
export interface PatchDocument {
  apiVersion: 'v1' | 'apps/v1';
  kind: Workload['kind'];
  metadata: { name: string; namespace: string };
  spec: { containers: PatchContainer[] } | { template: { spec: { containers: PatchContainer[] } } };
}

interface PatchContainer {
  name: string;
  resources: { requests: { memory: string }; limits: { memory: string } };
}

/** One strategic-merge patch per workload (rows without a recommendation are left out), for `kubectl patch` or kustomize. The server writes them as YAML. */
export function patchDocuments(namespace: string, rows: readonly SizingRow[]): PatchDocument[] {
  const byWorkload = new Map<string, { w: Workload; containers: PatchContainer[] }>();
  for (const r of rows) {
    const { requestBytes, limitBytes } = r.recommended;
    if (requestBytes === null || limitBytes === null) continue;
    const w = guessWorkload(r.pod);
    const key = `${w.kind}/${w.name}`;
    const entry = byWorkload.get(key) ?? { w, containers: [] };
    entry.containers.push({ name: r.container, resources: { requests: { memory: toQuantity(requestBytes) }, limits: { memory: toQuantity(limitBytes) } } });
    byWorkload.set(key, entry);
  }
  return [...byWorkload.values()].map(({ w, containers }) => ({
    apiVersion: w.kind === 'Pod' ? 'v1' : 'apps/v1',
    kind: w.kind,
    metadata: { name: w.name, namespace },
    spec: w.kind === 'Pod' ? { containers } : { template: { spec: { containers } } },
  }));
}

const csvCell = (v: string | number | null): string => {
  if (v === null) return '';
  const s = String(v);
  return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/** The sizing table as CSV (bytes; empty where there is none), one row per container. */
export function sizingCsv(rows: readonly SizingRow[]): string {
  const header = [
    'pod',
    'container',
    'current_request_bytes',
    'current_limit_bytes',
    'recommended_request_bytes',
    'recommended_limit_bytes',
    'request_freed_bytes',
    'limit_freed_bytes',
  ];
  const diff = (a: number | null, b: number | null) => (a === null || b === null ? null : a - b);
  const lines = rows.map((r) =>
    [
      r.pod,
      r.container,
      r.current.requestBytes,
      r.current.limitBytes,
      r.recommended.requestBytes,
      r.recommended.limitBytes,
      diff(r.current.requestBytes, r.recommended.requestBytes),
      diff(r.current.limitBytes, r.recommended.limitBytes),
    ]
      .map(csvCell)
      .join(','),
  );
  return [header.join(','), ...lines].join('\n') + '\n';
}
