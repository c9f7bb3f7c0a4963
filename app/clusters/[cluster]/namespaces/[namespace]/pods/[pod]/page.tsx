import type { Metadata } from 'next';
import { PodPageClient } from './client';

type Params = { cluster: string; namespace: string; pod: string };

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const p = await params;
  return { title: `${decodeURIComponent(p.namespace)}/${decodeURIComponent(p.pod)}` };
}

/** The pod page: the route segments name the pod; the time range lives in the query string. */
export default async function PodPage({ params }: { params: Promise<Params> }) {
  const p = await params;
  return <PodPageClient cluster={decodeURIComponent(p.cluster)} namespace={decodeURIComponent(p.namespace)} pod={decodeURIComponent(p.pod)} />;
}
