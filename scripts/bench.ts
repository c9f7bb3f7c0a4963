/**
 * `npm run bench`: how many upstream queries one pod view costs and how fast the pod API answers, on
 * the demo data with a real Prometheus. A counting proxy sits between podmem and Prometheus. Prints
 * numbers only; nothing here asserts a time. Runs the standalone server of the last `npm run build`.
 *
 * `npm run bench -- --load`: also the load mode — autocannon, 100 connections for 30 s on the pod API
 * (the link as people open it: no start/end, so the server's "now" moves on), printing errors,
 * p50/p99, the upstream queries it cost and the server's memory after warm-up and after the load.
 */
import autocannon from 'autocannon';
import { readFileSync, rmSync } from 'node:fs';
import { createServer, request as httpRequest } from 'node:http';
import { join } from 'node:path';
import { startDemoStack } from './lib/demo-stack';
import { copyStandalone, startStandalone } from './lib/standalone';
import { freePort } from './lib/system';

const LOAD = process.argv.includes('--load');

/** Resident memory of a process in MiB (Linux /proc). */
function rssMiB(pid: number | undefined): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kib = Number(/^VmRSS:\s+(\d+) kB$/m.exec(status)?.[1] ?? NaN);
  return kib / 1024;
}

/** The server's JS heap in use, in MiB, from its own /api/metrics. */
async function heapMiB(base: string): Promise<number> {
  const text = await (await fetch(`${base}/api/metrics`)).text();
  return Number(/^podmem_nodejs_heap_size_used_bytes (\S+)$/m.exec(text)?.[1] ?? NaN) / 1024 / 1024;
}

function total(counter: Counter): number {
  return [...counter.byPath.values()].reduce((a, b) => a + b, 0);
}

interface Counter {
  byPath: Map<string, number>;
  bytes: number;
}

async function startCountingProxy(target: string, counter: Counter): Promise<{ url: string; close(): void }> {
  const upstream = new URL(target);
  const server = createServer((req, res) => {
    const path = (req.url ?? '').split('?')[0] ?? '';
    counter.byPath.set(path, (counter.byPath.get(path) ?? 0) + 1);
    const proxied = httpRequest({ host: upstream.hostname, port: upstream.port, path: req.url, method: req.method, headers: req.headers }, (up) => {
      res.writeHead(up.statusCode ?? 502, up.headers);
      up.on('data', (chunk: Buffer) => (counter.bytes += chunk.length));
      up.pipe(res);
    });
    req.pipe(proxied);
  });
  const port = await freePort();
  await new Promise<void>((r) => server.listen(port, '127.0.0.1', r));
  return { url: `http://127.0.0.1:${port}`, close: () => server.close() };
}

async function main(): Promise<void> {
  if (process.argv.includes('--scale')) {
    const { runScaleBench } = await import('./scale/bench-scale');
    await runScaleBench();
    return;
  }
  const stack = await startDemoStack(join(process.cwd(), '.bench'), await freePort());
  const counter: Counter = { byPath: new Map(), bytes: 0 };
  const proxy = await startCountingProxy(stack.prometheus.url, counter);
  const standaloneDir = copyStandalone('.next');
  const next = await startStandalone(standaloneDir, await freePort(), { PODMEM_CLUSTERS: `demo=${proxy.url}` }, join(process.cwd(), '.bench', 'next.log'));
  try {
    const range = `start=${stack.endSeconds - 3600}&end=${stack.endSeconds}`;
    const url = (pod: string) => `${next.url}/api/v1/clusters/demo/namespaces/demo/pods/${pod}/memory?${range}`;
    // Warm-up: capability detection runs once per cluster and is cached for 5 minutes.
    await fetch(url('ta-7b6f5d56fb-94svm'));
    console.log(`capability detection + first view: ${[...counter.byPath.values()].reduce((a, b) => a + b, 0)} upstream requests`);
    for (const pod of ['ta-7b6f5d56fb-94svm', 'checkout-6d9f8b-k2x7w']) {
      counter.byPath.clear();
      counter.bytes = 0;
      const t0 = performance.now();
      const res = await fetch(url(pod));
      const body = await res.text();
      const ms = performance.now() - t0;
      const total = [...counter.byPath.values()].reduce((a, b) => a + b, 0);
      console.log(
        `one view of ${pod}: ${total} upstream queries (${[...counter.byPath].map(([p, n]) => `${n}× ${p}`).join(', ')}), ` +
          `${(counter.bytes / 1024).toFixed(1)} KiB from Prometheus, ${(body.length / 1024).toFixed(1)} KiB to the browser, ${ms.toFixed(1)} ms`,
      );
    }
    const result = await autocannon({ url: url('checkout-6d9f8b-k2x7w'), connections: 4, duration: 10 });
    console.log(
      `pod API under load (4 connections, 10 s): ${result.requests.average.toFixed(0)} req/s, latency p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, ` +
        `${result.non2xx} non-2xx, ${result.errors} errors`,
    );
    if (LOAD) await loadMode(next.url, next.process.pid, url('checkout-6d9f8b-k2x7w').replace(/\?.*$/, ''), counter);
  } finally {
    proxy.close();
    await next.stop();
    rmSync(standaloneDir, { recursive: true, force: true });
    await stack.prometheus.stop();
  }
}

/** 100 connections for 30 s on one pod link; memory measured after a 10 s warm-up and after the load. */
async function loadMode(base: string, pid: number | undefined, podUrl: string, counter: Counter): Promise<void> {
  await autocannon({ url: podUrl, connections: 100, duration: 10 });
  await new Promise((r) => setTimeout(r, 2000));
  const before = { rss: rssMiB(pid), heap: await heapMiB(base) };
  counter.byPath.clear();
  const result = await autocannon({ url: podUrl, connections: 100, duration: 30 });
  await new Promise((r) => setTimeout(r, 2000));
  const after = { rss: rssMiB(pid), heap: await heapMiB(base) };
  const upstream = total(counter);
  console.log(
    `load mode (100 connections, 30 s, after a 10 s warm-up): ${result.requests.total} requests, ${result.requests.average.toFixed(0)} req/s, ` +
      `${result.errors} errors, ${result.non2xx} non-2xx, ${result.timeouts} timeouts, latency p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms`,
  );
  console.log(
    `load mode: ${upstream} upstream queries for ${result.requests.total} API requests (${(upstream / Math.max(1, result.requests.total)).toFixed(4)} per request)`,
  );
  console.log(
    `load mode: server memory after warm-up RSS ${before.rss.toFixed(1)} MiB, heap ${before.heap.toFixed(1)} MiB; ` +
      `after the load RSS ${after.rss.toFixed(1)} MiB (${(after.rss - before.rss >= 0 ? '+' : '') + (after.rss - before.rss).toFixed(1)}), ` +
      `heap ${after.heap.toFixed(1)} MiB (${(after.heap - before.heap >= 0 ? '+' : '') + (after.heap - before.heap).toFixed(1)})`,
  );
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
