/**
 * `npm run bench`: how many upstream queries one pod view costs and how fast the pod API answers, on
 * the demo data with a real Prometheus. A counting proxy sits between podmem and Prometheus. Prints
 * numbers only; nothing here asserts a time.
 */
import autocannon from 'autocannon';
import { createServer, request as httpRequest } from 'node:http';
import { join } from 'node:path';
import { startDemoStack } from './lib/demo-stack';
import { startNext } from './lib/next-server';
import { freePort } from './lib/system';

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
  const next = await startNext(await freePort(), { PODMEM_CLUSTERS: `demo=${proxy.url}`, PROMETHEUS_URL: '' }, join(process.cwd(), '.bench', 'next.log'), '127.0.0.1');
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
  } finally {
    proxy.close();
    await next.stop();
    await stack.prometheus.stop();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
