import { escapeRegex } from './escape';
import { buildSelector, eq, neq, re, type Matcher } from './selector';

/**
 * How far back detection looks, so a scrape gap, a stalled Prometheus or data that stopped a while ago
 * (a demo, a backfill) still counts. Detection reads one small namespace, so an hour costs little.
 */
export const DETECTION_LOOKBACK = '1h';
export const DETECTION_LOOKBACK_SECONDS = 60 * 60;

/** Metrics whose presence (per job and metrics_path) tells podmem what a cluster's data can do. */
export const PRESENCE_METRICS = [
  'container_memory_working_set_bytes',
  'container_memory_rss',
  'container_memory_total_active_file_bytes',
  'container_memory_total_inactive_file_bytes',
  'container_memory_kernel_usage',
  'container_memory_swap',
  'container_memory_failcnt',
  'container_pressure_memory_waiting_seconds_total',
  'kube_pod_container_info',
  'kube_pod_container_resource_limits',
  'kube_pod_init_container_info',
] as const;

/** Metrics whose non-zero values tell cgroup v1 (failcnt, kmem usage) and whether swap is used. */
export const NONZERO_METRICS = ['container_memory_failcnt', 'container_memory_kernel_usage', 'container_memory_swap'] as const;

function nameMatcher(names: readonly string[]) {
  return re('__name__', names.map(escapeRegex).join('|'));
}

/**
 * The `match[]` of the label-values request that lists the namespaces with pod working-set series: the
 * index answers it without reading a sample, so it costs the same on 3,000 and on 300,000 series.
 */
export const DETECTION_NAMESPACES_MATCH = buildSelector('container_memory_working_set_bytes', [neq('pod', '')]);

/** Pod series, in one namespace when given: detection reads one namespace, never the whole TSDB. */
function podScope(namespace: string | null): Matcher[] {
  return namespace === null ? [neq('pod', '')] : [eq('namespace', namespace), neq('pod', '')];
}

/**
 * One instant query: how many pod series of each metric each (job, metrics_path) holds in `namespace`.
 * Jobs with working set and rss are cAdvisor; kubelet's /metrics/resource copy has working set but no
 * rss. `last_over_time` keeps `__name__` (Prometheus and VictoriaMetrics both).
 */
export function buildPresenceQuery(namespace: string | null): string {
  const selector = buildSelector(null, [nameMatcher(PRESENCE_METRICS), ...podScope(namespace)]);
  return `count by (__name__, job, metrics_path) (last_over_time(${selector}[${DETECTION_LOOKBACK}]))`;
}

/** One instant query: which of failcnt, kernel_usage and swap are non-zero in `namespace`, per job. */
export function buildNonZeroQuery(namespace: string | null): string {
  const selector = buildSelector(null, [nameMatcher(NONZERO_METRICS), ...podScope(namespace)]);
  return `count by (__name__, job, metrics_path) (last_over_time(${selector}[${DETECTION_LOOKBACK}]) > 0)`;
}

/** The label `buildDetectionQuery` tags each half of its answer with. */
export const DETECTION_PART_LABEL = 'podmem_part';

/**
 * Presence and non-zero counts in one request (each half tagged with `podmem_part`, so `or` keeps both
 * when their label sets are equal): detection costs two upstream requests, the namespaces and this.
 * `label_replace` keeps `__name__` on Prometheus and VictoriaMetrics alike.
 */
export function buildDetectionQuery(namespace: string): string {
  const tag = (q: string, part: 'presence' | 'nonzero') => `label_replace(${q}, "${DETECTION_PART_LABEL}", "${part}", "", "")`;
  return `${tag(buildPresenceQuery(namespace), 'presence')} or ${tag(buildNonZeroQuery(namespace), 'nonzero')}`;
}
