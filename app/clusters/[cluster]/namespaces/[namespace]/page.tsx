import type { Metadata } from 'next';
import { createLoader, type SearchParams } from 'nuqs/server';
import { preload } from 'react-dom';
import { apiUrl } from '@/lib/urls';
import { NamespacePageClient } from './client';
import { urlState } from './url-state';

type Params = { cluster: string; namespace: string };

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const p = await params;
  return { title: `namespace ${decodeURIComponent(p.namespace)}` };
}

/** `at` parsed exactly as the page's own URL state parses it in the browser. */
const loadAt = createLoader({ at: urlState.at });

/** The namespace page: the route names the namespace; filter, sort and instant live in the query string. */
export default async function NamespacePage({ params, searchParams }: { params: Promise<Params>; searchParams: Promise<SearchParams> }) {
  const [p, q] = await Promise.all([params, searchParams]);
  const cluster = decodeURIComponent(p.cluster);
  const namespace = decodeURIComponent(p.namespace);
  // The pod list's request starts with the HTML instead of after the page's JavaScript has loaded and
  // hydrated; the client's fetch of the same URL takes the preloaded answer. At 5,000 pods that answer
  // is the first screen's long pole.
  preload(apiUrl.namespacePods(cluster, namespace, loadAt(q).at), { as: 'fetch', crossOrigin: 'anonymous' });
  return <NamespacePageClient cluster={cluster} namespace={namespace} />;
}
