import { rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { renderOpenMetrics } from './openmetrics';
import { backfill, startPrometheus, type PrometheusHandle } from './prometheus-server';
import { generateDemoSeries } from '../scenarios/demo';
import { startVictoria, type VictoriaHandle } from './victoria-server';

export interface DemoStack {
  prometheus: PrometheusHandle;
  /** The last sample's time (unix seconds); the data covers the 60 minutes before it. */
  endSeconds: number;
}

/**
 * Writes the demo scenarios as OpenMetrics, backfills them into a fresh TSDB under `workDir` and starts
 * a real Prometheus on 127.0.0.1:`port` over it.
 */
export async function startDemoStack(workDir: string, port: number, endSeconds = Math.floor(Date.now() / 1000), liveMinutes = 0): Promise<DemoStack> {
  rmSync(workDir, { recursive: true, force: true });
  mkdirSync(workDir, { recursive: true });
  const file = join(workDir, 'demo.om.txt');
  const t0 = Date.now();
  writeFileSync(file, renderOpenMetrics(generateDemoSeries(endSeconds, liveMinutes).all()));
  const dataDir = join(workDir, 'tsdb');
  backfill(file, dataDir);
  const prometheus = await startPrometheus({ dataDir, port, lookbackDelta: '20s', logFile: join(workDir, 'prometheus.log') });
  console.log(`podmem: demo data loaded into Prometheus at ${prometheus.url} in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  return { prometheus, endSeconds: Math.floor(endSeconds / 15) * 15 };
}

/**
 * The same demo series imported into VictoriaMetrics single-node, with a staleness interval matching the
 * Prometheus stack's 20 s lookback, so both engines must give the same numbers.
 */
export async function startDemoVictoria(workDir: string, port: number, endSeconds: number): Promise<VictoriaHandle> {
  mkdirSync(workDir, { recursive: true });
  const vm = await startVictoria({
    dataDir: join(workDir, 'vm'),
    port,
    logFile: join(workDir, 'victoria-metrics.log'),
    extraArgs: ['-search.maxStalenessInterval=20s'],
  });
  await vm.importSeries(generateDemoSeries(endSeconds).all());
  console.log(`podmem: demo data loaded into VictoriaMetrics at ${vm.url}`);
  return vm;
}
