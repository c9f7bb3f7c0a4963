import type { Metadata } from 'next';
import { preload } from 'react-dom';
import { apiUrl } from '@/lib/urls';
import { NamespacePageClient } from './client';

type Params = { cluster: string; namespace: string };

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const p = await params;
  return { title: `namespace ${decodeURIComponent(p.namespace)}` };
}

type Search = Record<string, string | string[] | undefined>;

/** The instant the client will ask for: null (now) or whole seconds; undefined when it is not that plain (no preload then). */
function plainAt(value: string | string[] | undefined): number | null | undefined {
  if (value === undefined) return null;
  return typeof value === 'string' && /^\d{1,12}$/.test(value) ? Number(value) : undefined;
}

/** The namespace page: the route names the namespace; filter, sort and instant live in the query string. */
export default async function NamespacePage({ params, searchParams }: { params: Promise<Params>; searchParams: Promise<Search> }) {
  const [p, q] = await Promise.all([params, searchParams]);
  const cluster = decodeURIComponent(p.cluster);
  const namespace = decodeURIComponent(p.namespace);
  // The pod list's request starts with the HTML instead of after the page's JavaScript has loaded and
  // hydrated; the client's fetch of the same URL takes the preloaded answer. At 5,000 pods that answer
  // is the first screen's long pole.
  const at = plainAt(q.at);
  if (at !== undefined) preload(apiUrl.namespacePods(cluster, namespace, at), { as: 'fetch', crossOrigin: 'anonymous' });
  return <NamespacePageClient cluster={cluster} namespace={namespace} />;
}
