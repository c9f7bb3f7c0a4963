import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startPrometheus } from '../lib/prometheus-server';
import { freePort } from '../lib/system';
import { startVictoria } from '../lib/victoria-server';
import { buildCaptureSeries, captureToTsdb, readCapture, type Capture, type CaptureWindow } from './capture-to-tsdb';
import { REAL_CAPTURES, type RealCaptureId } from './fixtures';
import type { ScrapeLayout } from './layouts';

export type Engine = 'prometheus' | 'victoriametrics';

/** One capture as one layout would scrape it, optionally on a cluster without kube-state-metrics. */
export interface RealDataset {
  readonly captureId: RealCaptureId;
  readonly layout: ScrapeLayout;
  readonly withoutKsm?: boolean;
}

/** One backend holding one dataset. */
export interface RealBackend extends RealDataset {
  readonly id: string;
  readonly engine: Engine;
  readonly capture: Capture;
  readonly url: string;
  stop(): Promise<void>;
}

/** True when the engine's binaries are installed (the suite skips an engine that is not). */
export function engineAvailable(engine: Engine): boolean {
  const commands = engine === 'prometheus' ? ['prometheus', 'promtool'] : ['victoria-metrics'];
  return commands.every((c) => spawnSync('sh', ['-c', `command -v ${c}`], { stdio: 'ignore' }).status === 0);
}

export interface StartRealBackendsOptions {
  readonly engines: readonly Engine[];
  readonly datasets: readonly RealDataset[];
  readonly window: CaptureWindow;
}

/**
 * Starts one Prometheus (promtool backfill) or VictoriaMetrics (HTTP import) per engine × dataset
 * on a free port of 127.0.0.1. kube-prometheus data also carries kubelet's /metrics/resource copy of the working
 * set, as that stack scrapes it, so selector detection is tested against the trap.
 */
export async function startRealBackends(opts: StartRealBackendsOptions): Promise<{ backends: RealBackend[]; stopAll(): Promise<void> }> {
  const root = mkdtempSync(join(tmpdir(), 'podmem-real-'));
  const backends: RealBackend[] = [];
  const stopAll = async () => {
    await Promise.all(backends.map((b) => b.stop()));
    rmSync(root, { recursive: true, force: true });
  };
  try {
    for (const ds of opts.datasets) {
      const { dir, node } = REAL_CAPTURES[ds.captureId];
      const capture = readCapture(dir);
      const seriesOpts = {
        layout: ds.layout,
        target: { node, nodeIp: '192.168.49.2', ksmPodIp: '10.244.0.9' },
        window: opts.window,
        resourceCopy: true,
        withoutKsm: ds.withoutKsm,
      };
      for (const engine of opts.engines) {
        const id = `${engine === 'prometheus' ? 'prom' : 'vm'}-${ds.captureId.replace('_', '')}-${ds.layout}${ds.withoutKsm ? '-noksm' : ''}`;
        const dataDir = join(root, id);
        // A free port each: several checkouts may run this suite on one machine at once.
        const thisPort = await freePort();
        const base = { ...ds, id, engine, capture };
        if (engine === 'prometheus') {
          captureToTsdb(capture, seriesOpts, dataDir);
          const h = await startPrometheus({ dataDir, port: thisPort, logFile: `${dataDir}.log` });
          backends.push({ ...base, url: h.url, stop: () => h.stop() });
        } else {
          const h = await startVictoria({ dataDir, port: thisPort, logFile: `${dataDir}.log` });
          backends.push({ ...base, url: h.url, stop: () => h.stop() });
          await h.importSeries(buildCaptureSeries(capture, seriesOpts));
        }
      }
    }
  } catch (err) {
    await stopAll();
    throw err;
  }
  return { backends, stopAll };
}
