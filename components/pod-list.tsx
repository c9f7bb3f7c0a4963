'use client';

import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { useState } from 'react';
import type { NamespacePod } from '@/lib/api/namespace-pods';
import { PodRow } from './pod-row';

/** From this many rows on, only the rows near the viewport are rendered. */
export const VIRTUALIZE_FROM = 100;

export interface PodListProps {
  pods: readonly NamespacePod[];
  /** Accessible name of the list, e.g. "Pods in demo". */
  label: string;
  hrefFor: (pod: string) => string;
}

const LIST = 'rounded border border-slate-200 bg-white';

/** The pods in the given order: plain up to VIRTUALIZE_FROM rows, window-virtualized above. */
export function PodList({ pods, label, hrefFor }: PodListProps) {
  if (pods.length > VIRTUALIZE_FROM) return <VirtualPodList pods={pods} label={label} hrefFor={hrefFor} />;
  return (
    <ul aria-label={label} className={`divide-y divide-slate-200 ${LIST}`}>
      {pods.map((p) => (
        <li key={p.pod}>
          <PodRow pod={p} href={hrefFor(p.pod)} />
        </li>
      ))}
    </ul>
  );
}

/** The page itself scrolls (no nested scroll box on a phone); rows are measured, as cards are taller on small screens. */
function VirtualPodList({ pods, label, hrefFor }: PodListProps) {
  const [list, setList] = useState<HTMLUListElement | null>(null);
  const scrollMargin = list ? list.getBoundingClientRect().top + window.scrollY : 0;
  const virtualizer = useWindowVirtualizer({ count: pods.length, estimateSize: () => 84, overscan: 10, scrollMargin });
  return (
    <ul ref={setList} aria-label={label} className={`relative ${LIST}`} style={{ height: virtualizer.getTotalSize() }}>
      {virtualizer.getVirtualItems().map((item) => {
        const pod = pods[item.index];
        if (!pod) return null;
        return (
          <li
            key={pod.pod}
            data-index={item.index}
            ref={virtualizer.measureElement}
            aria-setsize={pods.length}
            aria-posinset={item.index + 1}
            className="absolute left-0 top-0 w-full border-b border-slate-200"
            style={{ transform: `translateY(${item.start - scrollMargin}px)` }}
          >
            <PodRow pod={pod} href={hrefFor(pod.pod)} />
          </li>
        );
      })}
    </ul>
  );
}
