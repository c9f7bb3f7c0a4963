'use client';

import { pageHref } from '@/lib/urls';
import { useQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { namespaceListQueryOptions } from '@/lib/queries/namespaces';
import { useI18n } from '@/components/i18n-provider';

export interface NamespaceListProps {
  cluster: string;
}

/** The namespace picker on the data-source page: a link per namespace that has cAdvisor series. */
export function NamespaceList({ cluster }: NamespaceListProps) {
  const { t } = useI18n();
  const b = t.browse;
  const result = useQuery(namespaceListQueryOptions(cluster));
  return (
    <section aria-labelledby="namespace-list-title" className="space-y-1 rounded border border-slate-200 bg-white p-3">
      <h2 id="namespace-list-title" className="text-base font-semibold text-slate-900">
        {b.picker.heading}
      </h2>
      <p className="text-sm text-slate-600">{b.picker.intro}</p>
      {result.isPending ? (
        <p role="status" className="text-sm text-slate-600">
          {b.picker.loading}
        </p>
      ) : result.isError ? (
        <p role="alert" className="text-sm text-red-800">
          {b.picker.error(result.error.message)}{' '}
          <button type="button" onClick={() => void result.refetch()} className="underline">
            {b.picker.retry}
          </button>
        </p>
      ) : result.data.namespaces.length === 0 ? (
        <p className="text-sm text-slate-700">{b.picker.empty}</p>
      ) : (
        <ul aria-labelledby="namespace-list-title" className="flex max-h-64 flex-wrap gap-2 overflow-y-auto pt-1">
          {result.data.namespaces.map((ns) => (
            <li key={ns}>
              <Link
                href={pageHref.namespace(cluster, ns)}
                prefetch={false}
                className="inline-block rounded border border-slate-300 px-2 py-1 text-sm text-blue-700 hover:bg-slate-50 hover:underline"
              >
                {ns}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
