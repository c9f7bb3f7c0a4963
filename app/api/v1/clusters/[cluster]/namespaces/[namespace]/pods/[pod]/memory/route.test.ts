import { NextRequest } from 'next/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { podViewSchema } from '@/lib/api/pod-view';
import { startStubPrometheus, success, type StubPrometheus, type StubRequest } from '@/lib/testing/stub-prometheus';

const MiB = 1024 * 1024;
const START = 1_700_000_000;
const END = START + 600;

/** The container "app" of pod "web", the same at every step (MiB): 100 usage, 80 working set, 50 rss, 25 active, 20 inactive. */
const APP: Record<string, number> = {
  container_memory_usage_bytes: 100,
  container_memory_working_set_bytes: 80,
  container_memory_rss: 50,
  container_memory_cache: 45,
  container_memory_total_active_file_bytes: 25,
  container_memory_total_inactive_file_bytes: 20,
};

let mode: 'ok' | 'busy' | 'empty' = 'ok';

function answer(req: StubRequest) {
  if (mode === 'busy') return { status: 503, body: 'busy' };
  const query = req.params.get('query') ?? '';
  if (req.path === '/api/v1/query') {
    // Capability detection: cAdvisor under the Helm chart's job, no kube-state-metrics.
    const rows = query.includes('> 0')
      ? []
      : Object.keys(APP).map((name) => ({ metric: { __name__: name, job: 'kubernetes-nodes-cadvisor' }, value: [END, '3'] }));
    return success('vector', rows);
  }
  if (mode === 'empty' || !query.includes('container_memory_working_set_bytes')) return success('matrix', []);
  const start = Number(req.params.get('start'));
  const end = Number(req.params.get('end'));
  const step = Number(req.params.get('step'));
  const values: Array<[number, string]> = [];
  for (let t = start; t <= end; t += step) values.push([t, String(0)]);
  return success(
    'matrix',
    Object.entries(APP).map(([name, mib]) => ({
      metric: { __name__: name, namespace: 'shop', pod: 'web', container: 'app', image: 'app:1' },
      values: values.map(([t]) => [t, String(mib * MiB)]),
    })),
  );
}

let stub: StubPrometheus;

beforeAll(async () => {
  stub = await startStubPrometheus(answer);
  process.env.PODMEM_CLUSTERS = `stub=${stub.url},down=http://127.0.0.1:9`;
  delete process.env.PROMETHEUS_URL;
});
afterAll(() => stub.stop());

async function get(path: string) {
  const { GET } = await import('./route');
  const [cluster = '', namespace = '', pod = ''] = path.split('/');
  const res = await GET(new NextRequest(`http://localhost/api/v1/clusters/${path}/memory?start=${START}&end=${END}`), {
    params: Promise.resolve({ cluster, namespace, pod }),
  });
  return { status: res.status, body: (await res.json()) as unknown };
}

// The first request loads the route and its modules: generous on a busy machine (times are never asserted).
describe('GET …/pods/{pod}/memory against a stub Prometheus', { timeout: 60_000 }, () => {
  it('splits the working set and sums the pod, from the series the stub sent', async () => {
    mode = 'ok';
    const { status, body } = await get('stub/shop/web');
    expect(status).toBe(200);
    const view = podViewSchema.parse(body);
    const app = view.containers[0];
    expect(view.containers.map((c) => c.container)).toEqual(['app']);
    // 80 = 50 rss + 25 active + 5 other; 100 − 80 = 20 inactive.
    expect([app?.rss[0], app?.activeFile[0], app?.other[0], app?.inactiveFile[0], app?.workingSet[0], app?.usage[0]]).toEqual(
      [50, 25, 5, 20, 80, 100].map((m) => m * MiB),
    );
    expect(app?.sources).toEqual({ activeFile: 'measured', inactiveFile: 'measured' });
    expect(view.podTotals?.containersSum.workingSet[0]).toBe(80 * MiB);
    expect(view.warnings.join(' ')).toMatch(/No kube-state-metrics/);
  });

  it('404 names the pod when the stub has no series for it', async () => {
    mode = 'empty';
    const { status, body } = await get('stub/shop/gone');
    expect(status).toBe(404);
    expect(body).toMatchObject({ error: { code: 'not_found' } });
    expect(JSON.stringify(body)).toContain('shop/gone');
  });

  it('maps the upstream failures to API codes', async () => {
    mode = 'busy';
    // Another pod than the first test's, whose answer may be cached.
    expect((await get('stub/shop/api')).body).toMatchObject({ error: { code: 'upstream_timeout' } });
    const down = await get('down/shop/web');
    expect([down.status, down.body]).toMatchObject([502, { error: { code: 'upstream_unavailable' } }]);
  });

  it('400 for a name that is not a Kubernetes name, before any query', async () => {
    const before = stub.requests.length;
    const { status, body } = await get('stub/shop/Bad_Pod');
    expect(status).toBe(400);
    expect(JSON.stringify(body)).toContain('not a valid Kubernetes pod name');
    expect(stub.requests.length).toBe(before);
  });
});
