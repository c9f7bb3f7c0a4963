/**
 * A namespace's sizing rows turned into what a person applies: totals freed or needed, a CSV, a
 * `kubectl set resources` line per container, and strategic-merge patches per workload. Pure.
 */

const MiB = 1024 * 1024;

export interface SizingRow {
  pod: string;
  container: string;
  /** What owns the pod: the thing a person patches. */
  workload: Workload;
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

/** A workload kind as Kubernetes names it (`Deployment`, `StatefulSet`, `DaemonSet`, `Job`, `Pod`, or a custom controller's). */
export interface Workload {
  kind: string;
  name: string;
  /** `kube-state-metrics` when its owner series named it, `name` when it is guessed from the pod name. */
  source: 'kube-state-metrics' | 'name';
}

/** An owner reference as kube-state-metrics exports it (`owner_kind`, `owner_name`); a bare pod's are `<none>`. */
export interface OwnerRef {
  kind: string;
  name: string;
}

/** The owner references of a sizing scope: pod → its controller, ReplicaSet → its Deployment, Job → its CronJob. */
export interface OwnerRefs {
  pods: ReadonlyMap<string, OwnerRef>;
  replicaSets: ReadonlyMap<string, OwnerRef>;
  jobs: ReadonlyMap<string, OwnerRef>;
}

/**
 * The workload a pod most likely belongs to, from its name: `name-<replicaset hash>-<5 chars>` is a
 * Deployment's, `name-<ordinal>` a StatefulSet's; anything else stays the Pod. Only the fallback of
 * `resolveWorkload` when kube-state-metrics has no owner series for the pod: the card says to check it.
 */
export function guessWorkload(pod: string): Workload {
  const deployment = /^(.+)-[a-z0-9]{6,10}-[a-z0-9]{5}$/.exec(pod);
  if (deployment?.[1]) return { kind: 'Deployment', name: deployment[1], source: 'name' };
  const statefulSet = /^(.+)-\d+$/.exec(pod);
  if (statefulSet?.[1]) return { kind: 'StatefulSet', name: statefulSet[1], source: 'name' };
  return { kind: 'Pod', name: pod, source: 'name' };
}

const isNone = (ref: OwnerRef | undefined): boolean => ref === undefined || ref.kind === '' || ref.kind === '<none>' || ref.name === '';

/**
 * The workload that owns a pod, from kube-state-metrics' owner references: a ReplicaSet's Deployment,
 * a Job's CronJob, else the pod's own controller (StatefulSet, DaemonSet, a bare ReplicaSet or Job…);
 * `<none>` is a bare Pod. Without an owner series for the pod, the name guess (`source: 'name'`).
 */
export function resolveWorkload(pod: string, owners: OwnerRefs): Workload {
  const own = owners.pods.get(pod);
  if (own === undefined) return guessWorkload(pod);
  if (isNone(own)) return { kind: 'Pod', name: pod, source: 'kube-state-metrics' };
  const up = own.kind === 'ReplicaSet' ? owners.replicaSets.get(own.name) : own.kind === 'Job' ? owners.jobs.get(own.name) : undefined;
  const top = up !== undefined && !isNone(up) ? up : own;
  return { kind: top.kind, name: top.name, source: 'kube-state-metrics' };
}

/** Where the pod template's containers sit in a workload podmem can patch; the Pod is kept as it was (its patch is the manifest to recreate it from). */
const PATCHABLE: Record<string, { apiVersion: PatchDocument['apiVersion']; wrap: (containers: PatchContainer[]) => PatchDocument['spec'] }> = {
  Deployment: { apiVersion: 'apps/v1', wrap: (containers) => ({ template: { spec: { containers } } }) },
  StatefulSet: { apiVersion: 'apps/v1', wrap: (containers) => ({ template: { spec: { containers } } }) },
  DaemonSet: { apiVersion: 'apps/v1', wrap: (containers) => ({ template: { spec: { containers } } }) },
  ReplicaSet: { apiVersion: 'apps/v1', wrap: (containers) => ({ template: { spec: { containers } } }) },
  CronJob: { apiVersion: 'batch/v1', wrap: (containers) => ({ jobTemplate: { spec: { template: { spec: { containers } } } } }) },
  Pod: { apiVersion: 'v1', wrap: (containers) => ({ containers }) },
};

/**
 * Whether podmem writes a kubectl line and a patch for this workload. A Job's pod template is
 * immutable and a custom controller's spec is unknown: neither gets one (the card says why).
 */
export const isPatchable = (w: Workload): boolean => Object.hasOwn(PATCHABLE, w.kind);

const shellSafe = (s: string) => (/^[A-Za-z0-9._\-/=]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`);

/** `kubectl -n ns set resources deployment/x -c c --requests=memory=…Mi --limits=memory=…Mi` for one row; null without a recommendation or for a workload podmem cannot patch. */
export function kubectlSetResources(namespace: string, row: SizingRow): string | null {
  const { requestBytes, limitBytes } = row.recommended;
  if (requestBytes === null || limitBytes === null || !isPatchable(row.workload)) return null;
  const w = row.workload;
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
  apiVersion: 'v1' | 'apps/v1' | 'batch/v1';
  kind: string;
  metadata: { name: string; namespace: string };
  spec:
    | { containers: PatchContainer[] }
    | { template: { spec: { containers: PatchContainer[] } } }
    | { jobTemplate: { spec: { template: { spec: { containers: PatchContainer[] } } } } };
}

interface PatchContainer {
  name: string;
  resources: { requests: { memory: string }; limits: { memory: string } };
}

/**
 * One strategic-merge patch per workload, for `kubectl patch` or kustomize (rows without a
 * recommendation, and workloads podmem cannot patch, are left out). The server writes them as YAML.
 */
export function patchDocuments(namespace: string, rows: readonly SizingRow[]): PatchDocument[] {
  type Bytes = { requestBytes: number; limitBytes: number };
  const byWorkload = new Map<string, { w: Workload; containers: Map<string, Bytes> }>();
  for (const r of rows) {
    const { requestBytes, limitBytes } = r.recommended;
    if (requestBytes === null || limitBytes === null || !isPatchable(r.workload)) continue;
    const w = r.workload;
    const key = `${w.kind}/${w.name}`;
    const entry = byWorkload.get(key) ?? { w, containers: new Map<string, Bytes>() };
    // Replicas of one workload share its template: one entry per container, the larger recommendation (every replica must fit).
    const seen = entry.containers.get(r.container);
    entry.containers.set(r.container, {
      requestBytes: Math.max(requestBytes, seen?.requestBytes ?? 0),
      limitBytes: Math.max(limitBytes, seen?.limitBytes ?? 0),
    });
    byWorkload.set(key, entry);
  }
  return [...byWorkload.values()].flatMap(({ w, containers }) => {
    const how = PATCHABLE[w.kind];
    const list: PatchContainer[] = [...containers].map(([name, b]) => ({
      name,
      resources: { requests: { memory: toQuantity(b.requestBytes) }, limits: { memory: toQuantity(b.limitBytes) } },
    }));
    return how ? [{ apiVersion: how.apiVersion, kind: w.kind, metadata: { name: w.name, namespace }, spec: how.wrap(list) }] : [];
  });
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
