import { describe, expect, it } from 'vitest';
import type { Series } from '@/lib/prometheus/types';
import { assembleNamespacePods, type NamespacePodsInput } from './namespace-pods-series';

const MiB = 1024 * 1024;

/** One instant sample as the grouped queries return it (labels: __name__, pod, container[, reason]). */
function row(name: string, pod: string, container: string | undefined, value: number, reason?: string): Series {
  const labels: Record<string, string> = { __name__: name, pod };
  if (container !== undefined) labels.container = container;
  if (reason !== undefined) labels.reason = reason;
  return { labels, points: [[1000, value]] };
}
const wss = (pod: string, c: string, v: number) => row('container_memory_working_set_bytes', pod, c, v * MiB);
const rss = (pod: string, c: string, v: number) => row('container_memory_rss', pod, c, v * MiB);
const active = (pod: string, c: string, v: number) => row('container_memory_total_active_file_bytes', pod, c, v * MiB);
const spec = (pod: string, c: string, v: number) => row('container_spec_memory_limit_bytes', pod, c, v * MiB);
const ksmLimit = (pod: string, c: string, v: number) => row('kube_pod_container_resource_limits', pod, c, v * MiB);
const restarts = (pod: string, c: string, v: number) => row('kube_pod_container_status_restarts_total', pod, c, v);
const reason = (pod: string, c: string, v: number, r = 'OOMKilled') => row('kube_pod_container_status_last_terminated_reason', pod, c, v, r);

const only = (input: NamespacePodsInput) => {
  const pods = assembleNamespacePods(input);
  expect(pods).toHaveLength(1);
  const [pod] = pods;
  if (!pod) throw new Error('no pod');
  return pod;
};

describe('assembleNamespacePods: limits', () => {
  it.each<[string, Series[], Series[], number | null, number | null]>([
    ['kube-state-metrics limit', [wss('p', 'a', 64)], [ksmLimit('p', 'a', 256)], 256 * MiB, 0.25],
    ['cAdvisor spec limit when kube-state-metrics has none', [wss('p', 'a', 64), spec('p', 'a', 128)], [], 128 * MiB, 0.5],
    ['kube-state-metrics wins over the spec limit', [wss('p', 'a', 64), spec('p', 'a', 128)], [ksmLimit('p', 'a', 256)], 256 * MiB, 0.25],
    ['spec limit 0 = no limit', [wss('p', 'a', 64), spec('p', 'a', 0)], [], null, null],
    ['kube-state-metrics 0 falls back to the spec limit', [wss('p', 'a', 64), spec('p', 'a', 128)], [ksmLimit('p', 'a', 0)], 128 * MiB, 0.5],
    ['no limit anywhere', [wss('p', 'a', 64)], [], null, null],
  ])('%s', (_, cadvisor, ksm, limitBytes, ofLimit) => {
    const pod = only({ cadvisor, ksm });
    expect(pod.limitBytes).toBe(limitBytes);
    expect(pod.containers[0]?.limitBytes).toBe(limitBytes);
    expect(pod.ofLimit).toBe(ofLimit);
  });

  it('sums the limits only when every container has one', () => {
    const both = only({ cadvisor: [wss('p', 'a', 10), wss('p', 'b', 10)], ksm: [ksmLimit('p', 'a', 100), ksmLimit('p', 'b', 50)] });
    expect(both.limitBytes).toBe(150 * MiB);
    const one = only({ cadvisor: [wss('p', 'a', 10), wss('p', 'b', 10)], ksm: [ksmLimit('p', 'a', 100)] });
    expect(one.limitBytes).toBeNull();
    expect(one.ofLimit).toBe(0.1); // the limited container still has a share
  });
});

describe('assembleNamespacePods: the worst container decides the share of limit', () => {
  it.each<[string, Series[], number]>([
    // checkout-like: app 440/768 = 57 %, envoy 120/128 = 94 % → the sidecar is the one about to be killed.
    ['the sidecar is closest', [wss('p', 'app', 440), ksmLimit('p', 'app', 768), wss('p', 'envoy', 120), ksmLimit('p', 'envoy', 128)], 120 / 128],
    ['the app is closest', [wss('p', 'app', 700), ksmLimit('p', 'app', 768), wss('p', 'envoy', 12), ksmLimit('p', 'envoy', 128)], 700 / 768],
    ['not the pod sum over the summed limit', [wss('p', 'a', 90), ksmLimit('p', 'a', 100), wss('p', 'b', 10), ksmLimit('p', 'b', 900)], 0.9],
  ])('%s', (_, series, ofLimit) => {
    const cadvisor = series.filter((s) => s.labels.__name__?.startsWith('container_'));
    const ksm = series.filter((s) => s.labels.__name__?.startsWith('kube_'));
    expect(only({ cadvisor, ksm }).ofLimit).toBeCloseTo(ofLimit, 12);
  });
});

describe('assembleNamespacePods: what is counted', () => {
  it('sums app containers only: the pod cgroup, the pause sandbox and dockershim POD rows never count', () => {
    const pod = only({
      cadvisor: [
        wss('p', 'app', 100),
        wss('p', 'envoy', 20),
        wss('p', '', 999),
        row('container_memory_working_set_bytes', 'p', undefined, 999 * MiB),
        wss('p', 'POD', 999),
      ],
      ksm: [],
    });
    expect(pod.containers.map((c) => c.container)).toEqual(['app', 'envoy']);
    expect(pod.workingSet).toBe(120 * MiB);
  });

  it('keeps the layers per container and null where a metric is missing (kubelet < 1.32 has no active_file)', () => {
    const pod = only({ cadvisor: [wss('p', 'a', 100), rss('p', 'a', 60), active('p', 'a', 30)], ksm: [] });
    expect(pod.containers).toEqual([
      { container: 'a', workingSet: 100 * MiB, rss: 60 * MiB, activeFile: 30 * MiB, limitBytes: null, unreclaimable: 70 * MiB, pageCacheOnly: false },
    ]);
    const old = only({ cadvisor: [wss('p', 'a', 100), rss('p', 'a', 60)], ksm: [] });
    expect(old.containers[0]).toMatchObject({ activeFile: null, unreclaimable: null, pageCacheOnly: false });
  });

  it('keeps a pod known only to kube-state-metrics (no container running) with a null working set', () => {
    const pod = only({ cadvisor: [], ksm: [ksmLimit('crash', 'a', 256), restarts('crash', 'a', 7), reason('crash', 'a', 1)] });
    expect(pod).toMatchObject({ pod: 'crash', workingSet: null, limitBytes: 256 * MiB, ofLimit: null, restarts: 7, oomKilled: true });
  });

  it('ignores NaN and infinite samples and rows without a pod', () => {
    const pod = only({
      cadvisor: [wss('p', 'a', 10), row('container_memory_rss', 'p', 'a', NaN), row('container_memory_working_set_bytes', '', 'a', 5)],
      ksm: [],
    });
    expect(pod.containers[0]).toMatchObject({ workingSet: 10 * MiB, rss: null });
  });
});

describe('assembleNamespacePods: restarts and OOM kills', () => {
  it.each<[string, Series[], number | null, boolean]>([
    ['sums restarts over containers', [restarts('p', 'a', 1), restarts('p', 'b', 2)], 3, false],
    ['OOMKilled = 1 is the last termination', [restarts('p', 'a', 1), reason('p', 'a', 1)], 1, true],
    ['older kube-state-metrics send every reason with 0', [restarts('p', 'a', 0), reason('p', 'a', 0)], 0, false],
    ['another reason is not an OOM kill', [restarts('p', 'a', 1), reason('p', 'a', 1, 'Error')], 1, false],
    ['no kube-state-metrics: restarts unknown', [], null, false],
  ])('%s', (_, ksm, restartCount, oomKilled) => {
    const pod = only({ cadvisor: [wss('p', 'a', 10), wss('p', 'b', 10)], ksm });
    expect(pod.restarts).toBe(restartCount);
    expect(pod.oomKilled).toBe(oomKilled);
  });
});

describe('assembleNamespacePods: order', () => {
  it('worst share of limit first, then pods without a limit by working set, ties by name', () => {
    const pods = assembleNamespacePods({
      cadvisor: [wss('low', 'a', 10), wss('high', 'a', 90), wss('free-big', 'a', 500), wss('free-small', 'a', 5), wss('b-tie', 'a', 10), wss('a-tie', 'a', 10)],
      ksm: [ksmLimit('low', 'a', 100), ksmLimit('high', 'a', 100), ksmLimit('b-tie', 'a', 100), ksmLimit('a-tie', 'a', 100)],
    });
    expect(pods.map((p) => p.pod)).toEqual(['high', 'a-tie', 'b-tie', 'low', 'free-big', 'free-small']);
  });

  it('an empty namespace gives an empty list', () => {
    expect(assembleNamespacePods({ cadvisor: [], ksm: [] })).toEqual([]);
  });
});

describe('assembleNamespacePods: high only because of page cache', () => {
  it.each<[string, Series[], Series[], boolean]>([
    // 870 of 1024 = 85 % ≥ 80 %; unreclaimable 870 − 680 = 190 = 18.6 % < 80 %.
    ['working set 85 %, unreclaimable 18.6 % of the limit', [wss('p', 'a', 870), active('p', 'a', 680)], [ksmLimit('p', 'a', 1024)], true],
    // 820 = 80.1 % ≥ 80 %, unreclaimable 820 − 0 = 80.1 %: not only cache.
    ['working set and unreclaimable both 80.1 %', [wss('p', 'a', 820), active('p', 'a', 0)], [ksmLimit('p', 'a', 1024)], false],
    // 800 / 1024 = 78 % < 80 %.
    ['working set 78 %: not high', [wss('p', 'a', 800), active('p', 'a', 700)], [ksmLimit('p', 'a', 1024)], false],
    ['OOM-killed: never only cache', [wss('p', 'a', 870), active('p', 'a', 680)], [ksmLimit('p', 'a', 1024), reason('p', 'a', 1)], false],
    ['no limit', [wss('p', 'a', 870), active('p', 'a', 680)], [], false],
  ])('%s', (_, cadvisor, ksm, flagged) => {
    expect(only({ cadvisor, ksm }).containers[0]?.pageCacheOnly).toBe(flagged);
  });
});
