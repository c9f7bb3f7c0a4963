import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startPrometheus } from '../lib/prometheus-server';
import { startVictoria } from '../lib/victoria-server';
import { buildCaptureSeries, captureToTsdb, readCapture, type Capture, type CaptureWindow } from './capture-to-tsdb';
import { REAL_CAPTURES, type RealCaptureId } from './fixtures';
import type { ScrapeLayout } from './layouts';

export type Engine = 'prometheus' | 'victoriametrics';

/** One backend holding one capture as one layout would scrape it. */
export interface RealBackend {
  readonly id: string;
  readonly engine: Engine;
  readonly captureId: RealCaptureId;
  readonly layout: ScrapeLayout;
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
  readonly captures: readonly RealCaptureId[];
  readonly layouts: readonly ScrapeLayout[];
  readonly window: CaptureWindow;
  /** First port; backends take consecutive ports from here. */
  readonly basePort: number;
}

/**
 * Starts one Prometheus (promtool backfill) or VictoriaMetrics (HTTP import) per engine × capture ×
 * layout on 127.0.0.1. kube-prometheus data also carries kubelet's /metrics/resource copy of the working
 * set, as that stack scrapes it, so selector detection is tested against the trap.
 */
export async function startRealBackends(opts: StartRealBackendsOptions): Promise<{ backends: RealBackend[]; stopAll(): Promise<void> }> {
  const root = mkdtempSync(join(tmpdir(), 'podmem-real-'));
  const backends: RealBackend[] = [];
  const stopAll = async () => {
    await Promise.all(backends.map((b) => b.stop()));
    rmSync(root, { recursive: true, force: true });
  };
  let port = opts.basePort;
  try {
    for (const captureId of opts.captures) {
      const { dir, node } = REAL_CAPTURES[captureId];
      const capture = readCapture(dir);
      for (const layout of opts.layouts) {
        const seriesOpts = { layout, target: { node, nodeIp: '192.168.49.2', ksmPodIp: '10.244.0.9' }, window: opts.window, resourceCopy: true };
        for (const engine of opts.engines) {
          const id = `${engine === 'prometheus' ? 'prom' : 'vm'}-${captureId.replace('_', '')}-${layout}`;
          const dataDir = join(root, id);
          const thisPort = port++;
          if (engine === 'prometheus') {
            captureToTsdb(capture, seriesOpts, dataDir);
            const h = await startPrometheus({ dataDir, port: thisPort, logFile: `${dataDir}.log` });
            backends.push({ id, engine, captureId, layout, capture, url: h.url, stop: () => h.stop() });
          } else {
            const h = await startVictoria({ dataDir, port: thisPort, logFile: `${dataDir}.log` });
            backends.push({ id, engine, captureId, layout, capture, url: h.url, stop: () => h.stop() });
            await h.importSeries(buildCaptureSeries(capture, seriesOpts));
          }
        }
      }
    }
  } catch (err) {
    await stopAll();
    throw err;
  }
  return { backends, stopAll };
}
