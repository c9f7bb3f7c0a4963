import { DEMO_MINUTES, DEMO_PODS, SCRAPE_INTERVAL_SECONDS } from '../scripts/scenarios/demo';
import { cadvisorValues } from '../scripts/scenarios/model';
import type { Layers } from '../lib/memory/split';

/** The demo window as the e2e runner loaded it. */
export function demoWindow(): { start: number; end: number } {
  const end = Number(process.env.E2E_DEMO_END);
  if (!Number.isFinite(end) || end <= 0) throw new Error('E2E_DEMO_END is not set: run the suite with `npm run test:e2e`');
  return { start: end - DEMO_MINUTES * 60, end };
}

/** The split the model implies, plus swap (which is in neither usage nor working set). */
export interface ExpectedLayers extends Layers {
  swap: number;
}

/**
 * What the scenario model says a container holds at time t, computed from the generator's inputs
 * (not from podmem's code): the sample at t, else the one a scrape earlier (Prometheus' lookback
 * in the e2e stack is 20 s), else null.
 */
export function expectedAt(pod: string, container: string, t: number): ExpectedLayers | null {
  const scenario = DEMO_PODS.find((p) => p.pod === pod);
  const spec = scenario?.containers.find((c) => c.name === container);
  if (!spec) throw new Error(`no demo container ${pod}/${container}`);
  const { start } = demoWindow();
  for (const at of [t, t - SCRAPE_INTERVAL_SECONDS]) {
    if (at < start) continue;
    const life = spec.timeline((at - start) / 60);
    if (!life) continue;
    const v = cadvisorValues(life.state);
    return {
      rss: v.container_memory_rss,
      activeFile: v.container_memory_total_active_file_bytes,
      other: v.container_memory_working_set_bytes - v.container_memory_rss - v.container_memory_total_active_file_bytes,
      inactiveFile: v.container_memory_total_inactive_file_bytes,
      workingSet: v.container_memory_working_set_bytes,
      usage: v.container_memory_usage_bytes,
      swap: v.container_memory_swap,
    };
  }
  return null;
}

export { DEMO_PODS };
