import { eq, parseMatchers, type Matcher } from '@/lib/promql/selector';

/** One Prometheus-compatible data source podmem can read. */
export interface ClusterConfig {
  readonly id: string;
  readonly name: string;
  readonly prometheusUrl: string;
  /** Selects cAdvisor series (kube-prometheus layout unless overridden). */
  readonly cadvisor: readonly Matcher[];
  /** Selects kube-state-metrics series. */
  readonly ksm: readonly Matcher[];
  /** Set only when PODMEM_CADVISOR_SELECTOR is set: then detection does not choose the cAdvisor selector. */
  readonly cadvisorOverride?: readonly Matcher[];
  /** Set only when PODMEM_KSM_SELECTOR is set. */
  readonly ksmOverride?: readonly Matcher[];
}

export interface PodmemConfig {
  readonly clusters: readonly ClusterConfig[];
  readonly queryTimeoutMs: number;
  readonly minStepSeconds: number;
  readonly defaultRangeSeconds: number;
  /** PODMEM_PUBLIC_URL: the origin links in summaries and link previews use; null = the request's own. */
  readonly publicUrl: string | null;
}

export const KUBE_PROMETHEUS_CADVISOR: readonly Matcher[] = [eq('job', 'kubelet'), eq('metrics_path', '/metrics/cadvisor')];
export const KUBE_PROMETHEUS_KSM: readonly Matcher[] = [eq('job', 'kube-state-metrics')];

type Env = Readonly<Record<string, string | undefined>>;

function positiveNumber(env: Env, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`${name}=${JSON.stringify(raw)} must be a positive number`);
  return n;
}

function validUrl(name: string, raw: string): string {
  try {
    const url = new URL(raw);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error('not http(s)');
    return raw;
  } catch {
    throw new Error(`${name}: ${JSON.stringify(raw)} is not an http(s) URL`);
  }
}

/**
 * Reads podmem's configuration from the environment (see README "Configuration"):
 * PROMETHEUS_URL adds cluster `default`; PODMEM_CLUSTERS adds `id=url` pairs, comma-separated.
 */
export function loadConfig(env: Env = process.env): PodmemConfig {
  const cadvisorOverride = env.PODMEM_CADVISOR_SELECTOR ? parseMatchers(env.PODMEM_CADVISOR_SELECTOR) : undefined;
  const ksmOverride = env.PODMEM_KSM_SELECTOR ? parseMatchers(env.PODMEM_KSM_SELECTOR) : undefined;
  const cadvisor = cadvisorOverride ?? KUBE_PROMETHEUS_CADVISOR;
  const ksm = ksmOverride ?? KUBE_PROMETHEUS_KSM;
  const selectors = { cadvisor, ksm, ...(cadvisorOverride && { cadvisorOverride }), ...(ksmOverride && { ksmOverride }) };
  const clusters: ClusterConfig[] = [];
  if (env.PROMETHEUS_URL) {
    clusters.push({ id: 'default', name: 'default', prometheusUrl: validUrl('PROMETHEUS_URL', env.PROMETHEUS_URL), ...selectors });
  }
  for (const entry of (env.PODMEM_CLUSTERS ?? '').split(',').map((s) => s.trim()).filter(Boolean)) {
    const eqAt = entry.indexOf('=');
    const id = entry.slice(0, eqAt).trim();
    if (eqAt <= 0 || !/^[A-Za-z0-9][-A-Za-z0-9_.]*$/.test(id)) throw new Error(`PODMEM_CLUSTERS: ${JSON.stringify(entry)} must look like id=http://host:9090`);
    if (clusters.some((c) => c.id === id)) throw new Error(`PODMEM_CLUSTERS: cluster id ${JSON.stringify(id)} appears twice`);
    clusters.push({ id, name: id, prometheusUrl: validUrl(`PODMEM_CLUSTERS ${id}`, entry.slice(eqAt + 1).trim()), ...selectors });
  }
  return {
    clusters,
    queryTimeoutMs: positiveNumber(env, 'PODMEM_QUERY_TIMEOUT_SECONDS', 15) * 1000,
    minStepSeconds: positiveNumber(env, 'PODMEM_MIN_STEP_SECONDS', 15),
    defaultRangeSeconds: positiveNumber(env, 'PODMEM_DEFAULT_RANGE_SECONDS', 3600),
    publicUrl: env.PODMEM_PUBLIC_URL ? validUrl('PODMEM_PUBLIC_URL', env.PODMEM_PUBLIC_URL).replace(/\/+$/, '') : null,
  };
}
