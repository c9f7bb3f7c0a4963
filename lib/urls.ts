/**
 * Every URL podmem builds: its pages (links, redirects) and its API (what the browser fetches). Every
 * path segment is encoded here and nowhere else; a new page or endpoint adds its builder here.
 */

export interface PodRef {
  cluster: string;
  namespace: string;
  pod: string;
}

const segments = (...parts: string[]) => `/${parts.map(encodeURIComponent).join('/')}`;

/** Query string from the defined values, with a leading "?" (empty when there are none). */
function query(params: Record<string, string | number | null | undefined>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== null && v !== undefined) q.set(k, String(v));
  const text = q.toString();
  return text === '' ? '' : `?${text}`;
}

const whole = (seconds: number | null | undefined) => (seconds === null || seconds === undefined ? undefined : Math.floor(seconds));

export const pageHref = {
  home: () => '/',
  analyze: (lang?: string) => `/analyze${query({ lang })}`,
  learn: () => '/learn',
  cluster: (cluster: string) => segments('clusters', cluster),
  namespace: (cluster: string, namespace: string) => segments('clusters', cluster, 'namespaces', namespace),
  /** The pod page, optionally over an absolute range (unix seconds). */
  pod: (p: PodRef, range?: { start: number; end: number } | null) =>
    `${segments('clusters', p.cluster, 'namespaces', p.namespace, 'pods', p.pod)}${query({ start: range?.start, end: range?.end })}`,
};

const api = (...parts: string[]) => `/api/v1${segments(...parts)}`;

export const apiUrl = {
  clusters: () => api('clusters'),
  cluster: (cluster: string) => api('clusters', cluster),
  namespaces: (cluster: string) => api('clusters', cluster, 'namespaces'),
  /** A namespace's pod list at `at` (unix seconds) or now. */
  namespacePods: (cluster: string, namespace: string, at: number | null) =>
    `${api('clusters', cluster, 'namespaces', namespace, 'pods')}${query({ at: whole(at) })}`,
  podMemory: (p: PodRef, startSeconds: number, endSeconds: number) =>
    `${api('clusters', p.cluster, 'namespaces', p.namespace, 'pods', p.pod, 'memory')}${query({ start: whole(startSeconds), end: whole(endSeconds) })}`,
  alertRule: (params: { candidate: string; namespace: string; threshold: number }) => `${api('alert-rule')}${query(params)}`,
  memoryStat: (params: { lang: string; usageBytes?: number | null; limitBytes?: number | 'max' }) => `${api('memory-stat')}${query(params)}`,
};
