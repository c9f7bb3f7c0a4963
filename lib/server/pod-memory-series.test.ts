import { describe, expect, it } from 'vitest';
import type { Series } from '@/lib/prometheus/types';
import { podMemoryFromSeries as assemblePodMemory, type PodMemorySeries as AssembleInput } from './pod-memory-series';

const grid = { start: 1000, end: 1030, step: 15 };
const MiB = 1024 * 1024;

/** A series with the labels the folded query returns; values at 1000, 1015, 1030 (null = no sample). */
function s(metric: string, container: string, image: string | undefined, values: readonly (number | null)[]): Series {
  const labels: Record<string, string> = { __name__: `container_memory_${metric}`, container };
  if (image !== undefined) labels.image = image;
  return { labels, points: values.flatMap((v, i) => (v === null ? [] : [[1000 + 15 * i, v] as const])) };
}
const flat = (metric: string, container: string, image: string | undefined, v: number) => s(metric, container, image, [v, v, v]);
const ksm = (name: string, container: string, v: number): Series => ({ labels: { __name__: name, container }, points: [[1030, v]] });

/** One app container, 1.35-style (active/inactive measured), plus the pod cgroup and the pause sandbox. */
function pod135(): Series[] {
  return [
    flat('usage_bytes', 'app', 'app:1', 100 * MiB),
    flat('working_set_bytes', 'app', 'app:1', 80 * MiB),
    flat('rss', 'app', 'app:1', 50 * MiB),
    flat('cache', 'app', 'app:1', 45 * MiB),
    flat('total_active_file_bytes', 'app', 'app:1', 25 * MiB),
    flat('total_inactive_file_bytes', 'app', 'app:1', 20 * MiB),
    flat('swap', 'app', 'app:1', 0),
    { labels: { __name__: 'container_spec_memory_limit_bytes', container: 'app', image: 'app:1' }, points: [[1030, 0]] },
    flat('working_set_bytes', '', '', 81 * MiB),
    flat('usage_bytes', '', '', 101 * MiB),
    flat('rss', '', '', 50.5 * MiB),
    flat('working_set_bytes', '', 'registry.k8s.io/pause:3.10.1', 999 * MiB),
    flat('usage_bytes', '', 'registry.k8s.io/pause:3.10.1', 999 * MiB),
    flat('rss', '', 'registry.k8s.io/pause:3.10.1', 999 * MiB),
  ];
}

const input = (memory: Series[], resources: Series[] = []): AssembleInput => ({
  cluster: 'c',
  namespace: 'ns',
  pod: 'p',
  grid,
  memory,
  resources,
  warnings: [],
});

describe('assemblePodMemory', () => {
  it('splits a measured container and reports both pod totals without counting the pause sandbox', () => {
    const doc = assemblePodMemory(input(pod135()));
    expect(doc?.containers.map((c) => c.container)).toEqual(['app']);
    const app = doc?.containers[0];
    expect(app?.sources).toEqual({ activeFile: 'measured', inactiveFile: 'measured' });
    expect(app?.rss[2]).toBe(50 * MiB);
    expect(app?.activeFile[2]).toBe(25 * MiB);
    expect(app?.other[2]).toBe(5 * MiB);
    expect(app?.inactiveFile[2]).toBe(20 * MiB);
    expect(app?.swap).toBeNull();
    expect(app?.init).toBe(false);
    expect(app?.limitBytes).toBeNull(); // spec limit 0 = no limit, never a line at 0
    expect(doc?.sources).toEqual({ activeFile: 'measured', inactiveFile: 'measured' });
    expect(doc?.podTotals?.containersSum.workingSet).toEqual([80 * MiB, 80 * MiB, 80 * MiB]);
    expect(doc?.podTotals?.podCgroup).toEqual({
      workingSet: [81 * MiB, 81 * MiB, 81 * MiB],
      usage: [101 * MiB, 101 * MiB, 101 * MiB],
      rss: [50.5 * MiB, 50.5 * MiB, 50.5 * MiB],
    });
  });

  it('never counts the dockershim sandbox (container="POD") and derives the page cache on old kubelets', () => {
    const memory = [
      flat('usage_bytes', 'busybox', 'busybox', 10 * MiB),
      flat('working_set_bytes', 'busybox', 'busybox', 8 * MiB),
      flat('rss', 'busybox', 'busybox', 5 * MiB),
      flat('cache', 'busybox', 'busybox', 4 * MiB),
      flat('working_set_bytes', 'POD', 'k8s.gcr.io/pause:3.5', 500 * MiB),
      flat('usage_bytes', 'POD', 'k8s.gcr.io/pause:3.5', 500 * MiB),
      flat('rss', 'POD', 'k8s.gcr.io/pause:3.5', 500 * MiB),
    ];
    const doc = assemblePodMemory(input(memory));
    expect(doc?.containers.map((c) => c.container)).toEqual(['busybox']);
    const c = doc?.containers[0];
    expect(c?.sources).toEqual({ activeFile: 'derived', inactiveFile: 'derived' });
    expect(c?.inactiveFile[0]).toBe(2 * MiB); // usage - wss
    expect(c?.activeFile[0]).toBe(2 * MiB); // cache - inactive
    expect(c?.other[0]).toBe(1 * MiB);
    expect(doc?.podTotals?.podCgroup).toBeNull();
    expect(doc?.sources.activeFile).toBe('derived');
  });

  it('takes the max of old and new series after a restart onto a new image, never the sum', () => {
    const memory = [
      s('working_set_bytes', 'app', 'app:1', [30 * MiB, 30 * MiB, null]),
      s('working_set_bytes', 'app', 'app:2', [null, 20 * MiB, 22 * MiB]),
      s('usage_bytes', 'app', 'app:1', [40 * MiB, 40 * MiB, null]),
      s('usage_bytes', 'app', 'app:2', [null, 25 * MiB, 26 * MiB]),
      flat('rss', 'app', 'app:2', 10 * MiB),
    ];
    const c = assemblePodMemory(input(memory))?.containers[0];
    expect(c?.workingSet).toEqual([30 * MiB, 30 * MiB, 22 * MiB]);
    expect(c?.usage).toEqual([40 * MiB, 40 * MiB, 26 * MiB]);
  });

  it('marks init containers, takes KSM limits over cAdvisor, treats a KSM limit of 0 as none, and keeps swap apart', () => {
    const memory = [
      ...['init-db', 'app'].flatMap((name) => [
        flat('usage_bytes', name, 'img', 10 * MiB),
        flat('working_set_bytes', name, 'img', 9 * MiB),
        flat('rss', name, 'img', 8 * MiB),
      ]),
      s('swap', 'app', 'img', [0, 3 * MiB, 0]),
      { labels: { __name__: 'container_spec_memory_limit_bytes', container: 'app', image: 'img' }, points: [[1030, 64 * MiB]] },
      { labels: { __name__: 'container_spec_memory_limit_bytes', container: 'init-db', image: 'img' }, points: [[1030, 32 * MiB]] },
    ] satisfies Series[];
    const resources = [
      ksm('kube_pod_container_resource_limits', 'app', 128 * MiB),
      ksm('kube_pod_container_resource_requests', 'app', 0),
      ksm('kube_pod_init_container_info', 'init-db', 1),
      ksm('kube_pod_init_container_resource_limits', 'init-db', 0),
      ksm('kube_pod_init_container_resource_requests', 'init-db', 16 * MiB),
    ];
    const doc = assemblePodMemory(input(memory, resources));
    const [app, init] = doc?.containers ?? [];
    expect(app).toMatchObject({ container: 'app', init: false, limitBytes: 128 * MiB, requestBytes: null, swap: [0, 3 * MiB, 0] });
    expect(init).toMatchObject({ container: 'init-db', init: true, limitBytes: 32 * MiB, requestBytes: 16 * MiB, swap: null });
    expect(doc?.podTotals?.containersSum.workingSet).toEqual([18 * MiB, 18 * MiB, 18 * MiB]);
  });

  it('still reads the app-container-only query (no image label) and returns null without data', () => {
    const memory = [flat('usage_bytes', 'app', undefined, 2), flat('working_set_bytes', 'app', undefined, 1), flat('rss', 'app', undefined, 1)];
    expect(assemblePodMemory(input(memory))?.containers[0]?.workingSet).toEqual([1, 1, 1]);
    expect(assemblePodMemory(input([flat('working_set_bytes', '', '', 5)]))).toBeNull();
  });

  it('leaves gaps as null in both totals', () => {
    const memory = [s('usage_bytes', 'a', 'i', [2, null, 2]), s('working_set_bytes', 'a', 'i', [1, null, 1]), s('rss', 'a', 'i', [1, null, 1])];
    expect(assemblePodMemory(input(memory))?.podTotals?.containersSum).toEqual({ workingSet: [1, null, 1], usage: [2, null, 2] });
  });
});

describe('assemblePodMemory with labels as Prometheus returns them', () => {
  it('reads the pod cgroup when the empty container and image labels are absent, and drops the pause sandbox', () => {
    const bare = (metric: string, labels: Record<string, string>, v: number): Series => ({
      labels: { __name__: `container_memory_${metric}`, ...labels },
      points: [
        [1000, v],
        [1015, v],
        [1030, v],
      ],
    });
    const memory = [
      bare('usage_bytes', { container: 'app', image: 'a' }, 10),
      bare('working_set_bytes', { container: 'app', image: 'a' }, 8),
      bare('rss', { container: 'app', image: 'a' }, 5),
      bare('working_set_bytes', {}, 9),
      bare('usage_bytes', {}, 11),
      bare('rss', {}, 6),
      bare('working_set_bytes', { image: 'pause:3.10' }, 1000),
    ];
    const doc = assemblePodMemory(input(memory));
    expect(doc?.podTotals?.podCgroup?.workingSet).toEqual([9, 9, 9]);
    expect(doc?.podTotals?.containersSum.workingSet).toEqual([8, 8, 8]);
  });
});

describe('rss above the working set (cgroup v1 counters read apart)', () => {
  it('caps rss at the working set and says so in a warning', () => {
    const grid = { start: 0, end: 15, step: 15 };
    const s = (name: string, values: number[]) => ({
      labels: { __name__: name, container: 'app', image: 'img' },
      points: values.map((v, i) => [i * 15, v] as const),
    });
    const doc = assemblePodMemory({
      cluster: 'c',
      namespace: 'n',
      pod: 'p',
      grid,
      warnings: [],
      resources: [],
      memory: [
        s('container_memory_usage_bytes', [100, 100]),
        s('container_memory_working_set_bytes', [80, 80]),
        s('container_memory_rss', [90, 70]),
        s('container_memory_cache', [20, 20]),
      ],
    });
    expect(doc?.containers[0]?.rss).toEqual([80, 70]);
    expect(doc?.containers[0]?.other).toEqual([0, 10]);
    expect(doc?.warnings).toEqual([expect.stringMatching(/^container app: cAdvisor's rss was above its working set at 1 of 2 points/)]);
  });
});
