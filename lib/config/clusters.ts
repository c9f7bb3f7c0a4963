import { eq, parseMatchers, type Matcher } from '@/lib/promql/selector';
import type { NamespaceAccess, UpstreamConfig } from './upstream';

/** One Prometheus-compatible data source podmem can read. */
export interface ClusterConfig {
  readonly id: string;
  readonly name: string;
  readonly prometheusUrl: string;
  /** How to reach and authenticate to the data source (kind, headers, secrets as file paths, TLS, extra query parameters). */
  readonly upstream: UpstreamConfig;
  /** Namespaces this cluster may show (globs); empty allow = all. */
  readonly namespaces: NamespaceAccess;
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
  /** How podmem protects each data source: answer cache, concurrency limit and queue. */
  readonly protection: ProtectionConfig;
  /** Where the configuration came from ("environment" or the config file's path), shown by /api/readyz. */
  readonly source: string;
  /** PODMEM_PUBLIC_URL: the origin links in summaries and link previews use; null = the request's own. */
  readonly publicUrl: string | null;
}

export interface ProtectionConfig {
  /** How long an identical upstream answer is reused (0 turns the cache off). */
  readonly cacheSeconds: number;
  readonly maxConcurrentPerCluster: number;
  readonly maxQueuePerCluster: number;
}

export const DEFAULT_PROTECTION: ProtectionConfig = { cacheSeconds: 15, maxConcurrentPerCluster: 8, maxQueuePerCluster: 500 };

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

export function validUrl(name: string, raw: string): string {
  try {
    const url = new URL(raw);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error('not http(s)');
    return raw;
  } catch {
    throw new Error(`${name}: ${JSON.stringify(raw)} is not an http(s) URL`);
  }
}

/** A plain, unauthenticated Prometheus at `url` (the environment shortcuts). */
export function plainUpstream(url: string, timeoutMs: number): UpstreamConfig {
  return { url, kind: 'prometheus', timeoutMs, headers: {}, queryParams: {} };
}

const ALL_NAMESPACES: NamespaceAccess = { allow: [], deny: [] };

/**
 * Reads the environment shortcuts (see README "Configuration"): PROMETHEUS_URL adds cluster `default`;
 * PODMEM_CLUSTERS adds `id=url` pairs, comma-separated. The config file (PODMEM_CONFIG) is read by
 * lib/config/load.ts, which merges these in.
 */
export function loadConfig(env: Env = process.env): PodmemConfig {
  const queryTimeoutMs = positiveNumber(env, 'PODMEM_QUERY_TIMEOUT_SECONDS', 15) * 1000;
  const upstreamOf = (url: string) => ({ upstream: plainUpstream(url, queryTimeoutMs), namespaces: ALL_NAMESPACES });
  const cadvisorOverride = env.PODMEM_CADVISOR_SELECTOR ? parseMatchers(env.PODMEM_CADVISOR_SELECTOR) : undefined;
  const ksmOverride = env.PODMEM_KSM_SELECTOR ? parseMatchers(env.PODMEM_KSM_SELECTOR) : undefined;
  const cadvisor = cadvisorOverride ?? KUBE_PROMETHEUS_CADVISOR;
  const ksm = ksmOverride ?? KUBE_PROMETHEUS_KSM;
  const selectors = { cadvisor, ksm, ...(cadvisorOverride && { cadvisorOverride }), ...(ksmOverride && { ksmOverride }) };
  const clusters: ClusterConfig[] = [];
  if (env.PROMETHEUS_URL) {
    const url = validUrl('PROMETHEUS_URL', env.PROMETHEUS_URL);
    clusters.push({ id: 'default', name: 'default', prometheusUrl: url, ...upstreamOf(url), ...selectors });
  }
  for (const entry of (env.PODMEM_CLUSTERS ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)) {
    const eqAt = entry.indexOf('=');
    const id = entry.slice(0, eqAt).trim();
    if (eqAt <= 0 || !/^[A-Za-z0-9][-A-Za-z0-9_.]*$/.test(id)) throw new Error(`PODMEM_CLUSTERS: ${JSON.stringify(entry)} must look like id=http://host:9090`);
    if (clusters.some((c) => c.id === id)) throw new Error(`PODMEM_CLUSTERS: cluster id ${JSON.stringify(id)} appears twice`);
    const url = validUrl(`PODMEM_CLUSTERS ${id}`, entry.slice(eqAt + 1).trim());
    clusters.push({ id, name: id, prometheusUrl: url, ...upstreamOf(url), ...selectors });
  }
  return {
    clusters,
    queryTimeoutMs,
    minStepSeconds: positiveNumber(env, 'PODMEM_MIN_STEP_SECONDS', 15),
    defaultRangeSeconds: positiveNumber(env, 'PODMEM_DEFAULT_RANGE_SECONDS', 3600),
    protection: DEFAULT_PROTECTION,
    source: 'environment',
    publicUrl: env.PODMEM_PUBLIC_URL ? validUrl('PODMEM_PUBLIC_URL', env.PODMEM_PUBLIC_URL).replace(/\/+$/, '') : null,
  };
}
