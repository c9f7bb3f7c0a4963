'use client';

import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { useState } from 'react';
import type { PodListProps } from './pod-list';
import { PodRow } from './pod-row';

const LIST = 'rounded border border-slate-200 bg-white';

/** The page itself scrolls (no nested scroll box on a phone); rows are measured, as cards are taller on small screens. */
export function VirtualPodList({ pods, label, hrefFor }: PodListProps) {
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
