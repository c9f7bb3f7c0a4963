import type { Metadata } from 'next';
import { NamespaceList } from '@/components/namespace-list';
import { loadMessages } from '@/lib/i18n/catalogue';
import { getRequestLocale } from '@/lib/i18n/server';
import { getClusterCapabilities } from '@/lib/server/capabilities';
import { toApiError } from '@/lib/server/respond';
import { ClusterDataSourceView } from './client';

export const dynamic = 'force-dynamic';

type Params = { cluster: string };

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const p = await params;
  return { title: `data source ${decodeURIComponent(p.cluster)}` };
}

/** The data-source page: what podmem found in this cluster's Prometheus, in plain words. */
export default async function ClusterPage({ params, searchParams }: { params: Promise<Params>; searchParams: Promise<{ lang?: string | string[] }> }) {
  const cluster = decodeURIComponent((await params).cluster);
  const t = (await loadMessages(await getRequestLocale((await searchParams).lang))).cluster;
  const result = await getClusterCapabilities(cluster).then(
    (capabilities) => ({ capabilities, error: null }),
    (err: unknown) => {
      const api = toApiError(err);
      if (api === null) console.error('podmem: data-source page', err);
      return { capabilities: null, error: api?.message ?? 'internal error; the server log has details' };
    },
  );
  if (result.capabilities) {
    return (
      <div className="space-y-4">
        <ClusterDataSourceView capabilities={result.capabilities} />
        <NamespaceList cluster={result.capabilities.cluster} />
      </div>
    );
  }
  return (
    <div role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-sm text-red-900">
      {t.loadError(cluster, result.error)}
    </div>
  );
}
