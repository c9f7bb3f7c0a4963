import { loadConfig, type PodmemConfig } from './clusters';
import { ConfigError, readConfigFile } from './file';

type Env = Readonly<Record<string, string | undefined>>;

/**
 * podmem's configuration: the file named by PODMEM_CONFIG (when set) plus the environment shortcuts
 * PROMETHEUS_URL and PODMEM_CLUSTERS, whose clusters come after the file's. Throws a ConfigError naming
 * the file, line and key of the first problems.
 */
export function loadPodmemConfig(env: Env = process.env): PodmemConfig {
  const fromEnv = loadConfig(env);
  const path = env.PODMEM_CONFIG;
  if (!path) return fromEnv;
  const file = readConfigFile(path, fromEnv.queryTimeoutMs);
  for (const c of fromEnv.clusters) {
    if (file.clusters.some((f) => f.id === c.id))
      throw new ConfigError(`cluster id ${JSON.stringify(c.id)} is both in ${path} and in PROMETHEUS_URL/PODMEM_CLUSTERS`);
  }
  // The file's queryTimeout is the default for the shortcut clusters too, unless the environment sets theirs.
  const timeoutMs = env.PODMEM_QUERY_TIMEOUT_SECONDS ? undefined : file.queryTimeoutMs;
  const envClusters = timeoutMs === undefined ? fromEnv.clusters : fromEnv.clusters.map((c) => ({ ...c, upstream: { ...c.upstream, timeoutMs } }));
  return {
    ...fromEnv,
    clusters: [...file.clusters, ...envClusters],
    queryTimeoutMs: file.queryTimeoutMs ?? fromEnv.queryTimeoutMs,
    protection: file.protection,
    source: path,
  };
}
