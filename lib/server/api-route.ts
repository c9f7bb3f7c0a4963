import 'server-only';
import { parseClusterId, parseK8sName, parseRangeParams } from '@/lib/api/params';
import type { TimeGrid } from '@/lib/memory/time-grid';
import { getCluster, getConfig, requireNamespace } from './context';
import { logRequest } from './request-log';
import { runWithRecord, type RequestRecord } from './request-context';
import { errorResponse, respond } from './respond';

/** The validated route scope: whichever of cluster, namespace and pod the route's path (or query) names. */
export interface Scope {
  cluster?: string;
  namespace?: string;
  pod?: string;
}

type Params = Record<string, string | string[] | undefined>;

/** A scope value the route's path guarantees (its segment exists); a missing one is a programming error. */
export function must(scope: Scope, key: keyof Scope): string {
  const value = scope[key];
  if (value === undefined) throw new Error(`this route has no ${key} in its path`);
  return value;
}

/**
 * Checks the scope every API route shares, before its handler runs and so before any upstream query:
 * cluster id syntax and existence, namespace and pod name syntax, and the cluster's namespace
 * allow/deny globs (a hidden namespace answers 404 like an absent one). A `namespace` or `cluster`
 * query parameter is checked the same way, so a later route (search, summary, csv…) gets it for free.
 */
export function checkScope(params: Params, search: URLSearchParams): Scope {
  const pick = (name: string): string | undefined => {
    const v = params[name];
    if (typeof v === 'string') return v;
    return search.get(name) ?? undefined;
  };
  const scope: Scope = {};
  const cluster = pick('cluster');
  if (cluster !== undefined) {
    scope.cluster = parseClusterId(cluster);
    getCluster(scope.cluster);
  }
  const namespace = pick('namespace');
  if (namespace !== undefined) {
    scope.namespace = parseK8sName('namespace', namespace);
    if (scope.cluster !== undefined) requireNamespace(scope.cluster, scope.namespace);
  }
  const pod = pick('pod');
  if (pod !== undefined) scope.pod = parseK8sName('pod', pod);
  return scope;
}

const SEGMENT_PARAM = { clusters: 'cluster', namespaces: 'namespace', pods: 'pod' } as const;

/** The route's pattern for logs and metrics: names instead of values, so no pod name (or hostile input) becomes a label. */
export function routeLabel(pathname: string): string {
  return pathname.replace(/\/(clusters|namespaces|pods)\/[^/]+/g, (_m, seg: keyof typeof SEGMENT_PARAM) => `/${seg}/[${SEGMENT_PARAM[seg]}]`).slice(0, 120);
}

/**
 * Wraps an API route handler: scope check, then the handler, with ApiErrors mapped to JSON by
 * `respond`, a metrics sample and one JSON log line per request. The handler returns a value (sent as
 * JSON) or a Response of its own (Markdown, CSV, PNG).
 */
export function apiRoute<R extends Request, P extends Params = Params>(handler: (request: R, scope: Scope) => Promise<unknown>) {
  return async (request: R, ctx?: { params: Promise<P> }): Promise<Response> => {
    const url = new URL(request.url);
    const started = performance.now();
    const record: RequestRecord = { upstream: 0, cacheHits: 0, coalesced: 0 };
    // Next hands a route without dynamic segments a context whose params resolve to undefined.
    const params: Params = (ctx ? await ctx.params : undefined) ?? {};
    let response: Response;
    try {
      response = await runWithRecord(record, () => respond(() => handler(request, checkScope(params, url.searchParams))));
    } catch (err) {
      response = errorResponse(err);
    }
    logRequest({ method: request.method, route: routeLabel(url.pathname), status: response.status, durationMs: performance.now() - started, record });
    return response;
  };
}

/** The request's `start`, `end` and `step` on the server's defaults (range, minimum step), at the current time. */
export function requestGrid(search: URLSearchParams, nowSeconds = Date.now() / 1000): TimeGrid {
  const config = getConfig();
  return parseRangeParams(search, { nowSeconds, defaultRangeSeconds: config.defaultRangeSeconds, minStepSeconds: config.minStepSeconds });
}
