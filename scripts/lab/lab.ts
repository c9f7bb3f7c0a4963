import type { ChildProcess } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { startPrometheus, stopChild, type PrometheusHandle } from '../lib/prometheus-server';
import { detectMemoryHierarchy, type MemoryHierarchy } from './cgroup-host';
import { proactiveReclaimNote } from './damon';
import { createLabCgroups, nextLabCgroupName, removeCgroupTree, spawnInCgroup, sweepStaleLabCgroups, type LabCgroups } from './cgroup-lifecycle';
import { CADVISOR_PATH, KSM_PATH, startExporter, type ExporterHandle } from './exporter';
import { runPhases, type PhaseRecord } from './phases';
import { killProcessesUsing } from './processes';

export interface LabOptions {
  /** Parent of the run's folder (file, TSDB); must be on a disk filesystem, not tmpfs. */
  baseDir: string;
  phaseSeconds: number;
  exporterPort: number;
  prometheusPort: number;
  limitBytes?: number;
  holdMiB?: number;
  fileMiB?: number;
  log?: (line: string) => void;
  /** Receives the cleanup before anything is created, so a signal during startup can still clean up. */
  registerCleanup?: (cleanup: () => Promise<void>) => void;
}

export interface Lab {
  hierarchy: MemoryHierarchy;
  cgroups: LabCgroups;
  exporterUrl: string;
  prometheusUrl: string;
  /** Resolves with a message if the holder or Prometheus exits while the lab is up. */
  childDied: Promise<string>;
  runPhases(signal?: AbortSignal): Promise<PhaseRecord[]>;
  /** Stops everything and removes the cgroups, the file and the run folder; safe to call any number of times. */
  cleanup(): Promise<void>;
}

const MiB = 1024 * 1024;

// Tops the process up to `target` bytes of anonymous memory (node itself already holds a few MiB), like
// the seed's app (total_rss ≈ 27 MB), and touches every page so it is resident and charged.
const HOLDER_JS = `
const target = Number(process.argv[1]);
const own = Number(/RssAnon:\\s+(\\d+) kB/.exec(require('fs').readFileSync('/proc/self/status', 'utf8'))[1]) * 1024;
const held = Buffer.alloc(Math.max(target - own, 1 << 20), 1);
process.stdout.write('ready ' + held.length + '\\n');
setInterval(() => { if (held[0] !== 1) process.exit(3); }, 1 << 30);
`;

function scrapeConfig(exporterPort: number): string {
  const target = `['127.0.0.1:${exporterPort}']`;
  return `scrape_configs:
  - job_name: kubelet
    scrape_interval: 1s
    scrape_timeout: 1s
    honor_labels: true
    metrics_path: ${CADVISOR_PATH}
    static_configs: [{ targets: ${target}, labels: { node: lab-node } }]
    relabel_configs: [{ source_labels: [__metrics_path__], target_label: metrics_path }]
  - job_name: kube-state-metrics
    scrape_interval: 1s
    scrape_timeout: 1s
    honor_labels: true
    metrics_path: ${KSM_PATH}
    static_configs: [{ targets: ${target} }]
`;
}

function waitForReadyLine(child: ChildProcess): Promise<number> {
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /ready (\d+)/.exec(out);
      if (m) resolve(Number(m[1]));
    });
    child.once('exit', (code) => reject(new Error(`the holder exited (code ${code}) before allocating`)));
  });
}

/** Creates the cgroups, starts the holder, the exporter and Prometheus; cleans up itself if any step fails. */
export async function startLab(opts: LabOptions): Promise<Lab> {
  const log = opts.log ?? ((line: string) => console.log(line));
  const hierarchy = detectMemoryHierarchy();
  if (!hierarchy) throw new Error('no cgroup memory controller is mounted');
  for (const stale of await sweepStaleLabCgroups(hierarchy)) log(`lab: removed cgroup ${stale} left by an earlier run`);
  const name = nextLabCgroupName();
  const limitBytes = opts.limitBytes ?? 256 * MiB;
  const workDir = join(opts.baseDir, name);
  let cleaning = false;
  let cgroups: LabCgroups | undefined;
  let holder: ChildProcess | undefined;
  let exporter: ExporterHandle | undefined;
  let prometheus: PrometheusHandle | undefined;
  let reportDeath: (msg: string) => void = () => undefined;
  const childDied = new Promise<string>((resolve) => (reportDeath = resolve));
  const watch = (child: ChildProcess, what: string) =>
    child.once('exit', (code, sig) => {
      if (!cleaning) reportDeath(`${what} (pid ${child.pid}) exited unexpectedly (${sig ?? `code ${code}`})`);
    });

  let cleanupPromise: Promise<void> | undefined;
  const cleanup = () => {
    cleaning = true;
    cleanupPromise ??= (async () => {
      const errors: unknown[] = [];
      const step = async (fn: () => Promise<void> | void) => {
        try {
          await fn();
        } catch (err) {
          errors.push(err);
        }
      };
      await step(() => prometheus?.stop());
      await step(() => exporter?.close());
      await step(() => (holder ? stopChild(holder) : undefined));
      await step(() => (cgroups ? removeCgroupTree(hierarchy, cgroups.pod.dir) : undefined));
      await step(() => void killProcessesUsing(workDir)); // a Prometheus stopped while starting has no handle yet
      await step(() => rmSync(workDir, { recursive: true, force: true }));
      if (errors.length > 0) throw new AggregateError(errors, `lab cleanup: ${errors.map(String).join('; ')}`);
    })();
    return cleanupPromise;
  };

  opts.registerCleanup?.(cleanup);
  try {
    mkdirSync(workDir, { recursive: true });
    cgroups = createLabCgroups(hierarchy, name, limitBytes);
    const holderBytes = (opts.holdMiB ?? 27) * MiB;
    holder = spawnInCgroup(cgroups.container.dir, process.execPath, ['-e', HOLDER_JS, String(holderBytes)], {
      stdio: ['ignore', 'pipe', 'inherit'],
      env: { PATH: process.env.PATH ?? '/usr/bin:/bin', NODE_ENV: 'production' },
    });
    const held = await waitForReadyLine(holder);
    watch(holder, 'the holder');
    log(
      `lab: cgroup ${hierarchy.version} ${cgroups.pod.dir} (limit ${limitBytes / MiB} MiB); app pid ${holder.pid} holds ${(held / MiB).toFixed(1)} MiB of Buffer`,
    );
    exporter = await startExporter(hierarchy, cgroups, limitBytes, opts.exporterPort);
    prometheus = await startPrometheus({
      dataDir: join(workDir, 'tsdb'),
      port: opts.prometheusPort,
      scrapeConfigYaml: scrapeConfig(opts.exporterPort),
      logFile: join(workDir, 'prometheus.log'),
    });
    watch(prometheus.process, 'Prometheus');
    log(`lab: exporter ${exporter.url}${CADVISOR_PATH}, Prometheus ${prometheus.url} (scrapes every 1 s)`);
    const damon = proactiveReclaimNote();
    if (damon) log(damon);
  } catch (err) {
    await cleanup().catch((cleanupErr: unknown) => log(String(cleanupErr)));
    throw err;
  }
  const ready = { cgroups, exporter, prometheus };
  return {
    hierarchy,
    cgroups: ready.cgroups,
    exporterUrl: ready.exporter.url,
    prometheusUrl: ready.prometheus.url,
    childDied,
    cleanup,
    runPhases: (signal) =>
      runPhases({
        hierarchy,
        containerDir: ready.cgroups.container.dir,
        file: join(workDir, `dd-${opts.fileMiB ?? 100}m.bin`),
        fileMiB: opts.fileMiB ?? 100,
        phaseSeconds: opts.phaseSeconds,
        log,
        signal,
      }),
  };
}
