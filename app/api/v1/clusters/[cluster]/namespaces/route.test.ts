import { NextRequest } from 'next/server';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { namespaceListSchema } from '@/lib/api/namespace-pods';
import { resetServerState } from '@/lib/server/context';
import { detectionAnswer, isDetectionQuery } from '@/lib/testing/detection-stub';

const detection = {
  namespaces: ['shop'],
  presence: [
    [{ __name__: 'container_memory_working_set_bytes', job: 'kubelet', metrics_path: '/metrics/cadvisor' }, 3],
    [{ __name__: 'container_memory_rss', job: 'kubelet', metrics_path: '/metrics/cadvisor' }, 3],
  ],
} as const;

const upstream = { requests: [] as Array<{ method: string; url: URL }>, status: 200 };

function stubPrometheus(status = 200) {
  upstream.requests = [];
  upstream.status = status;
  vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
    // Capability detection: the namespaces with cAdvisor series (from the index), then one query about one of them.
    if (new URL(url).searchParams.get('match[]') === 'container_memory_working_set_bytes{pod!=""}' || (init.method === 'POST' && isDetectionQuery(init.body)))
      return detectionAnswer(url, init.body, detection) ?? new Response('unexpected', { status: 500 });
    upstream.requests.push({ method: String(init.method), url: new URL(url) });
    if (upstream.status !== 200) return new Response('overloaded', { status: upstream.status });
    return new Response(JSON.stringify({ status: 'success', data: ['web', 'demo', 'kube-system'] }));
  });
}

async function get(cluster: string) {
  const { GET } = await import('./route');
  return GET(new NextRequest(`http://localhost/api/v1/clusters/${cluster}/namespaces`), { params: Promise.resolve({ cluster }) });
}

beforeAll(() => {
  process.env.PODMEM_CLUSTERS = 'prod=http://prometheus.test:9090';
  delete process.env.PROMETHEUS_URL;
});
afterEach(() => {
  vi.unstubAllGlobals();
  // The upstream cache would otherwise answer the next test from this one's Prometheus.
  resetServerState();
});

describe('GET /api/v1/clusters/{cluster}/namespaces', () => {
  it('reads the namespace label values of the cAdvisor working-set series with a GET, sorted', async () => {
    stubPrometheus();
    const res = await get('prod');
    expect(res.status).toBe(200);
    expect(namespaceListSchema.parse(await res.json()).namespaces).toEqual(['demo', 'kube-system', 'web']);
    expect(upstream.requests).toHaveLength(1);
    const [req] = upstream.requests;
    expect(req?.method).toBe('GET');
    expect(req?.url.pathname).toBe('/api/v1/label/namespace/values');
    expect(req?.url.searchParams.getAll('match[]')).toEqual(['container_memory_working_set_bytes{job="kubelet", metrics_path="/metrics/cadvisor"}']);
    const start = Number(req?.url.searchParams.get('start'));
    const end = Number(req?.url.searchParams.get('end'));
    expect(end - start).toBe(24 * 3600);
  });

  it('maps an upstream failure to 5xx without details, a malformed id to 400, an unknown cluster to 404', async () => {
    stubPrometheus(503);
    expect((await get('prod')).status).toBe(504);
    expect((await get('bad id!')).status).toBe(400);
    expect((await get('nope')).status).toBe(404);
  });
});
