import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, openSync } from 'node:fs';
import type { SeriesData } from './openmetrics';
import { stopChild, waitForReady } from './prometheus-server';
import { ensureCommands } from './system';

export interface VictoriaHandle {
  url: string;
  port: number;
  process: ChildProcess;
  /** Imports Prometheus text exposition lines (timestamps in ms), flushes, and waits until queries see them. */
  importText(text: string): Promise<void>;
  /** Imports series (sample times in unix seconds, as for renderOpenMetrics). */
  importSeries(series: readonly SeriesData[]): Promise<void>;
  stop(): Promise<void>;
}

export interface StartVictoriaOptions {
  dataDir: string;
  port: number;
  logFile?: string;
  /** Extra flags, e.g. `-search.maxStalenessInterval=5m`. */
  extraArgs?: readonly string[];
}

const CHUNK_LINES = 50_000;

function formatValue(v: number): string {
  if (Number.isNaN(v)) return 'NaN';
  if (v === Infinity) return '+Inf';
  if (v === -Infinity) return '-Inf';
  return String(v);
}

/** Renders series as Prometheus text exposition with one line per sample and millisecond timestamps (VictoriaMetrics' import format). */
export function renderImportText(series: readonly SeriesData[]): string {
  const lines: string[] = [];
  for (const s of series) {
    const labels = Object.entries(s.labels)
      .map(([k, v]) => `${k}=${JSON.stringify(v)}`)
      .join(',');
    const head = labels ? `${s.name}{${labels}}` : s.name;
    for (const [t, v] of s.samples) lines.push(`${head} ${formatValue(v)} ${Math.round(t * 1000)}`);
  }
  return lines.join('\n') + '\n';
}

async function post(url: string, body: string): Promise<void> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'text/plain' }, body });
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status} ${(await res.text()).slice(0, 300)}`);
}

/**
 * Starts VictoriaMetrics single-node on 127.0.0.1 for backfilled data: 100 years of retention and
 * no search latency offset (by default VM hides the last 30 s), then waits for /health.
 */
export async function startVictoria(opts: StartVictoriaOptions): Promise<VictoriaHandle> {
  ensureCommands([{ command: 'victoria-metrics', debianPackage: 'victoria-metrics' }]);
  mkdirSync(opts.dataDir, { recursive: true });
  const args = [
    `-storageDataPath=${opts.dataDir}`,
    `-httpListenAddr=127.0.0.1:${opts.port}`,
    '-retentionPeriod=100y',
    '-search.latencyOffset=0s',
    '-search.disableCache',
    ...(opts.extraArgs ?? []),
  ];
  const out = opts.logFile ? openSync(opts.logFile, 'a') : 'ignore';
  const child = spawn('victoria-metrics', args, { stdio: ['ignore', out, out] });
  const url = `http://127.0.0.1:${opts.port}`;
  await waitForReady(`${url}/health`, child, 60_000, opts.logFile);
  const importText = async (text: string) => {
    const lines = text.split('\n');
    for (let i = 0; i < lines.length; i += CHUNK_LINES) {
      await post(`${url}/api/v1/import/prometheus`, lines.slice(i, i + CHUNK_LINES).join('\n') + '\n');
    }
    await waitUntilSearchable(url, text);
  };
  return {
    url,
    port: opts.port,
    process: child,
    importText,
    importSeries: (series) => importText(renderImportText(series)),
    stop: () => stopChild(child),
  };
}

/** Flushes VM's in-memory buffers and polls until the series count over all time stops growing. */
async function waitUntilSearchable(url: string, text: string): Promise<void> {
  const expected = new Set(
    text
      .split('\n')
      .filter(Boolean)
      .map((l) => l.slice(0, l.lastIndexOf(' ', l.lastIndexOf(' ') - 1))),
  ).size;
  const deadline = Date.now() + 60_000;
  for (;;) {
    await fetch(`${url}/internal/force_flush`);
    const res = await fetch(`${url}/api/v1/series/count`);
    const body = (await res.json()) as { data?: number[] };
    const count = body.data?.[0] ?? 0;
    if (count >= expected) return;
    if (Date.now() > deadline) throw new Error(`VictoriaMetrics at ${url} shows ${count} of ${expected} series after 60 s`);
    await new Promise((r) => setTimeout(r, 250));
  }
}
