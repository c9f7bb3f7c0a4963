import type { Metadata } from 'next';
import { parseOptionalTime } from '@/lib/api/params';
import { getRequestLocale } from '@/lib/i18n/server';
import { podPageMetadata } from '@/lib/server/pod-metadata';
import { PodPageClient } from './client';

type Params = { cluster: string; namespace: string; pod: string };
type Search = Record<string, string | string[] | undefined>;

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? null;

/** Title, and for link previews the verdict and the card picture of the same (frozen) range. */
export async function generateMetadata({ params, searchParams }: { params: Promise<Params>; searchParams: Promise<Search> }): Promise<Metadata> {
  const [p, q] = await Promise.all([params, searchParams]);
  const ref = { cluster: decodeURIComponent(p.cluster), namespace: decodeURIComponent(p.namespace), pod: decodeURIComponent(p.pod) };
  try {
    let at: number | null = null;
    try {
      at = parseOptionalTime('at', first(q.at));
    } catch {
      at = null;
    }
    const locale = await getRequestLocale(q.lang);
    return await podPageMetadata({ ref, range: { range: first(q.range), start: first(q.start), end: first(q.end) }, at, locale }, Date.now() / 1000);
  } catch {
    return { title: `${ref.namespace}/${ref.pod}` };
  }
}

/** The pod page: the route segments name the pod; the time range lives in the query string. */
export default async function PodPage({ params }: { params: Promise<Params> }) {
  const p = await params;
  return <PodPageClient cluster={decodeURIComponent(p.cluster)} namespace={decodeURIComponent(p.namespace)} pod={decodeURIComponent(p.pod)} />;
}
