import 'server-only';
import type { ClusterCapabilities } from '@/lib/api/cluster';
import { ApiError, ERROR_STATUS, type ErrorCode } from '@/lib/api/errors';
import { detectCapabilities, pickSampleNamespace, type CountRow, type Detected } from './detect-capabilities';
import type { Series } from '@/lib/prometheus/types';
import { namespaceAllowed } from '@/lib/config/namespace-access';
import {
  buildDetectionQuery,
  buildNonZeroQuery,
  buildPresenceQuery,
  DETECTION_LOOKBACK_SECONDS,
  DETECTION_NAMESPACES_MATCH,
  DETECTION_PART_LABEL,
} from '@/lib/promql/capabilities-queries';
import type { Matcher } from '@/lib/promql/selector';
import { FAILCNT, KERNEL_USAGE } from './cgroup-version';
import { getCluster, getConfig } from './context';

/** Capabilities change when a cluster is upgraded or re-scraped, not per request: a few minutes is fresh enough. */
const TTL_MS = 5 * 60 * 1000;
/** After a failed background refresh the last detection is kept and the next try waits this long. */
const RETRY_MS = 30 * 1000;

interface Entry {
  readonly detected: Detected;
  readonly detectedAt: number;
  readonly sampleNamespace: string | null;
  readonly detectionMs: number;
  /** Whether detection saw any series: a refresh that saw none keeps the last detection that did. */
  readonly sawSeries: boolean;
}

/**
 * Per cluster: the first detection (awaited by whoever asks first) and, once it settled, the last result.
 * A stale result is served while a fresh one is detected in the background, so a page waits for
 * detection at most once per server process — and not at all once the start-up warm-up has finished.
 */
interface Slot {
  readonly first: Promise<Entry>;
  last: Entry | null;
  /** When the next background refresh may start (ms since the epoch). */
  refreshAfter: number;
  refreshing: boolean;
}

// On globalThis: the start-up warm-up (instrumentation.ts) and the route handlers are bundled apart.
const store = globalThis as typeof globalThis & { podmemCapabilities?: Map<string, Slot> };
const slots = (store.podmemCapabilities ??= new Map<string, Slot>());

function toRows(series: readonly Series[]): CountRow[] {
  return series.map((s) => ({
    name: s.labels.__name__ ?? '',
    job: s.labels.job ?? null,
    metricsPath: s.labels.metrics_path ?? null,
    count: s.points[0]?.[1] ?? 0,
  }));
}

/**
 * Narrow questions only, two requests: the namespaces from the index (label values, no sample read), then
 * one instant query about one small namespace the cluster's allow/deny lets podmem read. On 300,000 series
 * the whole-TSDB version took seconds.
 */
async function detect(clusterId: string): Promise<Entry> {
  const t0 = performance.now();
  const { cluster, client } = getCluster(clusterId);
  // Detection is not tied to one request: no caller's abort signal may cancel the shared promise.
  const end = Math.floor(Date.now() / 1000);
  const { values } = await client.labelValues('namespace', [DETECTION_NAMESPACES_MATCH], { start: end - DETECTION_LOOKBACK_SECONDS, end });
  const namespace = pickSampleNamespace(values.filter((ns) => namespaceAllowed(cluster.namespaces, ns)));
  const warnings: string[] = [];
  let presence: readonly Series[];
  let nonZero: readonly Series[];
  if (namespace === null) {
    // No (readable) namespace has pod series yet: ask the whole TSDB once, as before narrow detection.
    const [p, n] = await Promise.all([client.query(buildPresenceQuery(null)), client.query(buildNonZeroQuery(null))]);
    [presence, nonZero] = [p.series, n.series];
    warnings.push(...p.warnings, ...n.warnings);
  } else {
    const both = await client.query(buildDetectionQuery(namespace));
    presence = both.series.filter((s) => s.labels[DETECTION_PART_LABEL] === 'presence');
    nonZero = both.series.filter((s) => s.labels[DETECTION_PART_LABEL] === 'nonzero');
    warnings.push(...both.warnings);
  }
  const decide = (nz: readonly Series[]) =>
    detectCapabilities({
      presence: toRows(presence),
      nonZero: toRows(nz),
      cadvisorOverride: cluster.cadvisorOverride,
      ksmOverride: cluster.ksmOverride,
    });
  let detected = decide(nonZero);
  // A cgroup v1 namespace that never hit a limit shows no evidence: only then is the question widened to
  // every namespace (the non-zero query, the cheaper of the two; counts per job, no namespace's data).
  // Not when the sample had no series at all (nothing recent to learn from anywhere), nor when its
  // cAdvisor exports neither failcnt nor kernel_usage: no other namespace can show them non-zero then,
  // and the whole-TSDB question is the one that costs (on 300,000 series, most of detection's time).
  const v1Evidence = presence.some((s) => s.labels.__name__ === FAILCNT || s.labels.__name__ === KERNEL_USAGE);
  if (namespace !== null && v1Evidence && detected.report.cgroup.version === 'unknown') {
    const wide = await client.query(buildNonZeroQuery(null));
    detected = decide(wide.series);
    warnings.push(...wide.warnings);
  }
  const unique = [...new Set(warnings)];
  const withWarnings = unique.length ? { ...detected, report: { ...detected.report, warnings: [...detected.report.warnings, ...unique] } } : detected;
  return {
    detected: withWarnings,
    detectedAt: Math.floor(Date.now() / 1000),
    sampleNamespace: namespace,
    detectionMs: Math.round(performance.now() - t0),
    sawSeries: presence.length > 0,
  };
}

function refresh(clusterId: string, slot: Slot): void {
  slot.refreshing = true;
  detect(clusterId).then(
    (entry) => {
      // A scrape outage or a stalled Prometheus answers with nothing for a while: that is no reason to
      // forget what the cluster's data can do. Keep the last detection that saw series; try again soon.
      const blind = !entry.sawSeries && slot.last?.sawSeries === true;
      if (!blind) slot.last = entry;
      slot.refreshAfter = Date.now() + (blind ? RETRY_MS : TTL_MS);
      slot.refreshing = false;
    },
    () => {
      slot.refreshAfter = Date.now() + RETRY_MS;
      slot.refreshing = false;
    },
  );
}

/**
 * The start-up warm-up runs in instrumentation's bundle, which has its own copy of ApiError: a detection
 * it started fails with an error the route's `instanceof ApiError` would not know (a 500 instead of a
 * 504). Such an error is rebuilt as this bundle's ApiError, with its code and message.
 */
function sameBundleError(err: unknown): unknown {
  if (err instanceof ApiError || typeof err !== 'object' || err === null) return err;
  const { name, code, message } = err as { name?: unknown; code?: unknown; message?: unknown };
  if (name === 'ApiError' && typeof code === 'string' && code in ERROR_STATUS && typeof message === 'string') return new ApiError(code as ErrorCode, message);
  return err;
}

function entryFor(clusterId: string): Promise<Entry> {
  getCluster(clusterId); // 404 for an unknown cluster before anything is cached
  const slot = slots.get(clusterId);
  if (!slot) {
    const fresh: Slot = { first: detect(clusterId), last: null, refreshAfter: 0, refreshing: false };
    slots.set(clusterId, fresh);
    fresh.first.then(
      (entry) => {
        fresh.last = entry;
        fresh.refreshAfter = Date.now() + TTL_MS;
      },
      // A failed first detection is not kept: the next request tries again.
      () => {
        if (slots.get(clusterId) === fresh) slots.delete(clusterId);
      },
    );
    return fresh.first;
  }
  if (!slot.last) return slot.first.catch((err: unknown) => Promise.reject(sameBundleError(err)));
  if (!slot.refreshing && Date.now() >= slot.refreshAfter) refresh(clusterId, slot);
  return Promise.resolve(slot.last);
}

/** Starts detection for every configured cluster without waiting for it (server start-up); a failure is retried on first use. */
export function warmCapabilities(): void {
  for (const cluster of getConfig().clusters) entryFor(cluster.id).catch(() => undefined);
}

/** The cluster's data capabilities as the API returns them (detected at start-up, refreshed in the background every 5 minutes). */
export async function getClusterCapabilities(clusterId: string): Promise<ClusterCapabilities> {
  const { cluster } = getCluster(clusterId);
  const { detected, detectedAt, sampleNamespace, detectionMs } = await entryFor(clusterId);
  return { cluster: cluster.id, name: cluster.name, detectedAt, sampleNamespace, detectionMs, ...detected.report };
}

/** The cAdvisor and kube-state-metrics selectors to query with; ksm null = no kube-state-metrics. */
export async function getClusterSelectors(
  clusterId: string,
): Promise<{ cadvisor: readonly Matcher[]; ksm: readonly Matcher[] | null; ksmLimits: boolean; activeFile: boolean }> {
  const { detected } = await entryFor(clusterId);
  return {
    cadvisor: detected.cadvisor,
    ksm: detected.ksm,
    ksmLimits: detected.ksm !== null && detected.ksmLimits,
    activeFile: detected.report.metrics.activeFile,
  };
}
