'use client';

import type { NamespacePod } from '@/lib/api/namespace-pods';
import { PAGE_CACHE_ONLY_THRESHOLD } from '@/lib/memory/namespace-pods';
import { useSizing } from './use-sizing';

/** "page cache only" beside a pod whose container is high only because of page cache, with its unreclaimable share. */
export function PageCacheBadge({ pod }: { pod: NamespacePod }) {
  const { s, formatBytes, formatPercent } = useSizing();
  const flagged = pod.containers.filter((c) => c.pageCacheOnly);
  if (flagged.length === 0) return null;
  return (
    <span className="ml-2 inline-flex flex-wrap items-center gap-1 align-middle text-xs">
      <span
        title={s.filter.badgeTitle(formatPercent(PAGE_CACHE_ONLY_THRESHOLD))}
        data-badge="page-cache-only"
        className="rounded bg-sky-100 px-1.5 py-0.5 font-medium text-sky-900"
      >
        {s.filter.badge}
      </span>
      {flagged.map((c) => (
        <span key={c.container} className="text-slate-600">
          {s.filter.unreclaimable(formatBytes(c.unreclaimable ?? 0), c.limitBytes === null ? null : formatPercent((c.unreclaimable ?? 0) / c.limitBytes))}
        </span>
      ))}
    </span>
  );
}
