import { NextRequest } from 'next/server';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { namespaceSizingSchema, podSizingSchema } from '@/lib/api/sizing';
import { resetServerState } from '@/lib/server/context';
import { detectionAnswer, isDetectionQuery } from '@/lib/testing/detection-stub';

const MiB = 1024 * 1024;
const T0 = 1796000400; // a multiple of the 60 s step, so the grid is not shifted
const ts = Array.from({ length: 11 }, (_, i) => T0 + i * 60);

type Row = [Record<string, string>, number];
const matrix = (rows: readonly Row[]) =>
  JSON.stringify({
    status: 'success',
    data: { resultType: 'matrix', result: rows.map(([metric, v]) => ({ metric, values: ts.map((t) => [t, String(v)]) })) },
  });

const detection = {
  namespaces: ['shop'],
  presence: [
    [{ __name__: 'container_memory_working_set_bytes', job: 'kubelet', metrics_path: '/metrics/cadvisor' }, 1],
    [{ __name__: 'kube_pod_container_info', job: 'kube-state-metrics' }, 1],
  ],
} as const;

/** Four pods, one container each: a Deployment's (through its ReplicaSet), a DaemonSet's, a Job's without a CronJob, and one kube-state-metrics has no owner for. */
const PODS = [
  ['web-7c4d9-abcde', 'app'],
  ['fluent-bit-x7k2p', 'fb'],
  ['migrate-q9z8x', 'm'],
  ['orders-api-5f7c9d-x2x9q', 'api'],
] as const;

const memoryRows: Row[] = PODS.flatMap(([pod, container]): Row[] => [
  [{ __name__: 'container_memory_working_set_bytes', pod, container }, 200 * MiB],
  [{ __name__: 'container_memory_usage_bytes', pod, container }, 220 * MiB],
  [{ __name__: 'container_memory_rss', pod, container }, 150 * MiB],
  [{ __name__: 'container_memory_total_active_file_bytes', pod, container }, 20 * MiB],
]);
const statusRows: Row[] = [
  ...PODS.map(([pod, container]): Row => [{ __name__: 'kube_pod_container_resource_limits', pod, container }, 512 * MiB]),
  [{ __name__: 'kube_pod_owner', pod: 'web-7c4d9-abcde', owner_kind: 'ReplicaSet', owner_name: 'web-7c4d9' }, 1],
  [{ __name__: 'kube_pod_owner', pod: 'fluent-bit-x7k2p', owner_kind: 'DaemonSet', owner_name: 'fluent-bit' }, 1],
  [{ __name__: 'kube_pod_owner', pod: 'migrate-q9z8x', owner_kind: 'Job', owner_name: 'migrate' }, 1],
  [{ __name__: 'kube_replicaset_owner', replicaset: 'web-7c4d9', owner_kind: 'Deployment', owner_name: 'web' }, 1],
];

/** Rows of the pod a query is scoped to (`pod="…"`), plus the rows without a pod (the ReplicaSets' owners); every row for a namespace query. */
const inScope = (rows: readonly Row[], query: string) => {
  const pod = /pod="([^"]+)"/.exec(query)?.[1];
  return pod === undefined ? rows : rows.filter(([m]) => m.pod === undefined || m.pod === pod);
};

const queries: string[] = [];

function stubPrometheus() {
  vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
    const detected = detectionAnswer(url, init.body, detection);
    if (detected) return detected;
    if (!isDetectionQuery(init.body)) queries.push(new URLSearchParams(init.body as string).get('query') ?? '');
    const query = new URLSearchParams(init.body as string).get('query') ?? '';
    return new Response(matrix(inScope(query.includes('kube_pod_container_resource_limits') ? statusRows : memoryRows, query)));
  });
}

const range = `?start=${T0}&end=${T0 + 600}&step=60`;

async function getNamespace() {
  const { GET } = await import('./route');
  return GET(new NextRequest(`http://localhost/api/v1/clusters/prod/namespaces/shop/sizing${range}`), {
    params: Promise.resolve({ cluster: 'prod', namespace: 'shop' }),
  });
}

async function getPod(pod: string) {
  const { GET } = await import('../pods/[pod]/sizing/route');
  return GET(new NextRequest(`http://localhost/api/v1/clusters/prod/namespaces/shop/pods/${pod}/sizing${range}`), {
    params: Promise.resolve({ cluster: 'prod', namespace: 'shop', pod }),
  });
}

beforeAll(() => {
  process.env.PODMEM_CLUSTERS = 'prod=http://prometheus.test:9090';
  delete process.env.PROMETHEUS_URL;
});
afterEach(() => {
  vi.unstubAllGlobals();
  resetServerState();
  queries.length = 0;
});

describe('GET …/namespaces/{ns}/sizing: the workload of each container', () => {
  it('comes from kube_pod_owner (a ReplicaSet resolved to its Deployment) in the two range queries, and from the name only without an owner series', async () => {
    stubPrometheus();
    const res = await getNamespace();
    expect(res.status).toBe(200);
    const body = namespaceSizingSchema.parse(await res.json());
    expect(body.containers.map((c) => [c.pod, c.workload])).toEqual([
      ['fluent-bit-x7k2p', { kind: 'DaemonSet', name: 'fluent-bit', source: 'kube-state-metrics' }],
      ['migrate-q9z8x', { kind: 'Job', name: 'migrate', source: 'kube-state-metrics' }],
      ['orders-api-5f7c9d-x2x9q', { kind: 'Deployment', name: 'orders-api', source: 'name' }],
      ['web-7c4d9-abcde', { kind: 'Deployment', name: 'web', source: 'kube-state-metrics' }],
    ]);
    // The owners ride in the status query: still two upstream queries.
    expect(queries).toHaveLength(2);
    // One patch per workload podmem can patch, none for the Job.
    const kinds = body.patchYaml.split('---\n').map((d) => /kind: (\S+)\nmetadata:\n {2}name: (\S+)/.exec(d)?.slice(1, 3).join('/'));
    expect(kinds).toEqual(['DaemonSet/fluent-bit', 'Deployment/orders-api', 'Deployment/web']);
    expect(body.patchYaml).not.toContain('migrate');
  }, 30_000); // the first request imports the route and detects the cluster: slow on a busy machine

  it('the pod route: the DaemonSet pod’s patch is an apps/v1 DaemonSet template patch', async () => {
    stubPrometheus();
    const body = podSizingSchema.parse(await (await getPod('fluent-bit-x7k2p')).json());
    expect(body.containers.map((c) => c.workload)).toEqual([{ kind: 'DaemonSet', name: 'fluent-bit', source: 'kube-state-metrics' }]);
    expect(body.patchYaml).toMatch(
      /^apiVersion: apps\/v1\nkind: DaemonSet\nmetadata:\n {2}name: fluent-bit\n {2}namespace: shop\nspec:\n {2}template:\n {4}spec:\n {6}containers:\n {8}- name: fb\n/,
    );
  }, 30_000);
});
