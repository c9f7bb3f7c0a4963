import 'server-only';
import { LRUCache } from 'lru-cache';
import { ApiError } from '@/lib/api/errors';
import type { ProtectionConfig } from '@/lib/config/clusters';
import { TransportError, type Exchange, type ExchangeResult, type Transport } from '@/lib/prometheus/transport';
import { metrics } from './metrics';
import { currentRecord } from './request-context';

/**
 * Everything podmem sends to a data source passes through here, once per cluster, so Prometheus is
 * safe when a whole incident channel opens one link:
 * 1. identical requests already in flight are sent once and the answer shared (coalescing);
 * 2. successful answers are reused for `cacheSeconds`, keyed by cluster, path and parameters — the
 *    pod view's times are step-aligned, so everyone opening a link within one step shares one set;
 * 3. at most `maxConcurrentPerCluster` requests run at once, the rest wait in a bounded queue
 *    (full queue = 503 upstream_overloaded);
 * 4. a connection error (refused, reset, closed mid-answer) is retried once after a short backoff;
 *    timeouts and HTTP errors are not, so a struggling Prometheus is not asked twice.
 */
export interface UpstreamGuard {
  readonly transport: Transport;
  clear(): void;
}

const SUCCESS = /^\s*\{\s*"status"\s*:\s*"success"/;
const RETRY_BACKOFF_MS = 250;

/**
 * Only a complete, successful JSON answer is reused: a truncated or garbled one must not outlive the
 * fault. Returns the answer with its parsed body (the client then does not parse it again), or null.
 */
function cacheable(r: ExchangeResult): ExchangeResult | null {
  if (r.status !== 200 || !SUCCESS.test(r.text)) return null;
  try {
    return { ...r, json: JSON.parse(r.text) as unknown };
  } catch {
    return null;
  }
}

export function guardTransport(clusterId: string, inner: Transport, protection: ProtectionConfig): UpstreamGuard {
  const m = metrics();
  const cache =
    protection.cacheSeconds > 0
      ? new LRUCache<string, ExchangeResult>({
          max: 2000,
          maxSize: 64 * 1024 * 1024,
          sizeCalculation: (r) => r.text.length + 1,
          ttl: protection.cacheSeconds * 1000,
        })
      : null;
  const inFlight = new Map<string, Promise<ExchangeResult>>();
  const waiting: Array<() => void> = [];
  let active = 0;

  async function acquire(): Promise<void> {
    if (active < protection.maxConcurrentPerCluster) {
      active++;
      return;
    }
    if (waiting.length >= protection.maxQueuePerCluster) {
      m.rejected.inc({ cluster: clusterId });
      throw new ApiError('upstream_overloaded', `too many requests are waiting for cluster ${clusterId}'s Prometheus; try again in a few seconds`);
    }
    await new Promise<void>((resolve) => waiting.push(resolve));
    m.queueDepth.set({ cluster: clusterId }, waiting.length);
  }

  function release(): void {
    const next = waiting.shift();
    m.queueDepth.set({ cluster: clusterId }, waiting.length);
    // The slot passes straight to the next waiter; `active` stays the same.
    if (next) next();
    else active--;
  }

  async function attempt(x: Exchange): Promise<ExchangeResult> {
    const record = currentRecord();
    if (record) record.upstream++;
    const end = m.upstreamSeconds.startTimer({ cluster: clusterId });
    m.inFlight.inc({ cluster: clusterId });
    try {
      const result = await inner(x);
      m.upstream.inc({ cluster: clusterId, outcome: result.status === 200 ? 'ok' : 'http_error' });
      return result;
    } catch (err) {
      m.upstream.inc({ cluster: clusterId, outcome: err instanceof TransportError ? err.kind : 'error' });
      throw err;
    } finally {
      m.inFlight.dec({ cluster: clusterId });
      end();
    }
  }

  async function send(key: string, x: Exchange): Promise<ExchangeResult> {
    await acquire();
    m.queueDepth.set({ cluster: clusterId }, waiting.length);
    try {
      let result: ExchangeResult;
      try {
        result = await attempt(x);
      } catch (err) {
        if (!(err instanceof TransportError && err.kind === 'connection')) throw err;
        m.upstreamRetries.inc({ cluster: clusterId });
        await new Promise((r) => setTimeout(r, RETRY_BACKOFF_MS + Math.random() * RETRY_BACKOFF_MS));
        result = await attempt(x);
      }
      const keep = cache && cacheable(result);
      if (!keep) return result;
      cache.set(key, keep);
      return keep;
    } finally {
      release();
    }
  }

  const transport: Transport = (x) => {
    // Credentials are per cluster and never part of the key; the body carries every query parameter.
    const key = `${x.method} ${x.url}\n${x.body ?? ''}`;
    const record = currentRecord();
    const cached = cache?.get(key);
    if (cached) {
      m.cacheHits.inc({ cluster: clusterId });
      if (record) record.cacheHits++;
      return Promise.resolve(cached);
    }
    const shared = inFlight.get(key);
    if (shared) {
      m.coalesced.inc({ cluster: clusterId });
      if (record) record.coalesced++;
      return shared;
    }
    const work = send(key, x).finally(() => inFlight.delete(key));
    inFlight.set(key, work);
    return work;
  };

  return {
    transport,
    clear: () => {
      cache?.clear();
    },
  };
}
