import type { PodEvent } from '@/lib/api/pod-context';

type Grid = ReadonlyArray<number | null>;

export interface ContainerStatus {
  container: string;
  restarts: Grid;
  /** 1 where kube-state-metrics says the last termination was OOMKilled (older versions also send 0 rows). */
  lastOomKilled: Grid;
  lastTerminatedAt: Grid;
  oomEvents: Grid;
}

/** Sum of the positive steps of a counter (resets count as a fresh start); null when it has no samples. */
export function counterIncrease(values: Grid): number | null {
  let prev: number | null = null;
  let total = 0;
  let seen = false;
  for (const v of values) {
    if (v === null) continue;
    if (prev !== null) total += v >= prev ? v - prev : v;
    prev = v;
    seen = true;
  }
  return seen ? total : null;
}

/**
 * Turns restart and OOM counters on the grid into markers (docs/memory-model.md §3): a restart whose
 * last termination reason is OOMKilled is an OOM kill at last_terminated_timestamp; an increase of
 * container_oom_events_total is a process killed inside a container that lived on.
 */
export function derivePodEvents(timestamps: readonly number[], statuses: readonly ContainerStatus[]): PodEvent[] {
  const events: PodEvent[] = [];
  for (const s of statuses) {
    let prevRestarts: number | null = null;
    let prevOom: number | null = null;
    timestamps.forEach((t, i) => {
      const restarts = s.restarts[i] ?? null;
      if (restarts !== null && prevRestarts !== null && restarts > prevRestarts) {
        const oom = (s.lastOomKilled[i] ?? 0) === 1;
        const killedAt = s.lastTerminatedAt[i] ?? null;
        // The kill happened before the restart was seen: kube-state-metrics knows when.
        const at = oom && killedAt !== null && killedAt <= t ? killedAt : t;
        events.push({ t: at, container: s.container, kind: oom ? 'oom-kill' : 'restart', count: restarts - prevRestarts });
      }
      if (restarts !== null) prevRestarts = restarts;
      const ooms = s.oomEvents[i] ?? null;
      if (ooms !== null && prevOom !== null && ooms > prevOom) events.push({ t, container: s.container, kind: 'oom-event', count: ooms - prevOom });
      if (ooms !== null) prevOom = ooms;
    });
  }
  return events.sort((a, b) => a.t - b.t || a.container.localeCompare(b.container));
}
