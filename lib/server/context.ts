import 'server-only';
import { ApiError } from '@/lib/api/errors';
import type { ClusterConfig, PodmemConfig } from '@/lib/config/clusters';
import { loadPodmemConfig } from '@/lib/config/load';
import { namespaceAllowed } from '@/lib/config/namespace-access';
import { PrometheusClient } from '@/lib/prometheus/client';
import { clusterTransport } from '@/lib/prometheus/transport';
import { currentRecord } from './request-context';
import { guardTransport, type UpstreamGuard } from './upstream-guard';

interface State {
  config?: PodmemConfig;
  clients: Map<string, { client: PrometheusClient; guard: UpstreamGuard }>;
}

const KEY = Symbol.for('podmem.context');
const holder = globalThis as unknown as Record<symbol, State | undefined>;
// Process-wide, so every route shares one cache, one in-flight map and one queue per cluster.
const state: State = (holder[KEY] ??= { clients: new Map() });

/** The configuration (PODMEM_CONFIG file plus environment shortcuts), read once per server process. */
export function getConfig(): PodmemConfig {
  state.config ??= loadPodmemConfig();
  return state.config;
}

/** The cluster and its Prometheus client (behind the upstream guard), or a 404 naming the unknown cluster. */
export function getCluster(id: string): { cluster: ClusterConfig; client: PrometheusClient } {
  const config = getConfig();
  const cluster = config.clusters.find((c) => c.id === id);
  if (!cluster) {
    const known = config.clusters.map((c) => c.id).join(', ') || 'none configured';
    throw new ApiError('not_found', `unknown cluster ${JSON.stringify(id)} (known: ${known})`);
  }
  const record = currentRecord();
  if (record) record.cluster = id;
  let entry = state.clients.get(id);
  if (!entry) {
    const u = cluster.upstream;
    const guard = guardTransport(id, clusterTransport(u.tls), config.protection);
    const client = new PrometheusClient({
      baseUrl: u.url,
      timeoutMs: u.timeoutMs,
      headers: u.headers,
      queryParams: u.queryParams,
      auth: { bearerTokenFile: u.bearerTokenFile, basicAuth: u.basicAuth },
      transport: guard.transport,
    });
    entry = { client, guard };
    state.clients.set(id, entry);
  }
  return { cluster, client: entry.client };
}

/**
 * The namespace check: a namespace outside the cluster's `namespaces.allow`/`deny` answers 404 as if
 * it did not exist, before anything is sent upstream. Called for every API route by lib/server/api-route.ts.
 */
export function requireNamespace(clusterId: string, namespace: string): void {
  const { cluster } = getCluster(clusterId);
  if (!namespaceAllowed(cluster.namespaces, namespace)) {
    throw new ApiError('not_found', `namespace ${JSON.stringify(namespace)} not found in cluster ${JSON.stringify(clusterId)}`);
  }
}

/** Only the namespaces the cluster may show. */
export function visibleNamespaces(clusterId: string, namespaces: readonly string[]): string[] {
  const { cluster } = getCluster(clusterId);
  return namespaces.filter((n) => namespaceAllowed(cluster.namespaces, n));
}

/** Forgets the configuration, clients, caches and queues (tests; a new configuration). */
export function resetServerState(): void {
  state.config = undefined;
  state.clients.clear();
}
