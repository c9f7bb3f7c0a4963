/**
 * A real Prometheus scraping the scale data set every 15 s from a generator on loopback: one kubelet
 * target per node and one kube-state-metrics target, kept as exposed (honor_labels), like kube-prometheus
 * stores them. The text is rendered once; every scrape serves the same numbers.
 */
import { createServer, type Server } from 'node:http';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { rmSync } from 'node:fs';
import { startPrometheus, type PrometheusHandle } from '../lib/prometheus-server';
import { freePort } from '../lib/system';
import { kubeletText, ksmText, nodeName, NODE_COUNT, scalePods, type ScalePod } from './dataset';

export interface ScaleStack {
  pods: ScalePod[];
  prometheus: PrometheusHandle;
  /** Series Prometheus holds once every target was scraped. */
  series: number;
  stop(): Promise<void>;
}

const KSM_SHARDS = 10;

async function startGenerator(pods: readonly ScalePod[]): Promise<{ port: number; server: Server; paths: string[]; series: number }> {
  const bodies = new Map<string, Buffer>();
  let series = 0;
  const put = (path: string, text: string) => {
    series += text.split('\n').filter((l) => l !== '').length;
    // Gzipped once: Prometheus asks for gzip, and a 30 MB text per scrape would cost more to send than to parse.
    bodies.set(path, gzipSync(text));
  };
  for (let i = 0; i < NODE_COUNT; i++) put(`/kubelet/${nodeName(i)}`, kubeletText(pods, nodeName(i), i));
  // kube-state-metrics sharded as large clusters run it (--shard/--total-shards): one 60k-series target
  // cannot be parsed within a scrape interval on a busy 2-core machine.
  for (let shard = 0; shard < KSM_SHARDS; shard++) put(`/ksm/${shard}`, ksmText(pods.filter((_, i) => i % KSM_SHARDS === shard)));
  const server = createServer((req, res) => {
    const body = bodies.get((req.url ?? '').split('?')[0] ?? '');
    if (!body) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'text/plain; version=0.0.4', 'content-encoding': 'gzip', 'content-length': body.length });
    res.end(body);
  });
  const port = await freePort();
  await new Promise<void>((r) => server.listen(port, '127.0.0.1', r));
  return { port, server, paths: [...bodies.keys()], series };
}

function scrapeConfig(port: number, paths: readonly string[]): string {
  const jobs = paths.map(
    (p) =>
      `  - job_name: "gen${p.replace(/[^a-z0-9]/gi, '_')}"\n    honor_labels: true\n    scrape_interval: 15s\n    scrape_timeout: 14s\n    metrics_path: "${p}"\n    static_configs:\n      - targets: ["127.0.0.1:${port}"]\n`,
  );
  return `scrape_configs:\n${jobs.join('')}`;
}

async function instant(url: string, query: string): Promise<number> {
  const res = await fetch(`${url}/api/v1/query?query=${encodeURIComponent(query)}`);
  const body = (await res.json()) as { data?: { result?: Array<{ value: [number, string] }> } };
  return Number(body.data?.result?.[0]?.value[1] ?? 0);
}

async function headSeries(url: string): Promise<number> {
  const body = (await (await fetch(`${url}/api/v1/status/tsdb`)).json()) as { data?: { headStats?: { numSeries?: number } } };
  return body.data?.headStats?.numSeries ?? 0;
}

/**
 * Starts the generator and Prometheus, and waits until every series has at least `samples` samples
 * (each scrape adds one; bounded by `timeoutMs`).
 */
export async function startScaleStack(workDir: string, podCount: number, samples = 3, timeoutMs = 900_000): Promise<ScaleStack> {
  const t0 = Date.now();
  rmSync(workDir, { recursive: true, force: true });
  const pods = scalePods(podCount);
  const gen = await startGenerator(pods);
  const prometheus = await startPrometheus({
    dataDir: join(workDir, 'tsdb'),
    port: await freePort(),
    scrapeConfigYaml: scrapeConfig(gen.port, gen.paths),
    logFile: join(workDir, 'prometheus.log'),
  });
  const stop = async () => {
    await prometheus.stop();
    gen.server.close();
  };
  try {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      // Samples of the last scrape of every target: the data set is complete when all have `samples`.
      const have = await instant(prometheus.url, `min(count_over_time(scrape_samples_scraped[10m]))`).catch(() => 0);
      const head = await headSeries(prometheus.url).catch(() => 0);
      // A scrape that timed out also counts as a sample count: every target must be up as well.
      const up = await instant(prometheus.url, 'min(up)').catch(() => 0);
      if (have >= samples && head >= gen.series && up === 1) break;
      if (Date.now() > deadline) throw new Error(`the scale data set was not scraped within ${timeoutMs / 1000} s (head series ${head} of ${gen.series})`);
      await new Promise((r) => setTimeout(r, 2000));
    }
  } catch (err) {
    await stop();
    throw err;
  }
  console.log(
    `scale data set: ${pods.length} pods, ${gen.series} series scraped every 15 s by ${prometheus.url} (${((Date.now() - t0) / 1000).toFixed(0)} s to load)`,
  );
  return { pods, prometheus, series: gen.series, stop };
}

/** The data set of `podCount` pods already loaded in the Prometheus at `url` (left running on stop). */
export function reuseScaleStack(url: string, podCount: number): ScaleStack {
  const port = Number(new URL(url).port);
  return { pods: scalePods(podCount), prometheus: { url, port, process: null as never, stop: async () => {} }, series: NaN, stop: async () => {} };
}
