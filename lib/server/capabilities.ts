import 'server-only';
import { LRUCache } from 'lru-cache';
import type { ClusterCapabilities } from '@/lib/api/cluster';
import { detectCapabilities, type CountRow, type Detected } from './detect-capabilities';
import type { Series } from '@/lib/prometheus/types';
import { buildNonZeroQuery, buildPresenceQuery } from '@/lib/promql/capabilities-queries';
import type { Matcher } from '@/lib/promql/selector';
import { getCluster } from './context';

/** Capabilities change when a cluster is upgraded or re-scraped, not per request: a few minutes is fresh enough. */
const TTL_MS = 5 * 60 * 1000;

interface Entry {
  readonly detected: Detected;
  readonly detectedAt: number;
}

const cache = new LRUCache<string, Promise<Entry>>({ max: 100, ttl: TTL_MS });

function toRows(series: readonly Series[]): CountRow[] {
  return series.map((s) => ({
    name: s.labels.__name__ ?? '',
    job: s.labels.job ?? null,
    metricsPath: s.labels.metrics_path ?? null,
    count: s.points[0]?.[1] ?? 0,
  }));
}

async function detect(clusterId: string): Promise<Entry> {
  const { cluster, client } = getCluster(clusterId);
  // Detection is not tied to one request: no caller's abort signal may cancel the shared promise.
  const [presence, nonZero] = await Promise.all([client.query(buildPresenceQuery()), client.query(buildNonZeroQuery())]);
  const detected = detectCapabilities({
    presence: toRows(presence.series),
    nonZero: toRows(nonZero.series),
    cadvisorOverride: cluster.cadvisorOverride,
    ksmOverride: cluster.ksmOverride,
  });
  const warnings = [...new Set([...presence.warnings, ...nonZero.warnings])];
  const withWarnings = warnings.length ? { ...detected, report: { ...detected.report, warnings: [...detected.report.warnings, ...warnings] } } : detected;
  return { detected: withWarnings, detectedAt: Math.floor(Date.now() / 1000) };
}

function entryFor(clusterId: string): Promise<Entry> {
  getCluster(clusterId); // 404 for an unknown cluster before anything is cached
  let entry = cache.get(clusterId);
  if (!entry) {
    entry = detect(clusterId);
    cache.set(clusterId, entry);
    // A failed detection is not cached: the next request tries again.
    entry.catch(() => cache.delete(clusterId));
  }
  return entry;
}

/** The cluster's data capabilities as the API returns them (two instant queries, cached 5 minutes). */
export async function getClusterCapabilities(clusterId: string): Promise<ClusterCapabilities> {
  const { cluster } = getCluster(clusterId);
  const { detected, detectedAt } = await entryFor(clusterId);
  return { cluster: cluster.id, name: cluster.name, detectedAt, ...detected.report };
}

/** The cAdvisor and kube-state-metrics selectors to query with; ksm null = no kube-state-metrics. */
export async function getClusterSelectors(clusterId: string): Promise<{ cadvisor: readonly Matcher[]; ksm: readonly Matcher[] | null }> {
  const { detected } = await entryFor(clusterId);
  return { cadvisor: detected.cadvisor, ksm: detected.ksm };
}
