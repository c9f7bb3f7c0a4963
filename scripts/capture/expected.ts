import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Capture } from './capture-to-tsdb';
import type { ExpositionSample } from './exposition';

/**
 * What podmem must report for one container, computed straight from the capture files with the
 * formulas of docs/memory-model.md §2–3 — deliberately not with podmem's own split or assembly code.
 */
export interface ExpectedContainer {
  container: string;
  workingSet: number;
  usage: number;
  rss: number;
  /** Measured (total_active_file_bytes) when the capture has it, else max(cache − (usage − wss), 0) capped at wss − rss. */
  activeFile: number;
  /** Measured (total_inactive_file_bytes) when the capture has it, else usage − wss. */
  inactiveFile: number;
  measured: boolean;
  limitBytes: number | null;
  requestBytes: number | null;
  /** Only when kube-state-metrics has a figure: the KSM value itself, to compare with podmem's. */
  ksmLimitBytes: number | null;
}

export interface ExpectedPod {
  namespace: string;
  pod: string;
  containers: ExpectedContainer[];
  podCgroup: { workingSet: number; usage: number; rss: number } | null;
}

const key = (ns: string, pod: string) => `${ns}/${pod}`;

function valueOf(samples: readonly ExpositionSample[], name: string, pred: (l: Readonly<Record<string, string>>) => boolean): number | null {
  const hits = samples.filter((s) => s.name === name && pred(s.labels));
  if (hits.length > 1) throw new Error(`${name}: ${hits.length} samples where one was expected`);
  return hits[0]?.value ?? null;
}

function ksmValue(capture: Capture, name: string, ns: string, pod: string, container: string): number | null {
  return valueOf(capture.ksm?.samples ?? [], name, (l) => l.namespace === ns && l.pod === pod && l.container === container && l.resource === 'memory');
}

/**
 * Every pod of the capture with its app containers (container not "" or "POD", image set) and its pod
 * cgroup. Without kube-state-metrics the limit is cAdvisor's spec limit (0 = none) and there is no request.
 */
export function expectedPods(full: Capture, withoutKsm = false): ExpectedPod[] {
  const capture: Capture = withoutKsm ? { ...full, ksm: null } : full;
  const samples = capture.cadvisor.samples;
  const pods = new Map<string, ExpectedPod>();
  for (const s of samples) {
    if (s.name !== 'container_memory_working_set_bytes' || !s.labels.pod) continue;
    const ns = s.labels.namespace ?? '';
    const pod = s.labels.pod;
    const entry = pods.get(key(ns, pod)) ?? { namespace: ns, pod, containers: [], podCgroup: null };
    pods.set(key(ns, pod), entry);
    const c = s.labels.container ?? '';
    const image = s.labels.image ?? '';
    const same = (l: Readonly<Record<string, string>>) => l.namespace === ns && l.pod === pod && (l.container ?? '') === c && (l.image ?? '') === image;
    const get = (m: string) => valueOf(samples, `container_memory_${m}`, same);
    if (c === '' && image === '') {
      entry.podCgroup = { workingSet: s.value, usage: get('usage_bytes') ?? NaN, rss: get('rss') ?? NaN };
      continue;
    }
    if (c === '' || c === 'POD' || image === '') continue;
    const wss = s.value;
    const usage = get('usage_bytes') ?? NaN;
    const rss = get('rss') ?? NaN;
    const measuredActive = get('total_active_file_bytes');
    const measuredInactive = get('total_inactive_file_bytes');
    const derivedActive = Math.min(Math.max((get('cache') ?? NaN) - (usage - wss), 0), wss - rss);
    const ksmLimit = ksmValue(capture, 'kube_pod_container_resource_limits', ns, pod, c);
    const spec = valueOf(samples, 'container_spec_memory_limit_bytes', same);
    entry.containers.push({
      container: c,
      workingSet: wss,
      usage,
      rss,
      activeFile: measuredActive ?? derivedActive,
      inactiveFile: measuredInactive ?? usage - wss,
      measured: measuredActive !== null,
      limitBytes: ksmLimit !== null && ksmLimit > 0 ? ksmLimit : spec !== null && spec > 0 ? spec : null,
      requestBytes: ksmValue(capture, 'kube_pod_container_resource_requests', ns, pod, c),
      ksmLimitBytes: ksmLimit,
    });
  }
  for (const p of pods.values()) p.containers.sort((a, b) => (a.container < b.container ? -1 : 1));
  return [...pods.values()].sort((a, b) => (key(a.namespace, a.pod) < key(b.namespace, b.pod) ? -1 : 1));
}

/** kubelet /stats/summary memory figures per pod: the pod cgroup and each container. */
export interface SummaryPod {
  workingSetBytes: number;
  usageBytes: number;
  containers: Map<string, { workingSetBytes: number; usageBytes: number; rssBytes: number }>;
}

interface SummaryJson {
  pods: Array<{
    podRef: { name: string; namespace: string };
    memory: { workingSetBytes: number; usageBytes: number };
    containers: Array<{ name: string; memory: { workingSetBytes: number; usageBytes: number; rssBytes: number } }> | null;
  }>;
}

/** Reads `<dir>/kubelet/stats/summary` keyed by "namespace/pod". */
export function readSummary(dir: string): Map<string, SummaryPod> {
  const json = JSON.parse(readFileSync(join(dir, 'kubelet', 'stats', 'summary'), 'utf8')) as SummaryJson;
  return new Map(
    json.pods.map((p) => [
      key(p.podRef.namespace, p.podRef.name),
      {
        workingSetBytes: p.memory.workingSetBytes,
        usageBytes: p.memory.usageBytes,
        containers: new Map((p.containers ?? []).map((c) => [c.name, c.memory])),
      },
    ]),
  );
}
