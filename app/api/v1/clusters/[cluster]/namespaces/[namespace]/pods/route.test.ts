import { NextRequest } from 'next/server';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { namespacePodsSchema } from '@/lib/api/namespace-pods';
import { detectionAnswer } from '@/lib/testing/detection-stub';

const MiB = 1024 * 1024;
const vector = (rows: Array<[Record<string, string>, number]>) =>
  JSON.stringify({ status: 'success', data: { resultType: 'vector', result: rows.map(([metric, v]) => ({ metric, value: [1000, String(v)] })) } });

const kubelet = { job: 'kubelet', metrics_path: '/metrics/cadvisor' };
const detection = {
  namespaces: ['shop'],
  presence: [
    [{ __name__: 'container_memory_working_set_bytes', ...kubelet }, 3],
    [{ __name__: 'container_memory_rss', ...kubelet }, 3],
    [{ __name__: 'kube_pod_container_info', job: 'kube-state-metrics' }, 3],
  ],
} as const;
const memory = vector([
  [{ __name__: 'container_memory_working_set_bytes', pod: 'web', container: 'app' }, 200 * MiB],
  [{ __name__: 'container_memory_working_set_bytes', pod: 'web', container: 'envoy' }, 60 * MiB],
  [{ __name__: 'container_memory_working_set_bytes', pod: 'idx', container: 'idx' }, 900 * MiB],
  [{ __name__: 'container_spec_memory_limit_bytes', pod: 'idx', container: 'idx' }, 0],
]);
const status = vector([
  [{ __name__: 'kube_pod_container_resource_limits', pod: 'web', container: 'app' }, 1024 * MiB],
  [{ __name__: 'kube_pod_container_resource_limits', pod: 'web', container: 'envoy' }, 64 * MiB],
  [{ __name__: 'kube_pod_container_status_restarts_total', pod: 'web', container: 'envoy' }, 2],
  [{ __name__: 'kube_pod_container_status_last_terminated_reason', pod: 'web', container: 'envoy', reason: 'OOMKilled' }, 1],
]);

const upstream = { calls: [] as Array<{ query: string; time: string | null }>, empty: false };

function stubPrometheus() {
  upstream.calls = [];
  vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
    const detected = detectionAnswer(url, init.body, detection);
    if (detected) return detected;
    const params = new URLSearchParams(init.body as string);
    const query = params.get('query') ?? '';
    upstream.calls.push({ query, time: params.get('time') });
    if (upstream.empty) return new Response(vector([]));
    return new Response(query.includes('kube_pod_container_resource_limits') ? status : memory);
  });
}

async function get(cluster: string, namespace: string, search = '') {
  const { GET } = await import('./route');
  const url = `http://localhost/api/v1/clusters/${cluster}/namespaces/${namespace}/pods${search}`;
  return GET(new NextRequest(url), { params: Promise.resolve({ cluster, namespace }) });
}

beforeAll(() => {
  process.env.PODMEM_CLUSTERS = 'prod=http://prometheus.test:9090';
  delete process.env.PROMETHEUS_URL;
});
afterEach(() => vi.unstubAllGlobals());

describe('GET …/namespaces/{namespace}/pods', () => {
  it('answers every pod at the instant with two instant queries, worst container first', async () => {
    stubPrometheus();
    upstream.empty = false;
    const res = await get('prod', 'shop', '?at=1796012100');
    expect(res.status).toBe(200);
    const body = namespacePodsSchema.parse(await res.json());
    expect(body).toMatchObject({ cluster: 'prod', namespace: 'shop', time: 1796012100 });
    expect(upstream.calls).toHaveLength(2);
    expect(upstream.calls.every((c) => c.time === '1796012100')).toBe(true);
    expect(upstream.calls.map((c) => c.query)).toEqual(
      expect.arrayContaining([expect.stringContaining('namespace="shop", container!=""'), expect.stringContaining('namespace="shop", resource=~"|memory"')]),
    );
    expect(body.pods.map((p) => p.pod)).toEqual(['web', 'idx']);
    expect(body.pods[0]).toMatchObject({ workingSet: 260 * MiB, limitBytes: 1088 * MiB, ofLimit: 60 / 64, restarts: 2, oomKilled: true });
    expect(body.pods[1]).toMatchObject({ workingSet: 900 * MiB, limitBytes: null, ofLimit: null, restarts: null, oomKilled: false });
  });

  it('an empty namespace is a 200 with no pods', async () => {
    stubPrometheus();
    upstream.empty = true;
    const res = await get('prod', 'nothing-here');
    expect(res.status).toBe(200);
    expect(namespacePodsSchema.parse(await res.json()).pods).toEqual([]);
  });

  it.each([
    ['a namespace that is not a Kubernetes name', 'prod', 'Bad_NS', '', 400],
    ['a hostile namespace', 'prod', 'x"}) or vector(1', '', 400],
    ['a malformed time', 'prod', 'shop', '?at=yesterday', 400],
    ['a malformed cluster id', 'bad id!', 'shop', '', 400],
    ['an unknown cluster', 'nope', 'shop', '', 404],
  ])('%s → %i', async (_, cluster, namespace, search, statusCode) => {
    stubPrometheus();
    const res = await get(cluster, namespace, search);
    expect(res.status).toBe(statusCode);
    expect(upstream.calls).toHaveLength(0);
  });
});
