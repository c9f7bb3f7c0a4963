import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ensureCommands } from './system';

export interface PrometheusHandle {
  url: string;
  port: number;
  process: ChildProcess;
  stop(): Promise<void>;
}

export interface StartPrometheusOptions {
  dataDir: string;
  port: number;
  /** Scrape configs as YAML text (the lab scrapes its exporter); none for backfilled data only. */
  scrapeConfigYaml?: string;
  /**
   * Backfilled blocks carry no staleness markers, so a series that ended (a killed container) would
   * otherwise linger for the default 5 minutes of lookback. Scraped data does not need this.
   */
  lookbackDelta?: string;
  logFile?: string;
}

/** Loads an OpenMetrics file into a fresh TSDB with promtool (blocks land in `dataDir`). */
export function backfill(openMetricsFile: string, dataDir: string): void {
  ensureCommands([{ command: 'promtool', debianPackage: 'prometheus' }]);
  mkdirSync(dataDir, { recursive: true });
  execFileSync('promtool', ['tsdb', 'create-blocks-from', 'openmetrics', openMetricsFile, dataDir], { stdio: ['ignore', 'ignore', 'inherit'] });
}

/** Starts a real Prometheus on 127.0.0.1 and waits until it answers /-/ready. */
export async function startPrometheus(opts: StartPrometheusOptions): Promise<PrometheusHandle> {
  ensureCommands([{ command: 'prometheus', debianPackage: 'prometheus' }]);
  mkdirSync(opts.dataDir, { recursive: true });
  const configFile = join(opts.dataDir, '..', `prometheus-${opts.port}.yml`);
  writeFileSync(configFile, `global:\n  scrape_interval: 15s\n  evaluation_interval: 15s\n${opts.scrapeConfigYaml ?? ''}`);
  const args = [
    `--config.file=${configFile}`,
    `--storage.tsdb.path=${opts.dataDir}`,
    `--web.listen-address=127.0.0.1:${opts.port}`,
    '--storage.tsdb.retention.time=30d',
    '--web.enable-lifecycle',
  ];
  if (opts.lookbackDelta) args.push(`--query.lookback-delta=${opts.lookbackDelta}`);
  const out = opts.logFile ? (await import('node:fs')).openSync(opts.logFile, 'a') : 'ignore';
  const child = spawn('prometheus', args, { stdio: ['ignore', out, out] });
  const url = `http://127.0.0.1:${opts.port}`;
  const handle: PrometheusHandle = {
    url,
    port: opts.port,
    process: child,
    stop: () => stopChild(child),
  };
  await waitForReady(`${url}/-/ready`, child, 60_000, opts.logFile);
  return handle;
}

/** Polls a URL until it answers 200; fails early with the log path when the process exits. */
export async function waitForReady(url: string, child: ChildProcess, timeoutMs: number, logFile?: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${url}: the process exited with code ${child.exitCode}${logFile ? `; see ${logFile}` : ''}`);
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} was not ready within ${timeoutMs / 1000} s${logFile ? `; see ${logFile}` : ''}`);
}

/** SIGTERM, then SIGKILL after 5 s; resolves when the process has exited. */
export function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
