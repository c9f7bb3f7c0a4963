import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NextRequest } from 'next/server';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { clusterCapabilitiesSchema } from '@/lib/api/cluster';
import { resetServerState } from '@/lib/server/context';
import { detectionAnswer } from '@/lib/testing/detection-stub';

const helm = { job: 'kubernetes-nodes-cadvisor' };
const detection = {
  namespaces: ['apps', 'kube-system'],
  presence: [
    [{ __name__: 'container_memory_working_set_bytes', ...helm }, 15],
    [{ __name__: 'container_memory_rss', ...helm }, 15],
    [{ __name__: 'container_memory_failcnt', ...helm }, 15],
    [{ __name__: 'kube_pod_container_info', job: 'kubernetes-service-endpoints' }, 16],
  ],
  nonZero: [[{ __name__: 'container_memory_failcnt', ...helm }, 1]],
} as const;

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
    return detectionAnswer(url, init.body, detection) ?? new Response('unexpected query', { status: 400 });
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
  it('detects the Helm layout and cgroup v1 from the namespace list and one query about kube-system, then serves from the cache', async () => {
    const calls = stubPrometheus();
    const res = await get('helm');
    expect(res.status).toBe(200);
    const caps = clusterCapabilitiesSchema.parse(await res.json());
    expect(caps.cadvisor).toMatchObject({ layout: 'helm', selector: '{job="kubernetes-nodes-cadvisor"}' });
    expect(caps.kubeStateMetrics.job).toBe('kubernetes-service-endpoints');
    expect(caps.cgroup.version).toBe('v1');
    expect(caps.sampleNamespace).toBe('kube-system');
    expect(calls).toHaveLength(2);
    expect(calls[0]).toBe('namespaces of container_memory_working_set_bytes{pod!=""}');
    expect(calls[1]).toMatch(/^label_replace\(count by .*namespace="kube-system", pod!="".* or label_replace\(count by .*namespace="kube-system", pod!=""/);
    expect((await get('helm')).status).toBe(200);
    expect(calls).toHaveLength(2);
  });

  it('does not cache a failed detection', async () => {
    const failing = stubPrometheus(true);
    expect((await get('down')).status).toBe(504);
    expect(failing).toHaveLength(1);
    const calls = stubPrometheus();
    expect((await get('down')).status).toBe(200);
    expect(calls).toHaveLength(2);
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

  it('reads a sample namespace the cluster may read: with kube-system denied, detection asks about apps', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'podmem-detect-'));
    const file = join(dir, 'podmem.yaml');
    writeFileSync(file, 'clusters:\n  - id: locked\n    prometheus: { url: "http://locked.test:9090" }\n    namespaces: { deny: ["kube-system"] }\n');
    vi.stubEnv('PODMEM_CONFIG', file);
    resetServerState();
    try {
      const calls = stubPrometheus();
      const res = await get('locked');
      expect(res.status).toBe(200);
      expect(clusterCapabilitiesSchema.parse(await res.json()).sampleNamespace).toBe('apps');
      expect(calls).toHaveLength(2);
      expect(calls[1]).toContain('namespace="apps", pod!=""');
      expect(calls.join('\n')).not.toContain('kube-system');
    } finally {
      vi.unstubAllEnvs();
      resetServerState();
      rmSync(dir, { recursive: true });
    }
  });

  describe('widening to every namespace, only when it can find cgroup v1 evidence', () => {
    const wideNonZero = [[{ __name__: 'container_memory_failcnt', ...helm }, 3]] as const;
    async function detectWith(presence: ReadonlyArray<readonly [Record<string, string>, number]>) {
      resetServerState();
      (globalThis as { podmemCapabilities?: Map<string, unknown> }).podmemCapabilities?.delete('helm');
      const calls: string[] = [];
      vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
        const query = new URLSearchParams(init.body as string).get('query') ?? '';
        calls.push(url.includes('/label/') ? 'namespaces' : query);
        // The sample namespace (kube-system) shows nothing non-zero; another namespace's pod hit its limit.
        const data = { namespaces: ['apps', 'kube-system'], presence, nonZero: query.includes('namespace=') ? [] : wideNonZero };
        return detectionAnswer(url, init.body, data) ?? new Response('unexpected query', { status: 400 });
      });
      const caps = clusterCapabilitiesSchema.parse(await (await get('helm')).json());
      return { caps, calls };
    }

    it('failcnt exported but 0 in the sample: a third, whole-TSDB question finds v1 elsewhere', async () => {
      const { caps, calls } = await detectWith(detection.presence);
      expect(calls).toHaveLength(3);
      expect(calls[2]).toBe(
        'count by (__name__, job, metrics_path) (last_over_time({__name__=~"container_memory_failcnt|container_memory_kernel_usage|container_memory_swap", pod!=""}[1h]) > 0)',
      );
      expect(caps.cgroup).toEqual({ version: 'v1', evidence: ['container_memory_failcnt is non-zero on 3 series; cgroup v2 always reports 0'] });
    });

    it('neither failcnt nor kernel_usage exported: no whole-TSDB question (it could not find any), the version stays unknown', async () => {
      const { caps, calls } = await detectWith(detection.presence.filter(([labels]) => labels.__name__ !== 'container_memory_failcnt'));
      expect(calls).toHaveLength(2);
      expect(caps.cgroup.version).toBe('unknown');
    });
  });

  it('a background refresh that sees no series (scrape outage, stale data) keeps the last detection that did', async () => {
    stubPrometheus();
    resetServerState();
    const store = globalThis as { podmemCapabilities?: Map<string, { refreshAfter: number; refreshing: boolean }> };
    store.podmemCapabilities?.delete('helm');
    expect(clusterCapabilitiesSchema.parse(await (await get('helm')).json()).cadvisor.layout).toBe('helm');
    // Prometheus now answers every question with nothing; the cached detection is due for a refresh.
    vi.stubGlobal('fetch', async (url: string) =>
      url.includes('/label/')
        ? new Response(JSON.stringify({ status: 'success', data: [] }))
        : new Response(JSON.stringify({ status: 'success', data: { resultType: 'vector', result: [] } })),
    );
    resetServerState(); // a new client (and upstream cache) that uses the new fetch
    const slot = store.podmemCapabilities?.get('helm');
    if (!slot) throw new Error('no detection slot for helm');
    slot.refreshAfter = 0;
    await get('helm'); // serves the cached answer and starts the refresh
    await vi.waitFor(() => expect(slot.refreshing).toBe(false));
    const after = clusterCapabilitiesSchema.parse(await (await get('helm')).json());
    expect(after.cadvisor.layout).toBe('helm');
    expect(after.kubeStateMetrics.job).toBe('kubernetes-service-endpoints');
    expect(slot.refreshAfter - Date.now(), `refreshAfter in ${slot.refreshAfter - Date.now()} ms`).toBeLessThanOrEqual(30_000);
  });
});
