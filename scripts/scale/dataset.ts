/**
 * The scale data set: one big namespace of `pods` pods × 2 containers plus half as many pods spread over
 * ten other namespaces (one of them kube-system), as kube-prometheus scrapes them (kubelet's cAdvisor per node with the pod cgroup
 * and the pause sandbox, kube-state-metrics, node_exporter). Deterministic: the same `pods` gives the
 * same names and numbers, so a bench run can be compared with the next.
 */
export const SCALE_NAMESPACE = 'scale';
export const NODE_COUNT = 30;
const OTHER_NAMESPACES = 10;
const MiB = 1024 * 1024;
const GiB = 1024 * MiB;
const PAUSE_IMAGE = 'registry.k8s.io/pause:3.9';
const CONTAINERS = [
  { name: 'app', image: 'ghcr.io/example/shop-api:4.2.0' },
  { name: 'envoy', image: 'docker.io/envoyproxy/envoy:v1.31.2' },
] as const;

/** cAdvisor metrics every cgroup exports here (8 per cgroup; kubelet exports more, podmem reads these). */
const CADVISOR = [
  'container_memory_usage_bytes',
  'container_memory_working_set_bytes',
  'container_memory_rss',
  'container_memory_cache',
  'container_memory_total_active_file_bytes',
  'container_memory_total_inactive_file_bytes',
  'container_memory_mapped_file',
  'container_spec_memory_limit_bytes',
] as const;

export interface ScalePod {
  namespace: string;
  pod: string;
  uid: string;
  node: string;
  /** Per app container: limit (0 = none), working set parts, restarts, last termination OOMKilled. */
  containers: Array<{
    name: string;
    image: string;
    limit: number;
    request: number;
    rss: number;
    active: number;
    inactive: number;
    other: number;
    restarts: number;
    oomKilled: boolean;
  }>;
}

/** A small deterministic PRNG (mulberry32): the data set must not change between runs. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const hex = (r: () => number, n: number) => Array.from({ length: n }, () => Math.floor(r() * 16).toString(16)).join('');

export function nodeName(i: number): string {
  return `node-${String(i).padStart(2, '0')}`;
}

/** Every pod of the data set: `pods` in the big namespace, `pods / 2` elsewhere. */
export function scalePods(pods: number): ScalePod[] {
  const r = rng(pods);
  const out: ScalePod[] = [];
  const add = (namespace: string, i: number) => {
    const rs = hex(r, 10);
    const uid = `${hex(r, 8)}-${hex(r, 4)}-${hex(r, 4)}-${hex(r, 4)}-${hex(r, 12)}`;
    out.push({
      namespace,
      pod: `shop-${rs}-${hex(r, 5)}`,
      uid,
      node: nodeName(out.length % NODE_COUNT),
      containers: CONTAINERS.map((c, ci) => {
        const limit = ci === 0 ? ([256 * MiB, 512 * MiB, GiB, 0][Math.floor(r() * 4)] ?? 0) : 128 * MiB;
        const cap = limit || 512 * MiB;
        const rss = Math.round(cap * (0.1 + r() * 0.5));
        const active = Math.round(cap * r() * 0.3);
        const other = Math.round(cap * r() * 0.05);
        return {
          ...c,
          limit,
          request: Math.round(cap / 2),
          rss,
          active,
          inactive: Math.round(cap * r() * 0.4),
          other,
          restarts: r() < 0.05 ? 1 + Math.floor(r() * 4) : 0,
          oomKilled: r() < 0.01 && i % 7 === 0,
        };
      }),
    });
  };
  for (let i = 0; i < pods; i++) add(SCALE_NAMESPACE, i);
  // kube-system is one of them, as in every cluster (podmem's capability detection reads it).
  for (let i = 0; i < Math.floor(pods / 2); i++) add(i % OTHER_NAMESPACES === 0 ? 'kube-system' : `team-${String(i % OTHER_NAMESPACES).padStart(2, '0')}`, i);
  return out;
}

function labelText(labels: Record<string, string>): string {
  return `{${Object.entries(labels)
    .map(([k, v]) => `${k}=${JSON.stringify(v)}`)
    .join(',')}}`;
}

function cadvisorLines(
  lines: string[],
  labels: Record<string, string>,
  v: { rss: number; active: number; inactive: number; other: number; limit: number },
): void {
  const ws = v.rss + v.active + v.other;
  const values: Record<(typeof CADVISOR)[number], number> = {
    container_memory_usage_bytes: ws + v.inactive,
    container_memory_working_set_bytes: ws,
    container_memory_rss: v.rss,
    container_memory_cache: v.active + v.inactive,
    container_memory_total_active_file_bytes: v.active,
    container_memory_total_inactive_file_bytes: v.inactive,
    container_memory_mapped_file: Math.round(v.active / 4),
    container_spec_memory_limit_bytes: v.limit,
  };
  const l = labelText(labels);
  for (const name of CADVISOR) lines.push(`${name}${l} ${values[name]}`);
}

/** Exposition text of one node's kubelet (cAdvisor) and node_exporter, labels as kube-prometheus stores them (scraped with honor_labels). */
export function kubeletText(pods: readonly ScalePod[], node: string, nodeIndex: number): string {
  const lines: string[] = [];
  const kubelet = {
    endpoint: 'https-metrics',
    instance: `10.0.${Math.floor(nodeIndex / 250)}.${(nodeIndex % 250) + 1}:10250`,
    job: 'kubelet',
    metrics_path: '/metrics/cadvisor',
    node,
    service: 'kubelet',
  };
  lines.push(`machine_memory_bytes${labelText({ ...kubelet, boot_id: 'b00t', machine_id: node, system_uuid: node })} ${64 * GiB}`);
  const nodeExporter = { container: 'node-exporter', instance: node, job: 'node-exporter', namespace: 'monitoring', pod: `node-exporter-${node}` };
  lines.push(`node_memory_MemTotal_bytes${labelText(nodeExporter)} ${64 * GiB}`, `node_memory_MemAvailable_bytes${labelText(nodeExporter)} ${40 * GiB}`);
  for (const p of pods) {
    if (p.node !== node) continue;
    const cgroup = `/kubepods/burstable/pod${p.uid}`;
    const pod = { namespace: p.namespace, pod: p.pod };
    const pause = { rss: 40960, active: 0, inactive: 0, other: 200704, limit: 0 };
    const pauseId = p.uid.replace(/-/g, '').slice(0, 24) + 'a0a0a0a0';
    cadvisorLines(lines, { container: '', ...kubelet, id: `${cgroup}/${pauseId}`, image: PAUSE_IMAGE, name: pauseId, ...pod }, pause);
    const sum = {
      rss: pause.rss,
      active: 0,
      inactive: 0,
      other: pause.other,
      limit: p.containers.every((c) => c.limit > 0) ? p.containers.reduce((a, c) => a + c.limit, 0) : 0,
    };
    for (const c of p.containers) {
      const id = p.uid.replace(/-/g, '').slice(0, 24) + c.name.padEnd(8, '0').slice(0, 8);
      cadvisorLines(lines, { container: c.name, ...kubelet, id: `${cgroup}/${id}`, image: c.image, name: id, ...pod }, c);
      sum.rss += c.rss;
      sum.active += c.active;
      sum.inactive += c.inactive;
      sum.other += c.other;
    }
    cadvisorLines(lines, { container: '', ...kubelet, id: cgroup, image: '', name: '', ...pod }, sum);
  }
  lines.push('');
  return lines.join('\n');
}

/** Exposition text of kube-state-metrics for every pod (one target, as in a real cluster). */
export function ksmText(pods: readonly ScalePod[]): string {
  const lines: string[] = [];
  const ksm = { instance: '10.0.9.7:8080', job: 'kube-state-metrics' };
  for (const p of pods) {
    const pod = { namespace: p.namespace, pod: p.pod, uid: p.uid };
    lines.push(`kube_pod_info${labelText({ ...ksm, ...pod, node: p.node, created_by_kind: 'ReplicaSet', host_ip: '10.0.0.1', pod_ip: '10.244.0.1' })} 1`);
    for (const c of p.containers) {
      const l = { ...ksm, ...pod, container: c.name };
      lines.push(`kube_pod_container_info${labelText({ ...l, image: c.image, container_id: `containerd://${p.uid}${c.name}` })} 1`);
      if (c.limit > 0) lines.push(`kube_pod_container_resource_limits${labelText({ ...l, resource: 'memory', unit: 'byte' })} ${c.limit}`);
      lines.push(`kube_pod_container_resource_requests${labelText({ ...l, resource: 'memory', unit: 'byte' })} ${c.request}`);
      lines.push(`kube_pod_container_status_restarts_total${labelText(l)} ${c.restarts}`);
      if (c.oomKilled) lines.push(`kube_pod_container_status_last_terminated_reason${labelText({ ...l, reason: 'OOMKilled' })} 1`);
    }
  }
  lines.push('');
  return lines.join('\n');
}
