'use client';

import type { PodEvent } from '@/lib/api/pod-context';
import type { PodMemory } from '@/lib/api/pod-memory';
import { useI18n } from './i18n-provider';

/** The pod's two totals (kubectl top vs the pod cgroup) with the gap in words, and the range's events. */
export function PodSummary({ podTotals, index, events }: { podTotals: PodMemory['podTotals']; index: number; events: readonly PodEvent[] }) {
  const { t, formatBytes, formatClock } = useI18n();
  const sum = podTotals?.containersSum.workingSet[index] ?? null;
  const cgroup = podTotals?.podCgroup?.workingSet[index] ?? null;
  return (
    <section aria-label={t.pod.podCgroupTitle} className="space-y-1 text-sm text-slate-700">
      <p>
        {podTotals?.podCgroup && sum !== null && cgroup !== null
          ? t.pod.podCgroupText(formatBytes(sum), formatBytes(cgroup), formatBytes(cgroup - sum))
          : t.pod.podCgroupMissing}
      </p>
      <p>
        {events.length === 0
          ? t.pod.noEvents
          : t.pod.eventsInRange(events.map((e) => t.pod.eventItem(t.pod.events[e.kind], e.container, formatClock(e.t))).join('; '))}
      </p>
    </section>
  );
}
