import { DEMO_PODS, SCRAPE_INTERVAL_SECONDS } from '../scripts/scenarios/demo';
import { demoWindow, expectedAt } from './demo-model';

const MiB = 1024 * 1024;
export { MiB };

/** Peaks over the demo hour, from the scenario model's samples (every scrape), not from podmem. */
export interface ModelPeaks {
  workingSet: number;
  activeFile: number;
  /** working set − active_file = RSS + shmem + kernel. */
  unreclaimable: number;
  unreclaimableWithSwap: number;
  swap: number;
}

export function modelPeaks(pod: string, container: string): ModelPeaks {
  const { start, end } = demoWindow();
  const p: ModelPeaks = { workingSet: 0, activeFile: 0, unreclaimable: 0, unreclaimableWithSwap: 0, swap: 0 };
  for (let t = start; t <= end; t += SCRAPE_INTERVAL_SECONDS) {
    const l = expectedAt(pod, container, t);
    if (!l) continue;
    p.workingSet = Math.max(p.workingSet, l.workingSet);
    p.activeFile = Math.max(p.activeFile, l.activeFile);
    p.unreclaimable = Math.max(p.unreclaimable, l.workingSet - l.activeFile);
    p.unreclaimableWithSwap = Math.max(p.unreclaimableWithSwap, l.workingSet - l.activeFile + l.swap);
    p.swap = Math.max(p.swap, l.swap);
  }
  return p;
}

/**
 * docs/sizing.md's formula applied by hand to the model's peaks: need = peak(unreclaimable + swap) +
 * allowance × peak(active_file); request = need, limit = need × 1.2, rounded up to a MiB.
 */
export function modelRecommendation(pod: string, container: string, allowance = 0.25, headroom = 0.2): { requestBytes: number; limitBytes: number } {
  const p = modelPeaks(pod, container);
  const need = p.unreclaimableWithSwap + allowance * p.activeFile;
  const up = (b: number) => Math.ceil(b / MiB - 1e-9) * MiB;
  return { requestBytes: up(need), limitBytes: up(need * (1 + headroom)) };
}

/** "High only because of page cache" at the demo end, from the model: ws ≥ 80 % and unreclaimable < 80 % of the limit, not OOM-killed. */
export function modelPageCacheOnlyPods(): string[] {
  const { end } = demoWindow();
  return DEMO_PODS.filter((p) =>
    p.containers.some((c) => {
      const l = expectedAt(p.pod, c.name, end);
      const killed = p.restarts?.[c.name]?.(60).lastOomAt != null;
      if (!l || c.limitBytes === null || killed) return false;
      return l.workingSet / c.limitBytes >= 0.8 && (l.workingSet - l.activeFile) / c.limitBytes < 0.8;
    }),
  ).map((p) => p.pod);
}
