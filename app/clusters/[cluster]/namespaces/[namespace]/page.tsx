import type { Metadata } from 'next';
import { NamespacePageClient } from './client';

type Params = { cluster: string; namespace: string };

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const p = await params;
  return { title: `namespace ${decodeURIComponent(p.namespace)}` };
}

/** The namespace page: the route names the namespace; filter, sort and instant live in the query string. */
export default async function NamespacePage({ params }: { params: Promise<Params> }) {
  const p = await params;
  return <NamespacePageClient cluster={decodeURIComponent(p.cluster)} namespace={decodeURIComponent(p.namespace)} />;
}
