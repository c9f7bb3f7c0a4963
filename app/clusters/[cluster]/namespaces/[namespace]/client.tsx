'use client';

import { Breadcrumb } from '@/components/breadcrumb';
import { pageHref } from '@/lib/urls';
import { useQueryStates } from 'nuqs';
import { urlState } from './url-state';
import { POD_SORTS } from '@/lib/memory/pod-list-order';
import { DEFAULT_SIZING_RANGE } from '@/lib/queries/sizing';
import { NamespacePodsPanel } from '@/components/namespace-pods-panel';
import { NamespaceSizingSection } from '@/components/namespace-sizing-section';
import { useI18n } from '@/components/i18n-provider';
import { useSizing } from '@/components/use-sizing';

export interface NamespacePageClientProps {
  cluster: string;
  namespace: string;
}

const FIELD = 'rounded border border-slate-300 bg-white px-2 py-1 text-sm text-slate-900';

/** The namespace view: breadcrumbs, filter and sort (all in the URL) above the pod list. */
export function NamespacePageClient({ cluster, namespace }: NamespacePageClientProps) {
  const { t, formatTime } = useI18n();
  const b = t.browse;
  const { s } = useSizing();
  const [params, setParams] = useQueryStates(urlState, { history: 'replace' });
  return (
    <div className="space-y-3">
      <Breadcrumb
        label={b.breadcrumb}
        items={[
          { text: cluster, href: pageHref.cluster(cluster) },
          { text: namespace, href: pageHref.namespace(cluster, namespace) },
        ]}
      />
      <div>
        <h1 className="break-all text-xl font-semibold">{b.title(namespace)}</h1>
        <p className="text-sm text-slate-600">{b.subtitle}</p>
        <p className="text-xs text-slate-500">{params.at === null ? b.live : b.atInstant(formatTime(params.at * 1000))}</p>
      </div>
      <div className="flex flex-wrap items-end gap-3">
        <label className="flex min-w-0 flex-1 basis-56 flex-col gap-1 text-sm text-slate-700">
          {b.filterLabel}
          <input
            type="search"
            value={params.q}
            placeholder={b.filterPlaceholder}
            onChange={(e) => void setParams({ q: e.target.value === '' ? null : e.target.value })}
            className={FIELD}
          />
        </label>
        <label className="flex flex-col gap-1 text-sm text-slate-700">
          {b.sortLabel}
          <select value={params.sort} onChange={(e) => void setParams({ sort: parseSort(e.target.value) })} className={FIELD}>
            {POD_SORTS.map((s) => (
              <option key={s} value={s}>
                {b.sorts[s]}
              </option>
            ))}
          </select>
        </label>
        <label className="flex items-center gap-2 self-center text-sm text-slate-700">
          <input type="checkbox" checked={params.pagecache} onChange={(e) => void setParams({ pagecache: e.target.checked ? true : null })} />
          {s.filter.pageCacheOnly}
        </label>
      </div>
      <NamespacePodsPanel
        cluster={cluster}
        namespace={namespace}
        at={params.at}
        query={params.q}
        sort={params.sort}
        pageCacheOnly={params.pagecache}
        onClearQuery={() => void setParams({ q: null })}
      />
      <NamespaceSizingSection
        ns={{ cluster, namespace }}
        at={params.at}
        open={params.sizing}
        rangePreset={params.srange}
        knobs={{ headroom: params.headroom, cache: params.cache }}
        onOpen={(open) => void setParams({ sizing: open ? true : null })}
        onRange={(srange) => void setParams({ srange: srange === DEFAULT_SIZING_RANGE ? null : srange })}
        onKnobs={(k) => void setParams({ headroom: k.headroom, cache: k.cache })}
      />
    </div>
  );
}

/** The default sort is left out of the URL. */
function parseSort(value: string): (typeof POD_SORTS)[number] | null {
  const sort = POD_SORTS.find((s) => s === value);
  return sort === undefined || sort === 'limit' ? null : sort;
}
