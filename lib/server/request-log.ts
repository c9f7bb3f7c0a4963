import 'server-only';
import { metrics } from './metrics';
import type { RequestRecord } from './request-context';

export interface RequestLogEntry {
  method: string;
  /** The route pattern (parameter values replaced by their names: no pod names in logs or metric labels). */
  route: string;
  status: number;
  durationMs: number;
  record: RequestRecord;
}

/**
 * One JSON line per API request on stdout (unless PODMEM_REQUEST_LOG=off), and the request metrics,
 * which are always kept. Carries no header, query value or secret.
 */
export function logRequest(e: RequestLogEntry): void {
  const m = metrics();
  const labels = { route: e.route, status: String(e.status) };
  m.requests.inc(labels);
  m.requestSeconds.observe(labels, e.durationMs / 1000);
  const line = {
    time: new Date().toISOString(),
    level: e.status >= 500 ? 'error' : 'info',
    msg: 'request',
    method: e.method,
    route: e.route,
    status: e.status,
    durationMs: Math.round(e.durationMs * 10) / 10,
    cluster: e.record.cluster ?? null,
    upstream: e.record.upstream,
    cacheHits: e.record.cacheHits,
    coalesced: e.record.coalesced,
  };
  if (process.env.PODMEM_REQUEST_LOG === 'off') return;
  process.stdout.write(`${JSON.stringify(line)}\n`);
}
