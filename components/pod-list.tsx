'use client';

import dynamic from 'next/dynamic';
import type { NamespacePod } from '@/lib/api/namespace-pods';
import { PodRow } from './pod-row';

// The virtualizer is only needed above VIRTUALIZE_FROM rows: it loads on demand, started while the
// namespace's data is on its way (preloadVirtualPodList), so it stays out of the first-load JavaScript.
const loadVirtualPodList = () => import('./virtual-pod-list');
const VirtualPodList = dynamic(() => loadVirtualPodList().then((m) => m.VirtualPodList), { ssr: false });

/** Starts loading the virtualized list now. */
export function preloadVirtualPodList(): void {
  void loadVirtualPodList();
}

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
