import { DEMO_CLUSTER, DEMO_NAMESPACE, SEED_PHASES, SEED_POD_NAME } from '../../lib/learn/seed-data';
import { MiB, SeriesBook, addStates, cadvisorValues, type CgroupState } from './model';

export { DEMO_CLUSTER, DEMO_NAMESPACE, SEED_PHASES };

/** The demo's time window: 60 minutes at a 15 s scrape interval, ending at `end` (unix seconds). */
export const SCRAPE_INTERVAL_SECONDS = 15;
export const DEMO_MINUTES = 60;
export const NODE = 'demo-node-1';
export const NODE_MEMORY_BYTES = 16 * 1024 * MiB;
export const NODE_AVAILABLE_BYTES = 9472 * MiB;

export interface ContainerSpec {
  name: string;
  image: string;
  limitBytes: number | null;
  requestBytes: number | null;
  /** Major page faults per second (re-reads from disk); the node is cgroup v1, so this is the only thrash signal. Default 0.5. */
  majorFaultsPerSecond?: number;
}

/** Major faults per second of a container that reads its files once and keeps them cached. */
export const QUIET_MAJOR_FAULTS_PER_SECOND = 0.5;

/** A container's life: its state at minute m, or null while it does not exist. `incarnation` changes on restart. */
type Timeline = (minute: number) => { state: CgroupState; incarnation: number } | null;

interface PodScenario {
  pod: string;
  uid: string;
  /** The pod's controller (kube_pod_owner) and, for a ReplicaSet or Job, that controller's owner (kube_replicaset_owner, kube_job_owner). */
  owner: { kind: 'ReplicaSet' | 'StatefulSet' | 'Job'; name: string; of?: { kind: 'Deployment' | 'CronJob'; name: string } };
  qos: 'burstable' | 'besteffort';
  containers: Array<ContainerSpec & { timeline: Timeline }>;
  /** Kubernetes restarts and the reason of the last termination, per container, at minute m. */
  restarts?: Record<string, (minute: number) => { restarts: number; lastOomAt: number | null }>;
}

const state = (p: Partial<CgroupState>): CgroupState => ({ rss: 0, activeFile: 0, inactiveFile: 0, shmem: 0, kernel: 0, mappedFile: 0, ...p });
const always =
  (f: (m: number) => CgroupState): Timeline =>
  (m) => ({ state: f(m), incarnation: 0 });
const lerp = (a: number, b: number, f: number) => Math.round(a + (b - a) * Math.min(Math.max(f, 0), 1));
/** A small deterministic wobble so flat lines look like real measurements (page-aligned). */
const wobble = (m: number, amplitudeBytes: number) => Math.round((Math.sin(m * 1.7) * amplitudeBytes) / 4096) * 4096;

/** Which seed phase minute m falls in: A for the first 20 minutes, then B, then C. */
export function seedPhaseAt(minute: number): keyof typeof SEED_PHASES {
  return minute < 20 ? 'A' : minute < 40 ? 'B' : 'C';
}

const ORDERS_OOM_MINUTE = 24;
const ORDERS_RESTART_MINUTE = 24.5;

/** Every demo pod: the seed experiment plus the traps and shapes an SRE meets. */
export const DEMO_PODS: PodScenario[] = [
  {
    pod: SEED_POD_NAME,
    owner: { kind: 'ReplicaSet', name: 'ta-7b6f5d56fb', of: { kind: 'Deployment', name: 'ta' } },
    uid: '5c1a7b52-3f5e-4c1e-9a47-2b7d0c6e9a01',
    qos: 'burstable',
    containers: [
      {
        name: 'ta',
        image: 'docker.io/library/centos:7',
        limitBytes: 256 * MiB,
        requestBytes: 128 * MiB,
        timeline: always((m) => {
          const p = SEED_PHASES[seedPhaseAt(m)];
          // usage = rss + cache exactly, as the seed's table has it: no shmem, no kernel memory.
          return state({ rss: p.rss, activeFile: p.activeFile, inactiveFile: p.inactiveFile, shmem: p.cache - p.activeFile - p.inactiveFile });
        }),
      },
    ],
  },
  {
    pod: 'log-indexer-0',
    owner: { kind: 'StatefulSet', name: 'log-indexer' },
    uid: '8e2d4a10-6b1f-4d8c-b3a2-9f0e1c2d3b02',
    qos: 'burstable',
    containers: [
      {
        name: 'indexer',
        image: 'ghcr.io/example/log-indexer:2.4.1',
        limitBytes: 1024 * MiB,
        requestBytes: 512 * MiB,
        timeline: always((m) =>
          state({
            rss: 180 * MiB + wobble(m, 2 * MiB),
            activeFile: lerp(40 * MiB, 700 * MiB, m / DEMO_MINUTES),
            inactiveFile: 64 * MiB + wobble(m + 3, 8 * MiB),
            kernel: 12 * MiB,
            mappedFile: 24 * MiB,
          }),
        ),
      },
    ],
  },
  {
    pod: 'orders-api-5f7c9d-x2x9q',
    owner: { kind: 'ReplicaSet', name: 'orders-api-5f7c9d', of: { kind: 'Deployment', name: 'orders-api' } },
    uid: '1f9b3c24-7a6e-4f0d-8c5b-4e3d2a1b0c03',
    qos: 'burstable',
    containers: [
      {
        name: 'api',
        image: 'ghcr.io/example/orders-api:1.12.0',
        limitBytes: 512 * MiB,
        requestBytes: 256 * MiB,
        timeline: (m) => {
          const base = { activeFile: 6 * MiB, inactiveFile: 2 * MiB, kernel: 4 * MiB, mappedFile: 8 * MiB };
          if (m <= ORDERS_OOM_MINUTE) {
            // The heap grows until usage meets the 512 MiB limit at the kill.
            return { state: state({ ...base, rss: lerp(160 * MiB, 500 * MiB, m / ORDERS_OOM_MINUTE) }), incarnation: 0 };
          }
          if (m < ORDERS_RESTART_MINUTE) return null;
          return { state: state({ ...base, rss: lerp(160 * MiB, 420 * MiB, (m - ORDERS_RESTART_MINUTE) / 30) }), incarnation: 1 };
        },
      },
    ],
    restarts: {
      api: (m) => (m >= ORDERS_RESTART_MINUTE ? { restarts: 1, lastOomAt: ORDERS_OOM_MINUTE } : { restarts: 0, lastOomAt: null }),
    },
  },
  {
    pod: 'checkout-6d9f8b-k2x7w',
    owner: { kind: 'ReplicaSet', name: 'checkout-6d9f8b', of: { kind: 'Deployment', name: 'checkout' } },
    uid: '3a7c5e46-9b8d-4e2f-a1c0-6d5e4f3a2b04',
    qos: 'burstable',
    containers: [
      {
        name: 'app',
        image: 'ghcr.io/example/checkout:3.1.0',
        limitBytes: 768 * MiB,
        requestBytes: 512 * MiB,
        timeline: always((m) =>
          state({ rss: 300 * MiB + wobble(m, 6 * MiB), activeFile: 120 * MiB, inactiveFile: 80 * MiB, kernel: 20 * MiB, mappedFile: 30 * MiB }),
        ),
      },
      {
        name: 'envoy',
        image: 'docker.io/envoyproxy/envoy:v1.31.2',
        limitBytes: 128 * MiB,
        requestBytes: 64 * MiB,
        timeline: always((m) =>
          state({ rss: 40 * MiB + wobble(m + 1, MiB), activeFile: 5 * MiB, inactiveFile: 3 * MiB, kernel: 4 * MiB, mappedFile: 6 * MiB }),
        ),
      },
    ],
  },
  {
    // The heap grew and squeezed the page cache the service keeps re-reading (a memory-mapped index):
    // the working set sits at 98 % of the limit and the pod re-reads its index from disk all the time.
    pod: 'search-7d8f6c9b5-p4m2z',
    owner: { kind: 'ReplicaSet', name: 'search-7d8f6c9b5', of: { kind: 'Deployment', name: 'search' } },
    uid: '4c8d2f57-0a1b-4c3d-9e8f-7a6b5c4d3e07',
    qos: 'burstable',
    containers: [
      {
        name: 'search',
        image: 'ghcr.io/example/search:4.2.0',
        limitBytes: 768 * MiB,
        requestBytes: 512 * MiB,
        majorFaultsPerSecond: 900,
        timeline: always((m) =>
          state({
            rss: 620 * MiB + wobble(m, 2 * MiB),
            activeFile: 120 * MiB + wobble(m + 2, 4 * MiB),
            inactiveFile: 6 * MiB,
            kernel: 10 * MiB,
            mappedFile: 110 * MiB,
          }),
        ),
      },
    ],
  },
  {
    pod: 'renderer-0',
    owner: { kind: 'StatefulSet', name: 'renderer' },
    uid: '6b2e8f68-1c3d-4a5b-9e7f-8a9b0c1d2e05',
    qos: 'burstable',
    containers: [
      {
        name: 'renderer',
        image: 'ghcr.io/example/renderer:0.9.3',
        limitBytes: 512 * MiB,
        requestBytes: 256 * MiB,
        timeline: always((m) =>
          state({ rss: 150 * MiB + wobble(m, 3 * MiB), activeFile: 30 * MiB, inactiveFile: 20 * MiB, shmem: 200 * MiB, kernel: 5 * MiB, mappedFile: 10 * MiB }),
        ),
      },
    ],
  },
  {
    pod: 'batch-28d1c',
    owner: { kind: 'Job', name: 'batch-28d1c', of: { kind: 'CronJob', name: 'batch' } },
    uid: '9d4f0a8a-2e5b-4c6d-8f9a-0b1c2d3e4f06',
    qos: 'besteffort',
    containers: [
      {
        name: 'job',
        image: 'ghcr.io/example/batch:5.0.0',
        limitBytes: null,
        requestBytes: null,
        // This node has swap on (NodeSwap): after 30 minutes 64 MiB of the heap is swapped out.
        timeline: always((m) =>
          state({
            rss: lerp(90 * MiB, 620 * MiB, m / DEMO_MINUTES),
            activeFile: 50 * MiB,
            inactiveFile: 200 * MiB,
            kernel: 6 * MiB,
            swap: m >= 30 ? 64 * MiB : 0,
          }),
        ),
      },
    ],
  },
];

const PAUSE_IMAGE = 'registry.k8s.io/pause:3.10';
const pauseState = state({ rss: 40 * 1024, kernel: 600 * 1024 });

const hex = (seed: string, len = 64) => {
  let h = 2166136261;
  let out = '';
  while (out.length < len) {
    for (const ch of `${seed}${out.length}`) h = Math.imul(h ^ ch.charCodeAt(0), 16777619) >>> 0;
    out += h.toString(16).padStart(8, '0');
  }
  return out.slice(0, len);
};

/** Generates every demo series, cAdvisor and kube-state-metrics, over [end − 60 min, end + liveMinutes]. */
export function generateDemoSeries(endSeconds: number, liveMinutes = 0): SeriesBook {
  const book = new SeriesBook();
  const end = Math.floor(endSeconds / SCRAPE_INTERVAL_SECONDS) * SCRAPE_INTERVAL_SECONDS;
  const start = end - DEMO_MINUTES * 60;
  // The demo keeps each pod in its last state for `liveMinutes` past `end`, so views of "now" (the
  // namespace list, relative ranges) still find samples while the demo runs; tests use 0.
  const last = end + liveMinutes * 60;
  const kubelet = { job: 'kubelet', metrics_path: '/metrics/cadvisor', instance: '10.0.0.11:10250', node: NODE, endpoint: 'https-metrics', service: 'kubelet' };
  const ksm = { job: 'kube-state-metrics', instance: '10.0.1.7:8080' };
  const startedAt = new Map<string, number>();

  for (let t = start; t <= last; t += SCRAPE_INTERVAL_SECONDS) {
    const minute = (t - start) / 60;
    book.add('machine_memory_bytes', 'gauge', { ...kubelet, boot_id: 'b00t', machine_id: 'demo', system_uuid: 'demo' }, t, NODE_MEMORY_BYTES);
    // node_exporter as kube-prometheus scrapes it: `instance` is the node name. top's header shows this.
    const nodeExporter = { job: 'node-exporter', instance: NODE, namespace: 'monitoring', pod: 'node-exporter-7xk2p', container: 'node-exporter' };
    book.add('node_memory_MemTotal_bytes', 'gauge', nodeExporter, t, NODE_MEMORY_BYTES);
    book.add('node_memory_MemAvailable_bytes', 'gauge', nodeExporter, t, NODE_AVAILABLE_BYTES);
    for (const pod of DEMO_PODS) {
      const podCgroup = `/kubepods/${pod.qos}/pod${pod.uid}`;
      const podLabels = { namespace: DEMO_NAMESPACE, pod: pod.pod };
      const live: CgroupState[] = [pauseState];
      // The pause container: containerd's sandbox, container="" with the pause image.
      const pauseId = hex(`${pod.pod}/pause`);
      emitCadvisor(book, t, { ...kubelet, ...podLabels, container: '', image: PAUSE_IMAGE, id: `${podCgroup}/${pauseId}`, name: pauseId }, pauseState, null);
      for (const c of pod.containers) {
        const now = c.timeline(minute);
        if (now) {
          live.push(now.state);
          const cid = hex(`${pod.pod}/${c.name}/${now.incarnation}`);
          const labels = { ...kubelet, ...podLabels, container: c.name, image: c.image, id: `${podCgroup}/${cid}`, name: cid };
          emitCadvisor(book, t, labels, now.state, c.limitBytes ?? 0);
          // Counters restart with the container: the first sample of an incarnation is its start.
          const life = `${pod.pod}/${c.name}/${now.incarnation}`;
          if (!startedAt.has(life)) startedAt.set(life, t);
          const alive = t - (startedAt.get(life) ?? t);
          emitFaults(book, t, labels, (c.majorFaultsPerSecond ?? QUIET_MAJOR_FAULTS_PER_SECOND) * alive);
        }
        const ksmLabels = { ...ksm, ...podLabels, container: c.name, node: NODE, uid: pod.uid };
        if (c.limitBytes !== null) book.add('kube_pod_container_resource_limits', 'gauge', { ...ksmLabels, resource: 'memory', unit: 'byte' }, t, c.limitBytes);
        if (c.requestBytes !== null)
          book.add('kube_pod_container_resource_requests', 'gauge', { ...ksmLabels, resource: 'memory', unit: 'byte' }, t, c.requestBytes);
        const r = pod.restarts?.[c.name]?.(minute) ?? { restarts: 0, lastOomAt: null };
        book.add('kube_pod_container_status_restarts_total', 'counter', ksmLabels, t, r.restarts);
        book.add(
          'kube_pod_container_info',
          'gauge',
          { ...ksmLabels, image: c.image, container_id: `containerd://${hex(`${pod.pod}/${c.name}/${r.restarts}`)}` },
          t,
          1,
        );
        if (r.lastOomAt !== null) {
          book.add('kube_pod_container_status_last_terminated_reason', 'gauge', { ...ksmLabels, reason: 'OOMKilled' }, t, 1);
          book.add('kube_pod_container_status_last_terminated_timestamp', 'gauge', ksmLabels, t, start + r.lastOomAt * 60);
        }
      }
      // The pod-level cgroup: container="", image="" — hierarchical, it includes every child.
      emitCadvisor(book, t, { ...kubelet, ...podLabels, container: '', image: '', id: podCgroup, name: '' }, addStates(live), podLimit(pod));
      book.add(
        'kube_pod_info',
        'gauge',
        { ...ksm, ...podLabels, node: NODE, uid: pod.uid, host_ip: '10.0.0.11', pod_ip: '10.244.0.10', created_by_kind: 'ReplicaSet' },
        t,
        1,
      );
      emitOwners(book, t, { ...ksm, namespace: DEMO_NAMESPACE }, pod);
    }
  }
  return book;
}

/** kube_pod_owner of the pod (its controller), and kube_replicaset_owner / kube_job_owner of that controller, as kube-state-metrics exports them. */
function emitOwners(book: SeriesBook, t: number, labels: Record<string, string>, pod: PodScenario): void {
  const { kind, name, of } = pod.owner;
  book.add('kube_pod_owner', 'gauge', { ...labels, pod: pod.pod, uid: pod.uid, owner_kind: kind, owner_name: name, owner_is_controller: 'true' }, t, 1);
  if (!of) return;
  const owner = { owner_kind: of.kind, owner_name: of.name, owner_is_controller: 'true' };
  if (kind === 'ReplicaSet') book.add('kube_replicaset_owner', 'gauge', { ...labels, replicaset: name, ...owner }, t, 1);
  if (kind === 'Job') book.add('kube_job_owner', 'gauge', { ...labels, job_name: name, ...owner }, t, 1);
}

/** cAdvisor's container_memory_failures_total (cgroup v1 memory.stat pgfault/pgmajfault), scope container and hierarchy. */
function emitFaults(book: SeriesBook, t: number, labels: Record<string, string>, majorFaults: number): void {
  for (const scope of ['container', 'hierarchy']) {
    book.add('container_memory_failures_total', 'counter', { ...labels, failure_type: 'pgmajfault', scope }, t, Math.round(majorFaults));
    book.add('container_memory_failures_total', 'counter', { ...labels, failure_type: 'pgfault', scope }, t, Math.round(majorFaults * 40));
  }
}

function podLimit(pod: PodScenario): number {
  return pod.containers.every((c) => c.limitBytes !== null) ? pod.containers.reduce((a, c) => a + (c.limitBytes ?? 0), 0) : 0;
}

function emitCadvisor(book: SeriesBook, t: number, labels: Record<string, string>, s: CgroupState, limitBytes: number | null): void {
  for (const [name, value] of Object.entries(cadvisorValues(s))) book.add(name, 'gauge', labels, t, value);
  if (limitBytes !== null) book.add('container_spec_memory_limit_bytes', 'gauge', labels, t, limitBytes);
  book.add('container_memory_failcnt', 'gauge', labels, t, 0);
}
