import type { ClusterCapabilities, JobSeries, ScrapeLayoutName, SelectorSource } from '@/lib/api/cluster';
import { buildSelector, eq, type Matcher } from '@/lib/promql/selector';
import { detectCgroupVersion } from './cgroup-version';

/** One row of the presence or non-zero query: a metric, its job and metrics_path, and a series count. */
export interface CountRow {
  readonly name: string;
  readonly job: string | null;
  readonly metricsPath: string | null;
  readonly count: number;
}

export interface DetectInput {
  readonly presence: readonly CountRow[];
  readonly nonZero: readonly CountRow[];
  /** From PODMEM_CADVISOR_SELECTOR / PODMEM_KSM_SELECTOR: used as given, detection only reports. */
  readonly cadvisorOverride?: readonly Matcher[];
  readonly ksmOverride?: readonly Matcher[];
}

export type DetectedReport = Omit<ClusterCapabilities, 'cluster' | 'name' | 'detectedAt' | 'sampleNamespace' | 'detectionMs'>;

export interface Detected {
  readonly cadvisor: readonly Matcher[];
  /** null = no kube-state-metrics: skip its query, take limits from cAdvisor. */
  readonly ksm: readonly Matcher[] | null;
  /** kube-state-metrics exports container limits: cAdvisor's spec limit is then never needed as a fallback in a list. */
  readonly ksmLimits: boolean;
  readonly report: DetectedReport;
}

const WSS = 'container_memory_working_set_bytes';
const KUBE_PROMETHEUS: readonly Matcher[] = [eq('job', 'kubelet'), eq('metrics_path', '/metrics/cadvisor')];
const HELM: readonly Matcher[] = [eq('job', 'kubernetes-nodes-cadvisor')];

const jobKey = (r: { job: string | null; metricsPath: string | null }) => `${r.job ?? ''}\u0000${r.metricsPath ?? ''}`;
const matchersFor = (r: { job: string | null; metricsPath: string | null }): Matcher[] => [
  ...(r.job !== null ? [eq('job', r.job)] : []),
  ...(r.metricsPath !== null ? [eq('metrics_path', r.metricsPath)] : []),
];

/** True when a row may belong to the selector; matchers on labels the row does not carry cannot exclude it. */
export function rowMatches(matchers: readonly Matcher[], row: { job: string | null; metricsPath: string | null }): boolean {
  return matchers.every((m) => {
    if (m.name !== 'job' && m.name !== 'metrics_path') return true;
    const v = (m.name === 'job' ? row.job : row.metricsPath) ?? '';
    if (m.op === '=') return v === m.value;
    if (m.op === '!=') return v !== m.value;
    const hit = new RegExp(`^(?:${m.value})$`).test(v);
    return m.op === '=~' ? hit : !hit;
  });
}

/** Names the install a cAdvisor selector belongs to. */
export function classifyLayout(matchers: readonly Matcher[]): ScrapeLayoutName {
  const same = (a: readonly Matcher[]) =>
    a.length === matchers.length &&
    a.every((m, i) => {
      const o = matchers[i];
      return o?.name === m.name && o.op === m.op && o.value === m.value;
    });
  if (same(KUBE_PROMETHEUS)) return 'kube-prometheus';
  if (same(HELM)) return 'helm';
  return matchers.length ? 'other' : 'unknown';
}

/** Groups working-set series by (job, metrics_path); a group that also has rss is cAdvisor, else kubelet's /metrics/resource copy. */
export function listJobs(presence: readonly CountRow[]): JobSeries[] {
  const rssKeys = new Set(presence.filter((r) => r.name === 'container_memory_rss').map(jobKey));
  return presence
    .filter((r) => r.name === WSS)
    .map((r): JobSeries => ({ job: r.job, metricsPath: r.metricsPath, kind: rssKeys.has(jobKey(r)) ? 'cadvisor' : 'resource', workingSetSeries: r.count }))
    .sort((a, b) => b.workingSetSeries - a.workingSetSeries);
}

function chooseCadvisor(
  jobs: readonly JobSeries[],
  override: readonly Matcher[] | undefined,
  warnings: string[],
): { matchers: readonly Matcher[]; source: SelectorSource } {
  if (override) return { matchers: override, source: 'configured' };
  const cadvisor = jobs.filter((j) => j.kind === 'cadvisor');
  const pick =
    cadvisor.find((j) => j.job === 'kubelet' && j.metricsPath === '/metrics/cadvisor') ??
    cadvisor.find((j) => j.job === 'kubernetes-nodes-cadvisor') ??
    cadvisor[0];
  if (!pick) {
    warnings.push(
      'No cAdvisor series (container_memory_working_set_bytes with rss and a pod label) in the last 15 minutes; assuming the kube-prometheus layout.',
    );
    return { matchers: KUBE_PROMETHEUS, source: 'default' };
  }
  const ignored = cadvisor.filter((j) => j !== pick);
  if (ignored.length)
    warnings.push(`cAdvisor data also comes from ${ignored.map((j) => JSON.stringify(j.job)).join(', ')}; podmem reads only ${JSON.stringify(pick.job)}.`);
  return { matchers: matchersFor(pick), source: 'detected' };
}

function chooseKsm(
  presence: readonly CountRow[],
  override: readonly Matcher[] | undefined,
): { matchers: readonly Matcher[] | null; source: SelectorSource; job: string | null } {
  const rows = presence.filter((r) => r.name === 'kube_pod_container_info').sort((a, b) => b.count - a.count);
  if (override) {
    const hit = rows.find((r) => rowMatches(override, r));
    return { matchers: hit ? override : null, source: 'configured', job: hit?.job ?? null };
  }
  const pick = rows.find((r) => r.job === 'kube-state-metrics') ?? rows[0];
  if (!pick) return { matchers: null, source: 'detected', job: null };
  return { matchers: pick.job !== null ? [eq('job', pick.job)] : [], source: 'detected', job: pick.job };
}

/** Namespaces every kube-prometheus cluster has, small and scraped like any other: the cheapest place to look. */
const SAMPLE_NAMESPACES = ['kube-system', 'monitoring'];

/**
 * The namespace detection reads (it never reads the whole TSDB): kube-system, else monitoring, else the
 * first in alphabetical order; null when no namespace has pod working-set series.
 */
export function pickSampleNamespace(namespaces: readonly string[]): string | null {
  const present = namespaces.filter((n) => n !== '');
  return SAMPLE_NAMESPACES.find((n) => present.includes(n)) ?? [...present].sort()[0] ?? null;
}

/** Decides selectors and capabilities from the two detection queries (see lib/promql/capabilities-queries.ts). */
export function detectCapabilities(input: DetectInput): Detected {
  const warnings: string[] = [];
  const jobs = listJobs(input.presence);
  const cad = chooseCadvisor(jobs, input.cadvisorOverride, warnings);
  const ksm = chooseKsm(input.presence, input.ksmOverride);
  const inCad = (rows: readonly CountRow[]) => rows.filter((r) => r.name.startsWith('container_') && rowMatches(cad.matchers, r));
  const cadRows = inCad(input.presence);
  const cadNonZero = inCad(input.nonZero);
  const has = (name: string) => cadRows.some((r) => r.name === name && r.count > 0);
  const ksmRows = ksm.matchers ? input.presence.filter((r) => r.name.startsWith('kube_') && rowMatches(ksm.matchers ?? [], r)) : [];
  return {
    cadvisor: cad.matchers,
    ksm: ksm.matchers,
    ksmLimits: ksmRows.some((r) => r.name === 'kube_pod_container_resource_limits' && r.count > 0),
    report: {
      cadvisor: { source: cad.source, layout: classifyLayout(cad.matchers), selector: buildSelector(null, cad.matchers), jobs },
      kubeStateMetrics: { present: ksm.matchers !== null, source: ksm.source, job: ksm.job, selector: ksm.matchers ? buildSelector(null, ksm.matchers) : '' },
      metrics: {
        activeFile: has('container_memory_total_active_file_bytes'),
        inactiveFile: has('container_memory_total_inactive_file_bytes'),
        kernelUsage: has('container_memory_kernel_usage'),
        swap: has('container_memory_swap'),
        swapInUse: cadNonZero.some((r) => r.name === 'container_memory_swap'),
        pressure: has('container_pressure_memory_waiting_seconds_total'),
        initContainers: ksmRows.some((r) => r.name === 'kube_pod_init_container_info'),
      },
      cgroup: detectCgroupVersion(cadRows, cadNonZero),
      warnings,
    },
  };
}
