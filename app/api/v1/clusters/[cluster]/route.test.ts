import { NextRequest } from 'next/server';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { clusterCapabilitiesSchema } from '@/lib/api/cluster';

const vector = (rows: Array<[Record<string, string>, number]>) =>
  JSON.stringify({ status: 'success', data: { resultType: 'vector', result: rows.map(([metric, v]) => ({ metric, value: [1, String(v)] })) } });

const helm = { job: 'kubernetes-nodes-cadvisor' };
const presence = vector([
  [{ __name__: 'container_memory_working_set_bytes', ...helm }, 15],
  [{ __name__: 'container_memory_rss', ...helm }, 15],
  [{ __name__: 'container_memory_failcnt', ...helm }, 15],
  [{ __name__: 'kube_pod_container_info', job: 'kubernetes-service-endpoints' }, 16],
]);
const nonZero = vector([[{ __name__: 'container_memory_failcnt', ...helm }, 1]]);

// The client keeps the fetch it was built with, so one stub per test file, steered by `upstream`.
const upstream = { fail: false, calls: [] as string[] };

function stubPrometheus(fail = false) {
  upstream.fail = fail;
  upstream.calls = [];
  const calls = upstream.calls;
  vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
    const labelValues = url.includes('/api/v1/label/namespace/values');
    const query = labelValues
      ? `namespaces of ${new URL(url).searchParams.get('match[]') ?? ''}`
      : (new URLSearchParams(init.body as string).get('query') ?? '');
    upstream.calls.push(query);
    if (upstream.fail) return new Response('down', { status: 503 });
    if (labelValues) return new Response(JSON.stringify({ status: 'success', data: ['apps', 'kube-system'] }), { status: 200 });
    return new Response(query.includes('> 0') ? nonZero : presence, { status: 200 });
  });
  return calls;
}

async function get(cluster: string) {
  const { GET } = await import('./route');
  return GET(new NextRequest(`http://localhost/api/v1/clusters/${cluster}`), { params: Promise.resolve({ cluster }) });
}

beforeAll(() => {
  process.env.PODMEM_CLUSTERS = 'helm=http://prometheus.test:9090,down=http://down.test:9090';
  delete process.env.PROMETHEUS_URL;
});
afterEach(() => vi.unstubAllGlobals());

describe('GET /api/v1/clusters/{cluster}', () => {
  it('detects the Helm layout and cgroup v1 from the namespace list and two queries about kube-system, then serves from the cache', async () => {
    const calls = stubPrometheus();
    const res = await get('helm');
    expect(res.status).toBe(200);
    const caps = clusterCapabilitiesSchema.parse(await res.json());
    expect(caps.cadvisor).toMatchObject({ layout: 'helm', selector: '{job="kubernetes-nodes-cadvisor"}' });
    expect(caps.kubeStateMetrics.job).toBe('kubernetes-service-endpoints');
    expect(caps.cgroup.version).toBe('v1');
    expect(caps.sampleNamespace).toBe('kube-system');
    expect(calls).toHaveLength(3);
    expect(calls[0]).toBe('namespaces of container_memory_working_set_bytes{pod!=""}');
    expect(calls.slice(1).every((q) => q.includes('namespace="kube-system", pod!=""'))).toBe(true);
    expect((await get('helm')).status).toBe(200);
    expect(calls).toHaveLength(3);
  });

  it('does not cache a failed detection', async () => {
    const failing = stubPrometheus(true);
    expect((await get('down')).status).toBe(504);
    expect(failing).toHaveLength(1);
    const calls = stubPrometheus();
    expect((await get('down')).status).toBe(200);
    expect(calls).toHaveLength(3);
  });

  it('a detection started at server start (another bundle, another ApiError class) that fails is still a 504', async () => {
    stubPrometheus(true);
    await import('./route'); // creates the shared detection store
    const foreign = Object.assign(new Error('Prometheus did not answer within 15 s'), { name: 'ApiError', code: 'upstream_timeout' });
    const first = Promise.reject(foreign);
    first.catch(() => undefined);
    const store = globalThis as { podmemCapabilities?: Map<string, unknown> };
    store.podmemCapabilities?.set('down', { first, last: null, refreshAfter: 0, refreshing: false });
    const res = await get('down');
    expect(res.status).toBe(504);
    expect(await res.json()).toEqual({ error: { code: 'upstream_timeout', message: 'Prometheus did not answer within 15 s' } });
    store.podmemCapabilities?.delete('down');
  });

  it('404 for an unknown cluster, 400 for a malformed id', async () => {
    expect((await get('nope')).status).toBe(404);
    expect((await get('bad id!')).status).toBe(400);
  });
});
