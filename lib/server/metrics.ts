import 'server-only';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

function create() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'podmem_' });
  const buckets = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];
  return {
    registry,
    requests: new Counter({
      name: 'podmem_http_requests_total',
      help: 'API requests by route and status',
      labelNames: ['route', 'status'],
      registers: [registry],
    }),
    requestSeconds: new Histogram({
      name: 'podmem_http_request_duration_seconds',
      help: 'API request durations by route and status',
      labelNames: ['route', 'status'],
      buckets,
      registers: [registry],
    }),
    upstream: new Counter({
      name: 'podmem_upstream_requests_total',
      help: 'Requests sent to a data source, by cluster and outcome (ok, http_error, connection, timeout, tls)',
      labelNames: ['cluster', 'outcome'],
      registers: [registry],
    }),
    upstreamSeconds: new Histogram({
      name: 'podmem_upstream_request_duration_seconds',
      help: 'Data source request durations by cluster',
      labelNames: ['cluster'],
      buckets,
      registers: [registry],
    }),
    upstreamRetries: new Counter({
      name: 'podmem_upstream_retries_total',
      help: 'Retries after a connection error, by cluster',
      labelNames: ['cluster'],
      registers: [registry],
    }),
    cacheHits: new Counter({
      name: 'podmem_upstream_cache_hits_total',
      help: 'Answers served from the short upstream cache, by cluster',
      labelNames: ['cluster'],
      registers: [registry],
    }),
    coalesced: new Counter({
      name: 'podmem_upstream_coalesced_total',
      help: 'Requests that shared an identical in-flight upstream request, by cluster',
      labelNames: ['cluster'],
      registers: [registry],
    }),
    rejected: new Counter({
      name: 'podmem_upstream_rejected_total',
      help: 'Requests refused because the cluster queue was full',
      labelNames: ['cluster'],
      registers: [registry],
    }),
    queueDepth: new Gauge({
      name: 'podmem_upstream_queue_depth',
      help: 'Requests waiting for a free upstream slot, by cluster',
      labelNames: ['cluster'],
      registers: [registry],
    }),
    inFlight: new Gauge({
      name: 'podmem_upstream_in_flight',
      help: 'Requests being sent to a data source, by cluster',
      labelNames: ['cluster'],
      registers: [registry],
    }),
  };
}

export type Metrics = ReturnType<typeof create>;

const KEY = Symbol.for('podmem.metrics');
const holder = globalThis as unknown as Record<symbol, Metrics | undefined>;

/** The process-wide metrics (one registry even when Next bundles this module into several route chunks). */
export function metrics(): Metrics {
  return (holder[KEY] ??= create());
}
