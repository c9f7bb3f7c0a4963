import 'server-only';
import { ApiError } from '@/lib/api/errors';
import { loadConfig, type ClusterConfig, type PodmemConfig } from '@/lib/config/clusters';
import { PrometheusClient } from '@/lib/prometheus/client';

let cached: PodmemConfig | undefined;

/** The configuration, read from the environment once per server process. */
export function getConfig(): PodmemConfig {
  cached ??= loadConfig();
  return cached;
}

const clients = new Map<string, PrometheusClient>();

/** The cluster and its Prometheus client, or a 404 naming the unknown cluster. */
export function getCluster(id: string): { cluster: ClusterConfig; client: PrometheusClient } {
  const config = getConfig();
  const cluster = config.clusters.find((c) => c.id === id);
  if (!cluster) {
    const known = config.clusters.map((c) => c.id).join(', ') || 'none configured';
    throw new ApiError('not_found', `unknown cluster ${JSON.stringify(id)} (known: ${known})`);
  }
  let client = clients.get(id);
  if (!client) {
    client = new PrometheusClient({ baseUrl: cluster.prometheusUrl, timeoutMs: config.queryTimeoutMs });
    clients.set(id, client);
  }
  return { cluster, client };
}
