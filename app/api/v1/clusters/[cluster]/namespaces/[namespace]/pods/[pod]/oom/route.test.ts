import { NextRequest } from 'next/server';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { podOomSchema } from '@/lib/api/oom';
import { resetServerState } from '@/lib/server/context';
import { detectionAnswer } from '@/lib/testing/detection-stub';

const MiB = 1024 * 1024;
const GiB = 1024 * MiB;
const T0 = 1796000400; // a multiple of the 60 s step, so the grid is not shifted
/** Eleven grid points a minute apart. */
const ts = Array.from({ length: 11 }, (_, i) => T0 + i * 60);

const matrix = (rows: Array<[Record<string, string>, (t: number, i: number) => number | null]>) =>
  JSON.stringify({
    status: 'success',
    data: {
      resultType: 'matrix',
      result: rows.map(([metric, f]) => ({ metric, values: ts.flatMap((t, i) => (f(t, i) === null ? [] : [[t, String(f(t, i))]])) })),
    },
  });

const kubelet = { job: 'kubelet', metrics_path: '/metrics/cadvisor' };
const detection = {
  namespaces: ['shop'],
  presence: [
    [{ __name__: 'container_memory_working_set_bytes', ...kubelet }, 1],
    [{ __name__: 'kube_pod_container_info', job: 'kube-state-metrics' }, 1],
  ],
} as const;

/** Container w: evicted at minute 5 while the node had 100 MiB available; container x: exit 137 without OOMKilled at minute 7. */
const alive = (i: number, until: number) => (i <= until ? 1 : null);
const memory = matrix([
  [{ __name__: 'container_memory_working_set_bytes', pod: 'rep', container: 'w' }, (_, i) => (alive(i, 4) ? (300 + 100 * i) * MiB : null)],
  [{ __name__: 'container_memory_usage_bytes', pod: 'rep', container: 'w' }, (_, i) => (alive(i, 4) ? (310 + 100 * i) * MiB : null)],
  [{ __name__: 'container_memory_rss', pod: 'rep', container: 'w' }, (_, i) => (alive(i, 4) ? (280 + 100 * i) * MiB : null)],
  [{ __name__: 'container_memory_total_active_file_bytes', pod: 'rep', container: 'w' }, (_, i) => (alive(i, 4) ? 10 * MiB : null)],
  [{ __name__: 'container_memory_working_set_bytes', pod: 'rep', container: 'x' }, () => 100 * MiB],
  [{ __name__: 'container_memory_usage_bytes', pod: 'rep', container: 'x' }, () => 100 * MiB],
  [{ __name__: 'container_memory_rss', pod: 'rep', container: 'x' }, () => 90 * MiB],
  [{ __name__: 'container_memory_total_active_file_bytes', pod: 'rep', container: 'x' }, () => 5 * MiB],
]);
const status = (evicted: boolean) =>
  matrix([
    [{ __name__: 'kube_pod_container_resource_limits', pod: 'rep', container: 'w' }, () => 2 * GiB],
    [{ __name__: 'kube_pod_container_resource_limits', pod: 'rep', container: 'x' }, () => 512 * MiB],
    [{ __name__: 'kube_pod_status_reason', pod: 'rep', reason: 'Evicted' }, (_, i) => (evicted && i >= 5 ? 1 : 0)],
    [{ __name__: 'kube_pod_container_status_restarts_total', pod: 'rep', container: 'x' }, (_, i) => (i >= 7 ? 1 : 0)],
    [{ __name__: 'kube_pod_container_status_last_terminated_exitcode', pod: 'rep', container: 'x' }, (_, i) => (i >= 7 ? 137 : null)],
  ]);
const node = matrix([
  [{ __name__: 'node_memory_MemTotal_bytes' }, () => 16 * GiB],
  [{ __name__: 'node_memory_MemAvailable_bytes' }, (_, i) => (i >= 3 && i <= 5 ? 100 * MiB : 8 * GiB)],
]);

/** The cluster's client keeps the fetch it was built with: one stub, whose answers follow `scenario`. */
const scenario = { evicted: true };

function stubPrometheus(evicted: boolean) {
  scenario.evicted = evicted;
  vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
    const detected = detectionAnswer(url, init.body, detection);
    if (detected) return detected;
    const query = new URLSearchParams(init.body as string).get('query') ?? '';
    if (query.includes('node_memory_MemTotal_bytes')) return new Response(node);
    if (query.includes('kube_pod_container_resource_limits')) return new Response(status(scenario.evicted));
    return new Response(memory);
  });
}

async function get(search: string) {
  const { GET } = await import('./route');
  const url = `http://localhost/api/v1/clusters/prod/namespaces/shop/pods/rep/oom${search}`;
  return GET(new NextRequest(url), { params: Promise.resolve({ cluster: 'prod', namespace: 'shop', pod: 'rep' }) });
}

beforeAll(() => {
  process.env.PODMEM_CLUSTERS = 'prod=http://prometheus.test:9090';
  delete process.env.PROMETHEUS_URL;
});
// Each test's scenario answers the same queries differently: drop the upstream answer cache between them.
afterEach(() => {
  vi.unstubAllGlobals();
  resetServerState();
});

describe('GET …/pods/{pod}/oom', () => {
  it('lists an eviction (no restart) as evicted for every container of the pod', async () => {
    stubPrometheus(true);
    const res = await get(`?start=${T0}&end=${T0 + 600}&step=60`);
    expect(res.status).toBe(200);
    const body = podOomSchema.parse(await res.json());
    // x's exit 137 at minute 7 lies within 5 minutes of the eviction: the kubelet's kill, not a mystery.
    expect(body.kills.map((k) => [k.container, k.at - T0, k.kind])).toEqual([
      ['w', 300, 'evicted'],
      ['x', 300, 'evicted'],
      ['x', 420, 'evicted'],
    ]);
    const [evicted] = body.kills;
    // Just before the eviction: working set 700 MiB at minute 4; it grew 100 MiB a minute (the RSS).
    expect(evicted?.before.workingSet).toBe(700 * MiB);
    expect(evicted?.grew).toBe('rss');
    expect(evicted?.rateBytesPerMinute).toBe(100 * MiB);
    expect(evicted?.summary).toMatch(/^The kubelet evicted the pod at .* UTC under node memory pressure; w had a working set of 700\.0 MiB\./);
  }, 30_000); // the first request imports the route and detects the cluster: slow on a busy machine

  it('says it cannot tell for an exit 137 without OOMKilled on a healthy node', async () => {
    stubPrometheus(false);
    const body = podOomSchema.parse(await (await get(`?start=${T0}&end=${T0 + 600}&step=60`)).json());
    expect(body.kills.map((k) => [k.container, k.at - T0, k.kind])).toEqual([['x', 420, 'unknown']]);
    const [unknown] = body.kills;
    expect(unknown?.oomKilled).toBe(false);
    expect(unknown?.summary).toMatch(/x was killed at .* \(exit 137\), but the data cannot tell why/);
  });

  it('names a bad range parameter with a 400', async () => {
    stubPrometheus(false);
    const res = await get(`?start=${T0 + 600}&end=${T0}`);
    expect(res.status).toBe(400);
  });
});
