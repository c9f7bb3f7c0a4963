/** The hrefs of the cluster, namespace and pod pages, with every segment encoded. */
export const pageHref = {
  cluster: (cluster: string) => `/clusters/${encodeURIComponent(cluster)}`,
  namespace: (cluster: string, namespace: string) => `${pageHref.cluster(cluster)}/namespaces/${encodeURIComponent(namespace)}`,
  pod: (cluster: string, namespace: string, pod: string) => `${pageHref.namespace(cluster, namespace)}/pods/${encodeURIComponent(pod)}`,
};

/** What a shared pod view pins down: a frozen range and, optionally, the instant, threshold and language. */
export interface PodViewParams {
  start: number;
  end: number;
  at?: number | null;
  threshold?: number | null;
  lang?: string | null;
}

/** The pod page for a fixed range: `?start=&end=` in unix seconds, so the link shows the same thing next week. */
export function podViewHref(ref: { cluster: string; namespace: string; pod: string }, p: PodViewParams): string {
  const q = new URLSearchParams({ start: String(Math.floor(p.start)), end: String(Math.floor(p.end)) });
  if (p.at !== null && p.at !== undefined) q.set('at', String(p.at));
  if (p.threshold !== null && p.threshold !== undefined) q.set('threshold', String(p.threshold));
  if (p.lang) q.set('lang', p.lang);
  return `${pageHref.pod(ref.cluster, ref.namespace, ref.pod)}?${q.toString()}`;
}

/** The pod API path prefix `/api/v1/clusters/{c}/namespaces/{ns}/pods/{pod}` (encoded). */
export function podApiPath(ref: { cluster: string; namespace: string; pod: string }): string {
  return `/api/v1${pageHref.pod(ref.cluster, ref.namespace, ref.pod)}`;
}
