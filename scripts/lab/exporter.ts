import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import { computeCadvisorMemory, type CadvisorMemory } from './cadvisor-compute';
import { readCgroupMemoryFiles, type MemoryHierarchy } from './cgroup-host';
import type { LabCgroups } from './cgroup-lifecycle';

export const LAB_POD = {
  namespace: 'lab',
  pod: 'dd-experiment',
  container: 'app',
  image: 'lab/dd-experiment:local',
  uid: 'lab-dd-experiment-0001',
  node: 'lab-node',
} as const;
export const CADVISOR_PATH = '/metrics/cadvisor';
export const KSM_PATH = '/metrics/kube-state-metrics';

/** One cAdvisor row: the labels kubelet puts on it and the computed values. */
export interface CadvisorRow {
  labels: Record<string, string>;
  values: CadvisorMemory;
}

const FAMILIES: ReadonlyArray<[string, 'gauge' | 'counter', keyof CadvisorMemory, string]> = [
  ['container_memory_cache', 'gauge', 'cache', 'Number of bytes of page cache memory.'],
  ['container_memory_failcnt', 'counter', 'failcnt', 'Number of memory usage hits limits'],
  ['container_memory_kernel_usage', 'gauge', 'kernelUsage', 'Size of kernel memory allocated in bytes.'],
  ['container_memory_mapped_file', 'gauge', 'mappedFile', 'Size of memory mapped files in bytes.'],
  ['container_memory_rss', 'gauge', 'rss', 'Size of RSS in bytes.'],
  ['container_memory_swap', 'gauge', 'swap', 'Container swap usage in bytes.'],
  ['container_memory_total_active_file_bytes', 'gauge', 'activeFile', 'Current total active file in bytes.'],
  ['container_memory_total_inactive_file_bytes', 'gauge', 'inactiveFile', 'Current total inactive file in bytes.'],
  ['container_memory_usage_bytes', 'gauge', 'usage', 'Current memory usage in bytes, including all memory regardless of when it was accessed'],
  ['container_memory_working_set_bytes', 'gauge', 'workingSet', 'Current working set in bytes.'],
  ['container_spec_memory_limit_bytes', 'gauge', 'specLimit', 'Memory limit for the container.'],
];

function escapeLabelValue(v: string): string {
  return v.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');
}

function formatLabels(labels: Record<string, string>): string {
  const keys = Object.keys(labels).sort();
  return keys.length ? `{${keys.map((k) => `${k}="${escapeLabelValue(labels[k] ?? '')}"`).join(',')}}` : '';
}

/** Renders rows in the Prometheus text format with cAdvisor's family names, help and types. */
export function renderCadvisorText(rows: readonly CadvisorRow[], machineMemoryBytes: number): string {
  const lines: string[] = [];
  for (const [name, type, field, help] of FAMILIES) {
    lines.push(`# HELP ${name} ${help}`, `# TYPE ${name} ${type}`);
    for (const row of rows) lines.push(`${name}${formatLabels(row.labels)} ${row.values[field]}`);
  }
  lines.push(
    '# HELP machine_memory_bytes Amount of memory installed on the machine.',
    '# TYPE machine_memory_bytes gauge',
    `machine_memory_bytes ${machineMemoryBytes}`,
  );
  return `${lines.join('\n')}\n`;
}

/** Renders kube-state-metrics v2 series for the lab container: info (how podmem detects KSM), restarts, memory limit. */
export function renderKsmText(limitBytes: number): string {
  const pod = { namespace: LAB_POD.namespace, pod: LAB_POD.pod, uid: LAB_POD.uid, container: LAB_POD.container };
  const info = formatLabels({ ...pod, image: LAB_POD.image, image_spec: LAB_POD.image, image_id: '', container_id: '' });
  return [
    '# HELP kube_pod_container_info Information about a container in a pod.',
    '# TYPE kube_pod_container_info gauge',
    `kube_pod_container_info${info} 1`,
    '# HELP kube_pod_container_status_restarts_total The number of container restarts per container.',
    '# TYPE kube_pod_container_status_restarts_total counter',
    `kube_pod_container_status_restarts_total${formatLabels(pod)} 0`,
    '# HELP kube_pod_container_resource_limits The number of requested limit resource by a container.',
    '# TYPE kube_pod_container_resource_limits gauge',
    `kube_pod_container_resource_limits${formatLabels({ ...pod, node: LAB_POD.node, resource: 'memory', unit: 'byte' })} ${limitBytes}`,
    '',
  ].join('\n');
}

/** The pod cgroup row (container="", image="" as kubelet shows it) and the app container row. */
export function readLabRows(hierarchy: MemoryHierarchy, cgroups: LabCgroups): CadvisorRow[] {
  const base = { namespace: LAB_POD.namespace, pod: LAB_POD.pod };
  return [
    {
      labels: { ...base, container: '', image: '', name: '', id: cgroups.pod.id },
      values: computeCadvisorMemory(readCgroupMemoryFiles(hierarchy.version, cgroups.pod.dir)),
    },
    {
      labels: { ...base, container: LAB_POD.container, image: LAB_POD.image, name: cgroups.container.id, id: cgroups.container.id },
      values: computeCadvisorMemory(readCgroupMemoryFiles(hierarchy.version, cgroups.container.dir)),
    },
  ];
}

/** MemTotal from /proc/meminfo in bytes, as cAdvisor's machine_memory_bytes. */
export function machineMemoryBytes(): number {
  const m = /^MemTotal:\s+(\d+) kB$/m.exec(readFileSync('/proc/meminfo', 'utf8'));
  return m?.[1] ? Number(m[1]) * 1024 : 0;
}

export interface ExporterHandle {
  url: string;
  close(): Promise<void>;
}

/** Serves the lab cgroups fresh on every scrape: cAdvisor at /metrics/cadvisor, KSM at /metrics/kube-state-metrics. */
export function startExporter(hierarchy: MemoryHierarchy, cgroups: LabCgroups, limitBytes: number, port: number): Promise<ExporterHandle> {
  const machine = machineMemoryBytes();
  const server: Server = createServer((req, res) => {
    try {
      const path = new URL(req.url ?? '/', 'http://lab').pathname;
      const body = path === CADVISOR_PATH ? renderCadvisorText(readLabRows(hierarchy, cgroups), machine) : path === KSM_PATH ? renderKsmText(limitBytes) : null;
      res.writeHead(body === null ? 404 : 200, { 'content-type': 'text/plain; version=0.0.4; charset=utf-8' });
      res.end(body ?? `not found; try ${CADVISOR_PATH} or ${KSM_PATH}\n`);
    } catch (err) {
      res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
      res.end(`cannot read the lab cgroup: ${err instanceof Error ? err.message : String(err)}\n`);
    }
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      resolve({
        url: `http://127.0.0.1:${port}`,
        close: () =>
          new Promise<void>((done) => {
            if (!server.listening) {
              done();
              return;
            }
            server.close(() => done());
            server.closeAllConnections(); // Prometheus keeps its scrape connection alive
          }),
      });
    });
  });
}
