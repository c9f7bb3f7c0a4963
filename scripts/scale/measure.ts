/**
 * Timing helpers for the scale bench: a recording proxy that captures the upstream requests podmem
 * sends, a replay of those requests straight to Prometheus, and medians. Nothing here asserts a time.
 */
import { createServer, request as httpRequest } from 'node:http';
import { freePort } from '../lib/system';

export interface Recorded {
  method: string;
  path: string;
  body: string;
  contentType: string | undefined;
}

export interface Recorder {
  url: string;
  /** Requests seen since the last `take()`, and the bytes Prometheus answered with (as sent on the wire). */
  take(): { requests: Recorded[]; bytes: number };
  close(): void;
}

/** A pass-through proxy in front of Prometheus that remembers each request and counts the answer's bytes. */
export async function startRecorder(target: string): Promise<Recorder> {
  const upstream = new URL(target);
  let requests: Recorded[] = [];
  let bytes = 0;
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      requests.push({ method: req.method ?? 'GET', path: req.url ?? '/', body: body.toString('utf8'), contentType: req.headers['content-type'] });
      const proxied = httpRequest({ host: upstream.hostname, port: upstream.port, path: req.url, method: req.method, headers: req.headers }, (up) => {
        res.writeHead(up.statusCode ?? 502, up.headers);
        up.on('data', (chunk: Buffer) => (bytes += chunk.length));
        up.pipe(res);
      });
      // A reset upstream (a Prometheus starved of CPU) is a 502 for podmem to report, not a crash of the bench.
      proxied.on('error', () => (res.headersSent ? res.destroy() : res.writeHead(502).end()));
      proxied.end(body);
    });
  });
  const port = await freePort();
  await new Promise<void>((r) => server.listen(port, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${port}`,
    take() {
      const out = { requests, bytes };
      requests = [];
      bytes = 0;
      return out;
    },
    close: () => server.close(),
  };
}

/** Sends the recorded requests to Prometheus in parallel, as podmem sent them, with the same client (fetch); ms until every body is read. */
export async function replay(target: string, requests: readonly Recorded[]): Promise<number> {
  const t0 = performance.now();
  await Promise.all(
    requests.map(async (r) => {
      const res = await fetch(target + r.path, {
        method: r.method,
        headers: { accept: 'application/json', ...(r.contentType ? { 'content-type': r.contentType } : {}) },
        body: r.method === 'GET' ? undefined : r.body,
      });
      await res.text();
    }),
  );
  return performance.now() - t0;
}

/** Replays requests one after the other, as detection sends them (each question depends on the last answer). */
export async function replayInOrder(target: string, requests: readonly Recorded[]): Promise<number> {
  let total = 0;
  for (const r of requests) total += await replay(target, [r]);
  return total;
}

/** GETs a URL as a browser would (gzip accepted); ms until the whole body arrived, bytes on the wire and decoded. */
export async function timedGet(url: string): Promise<{ ms: number; status: number; wireBytes: number; bytes: number; body: string }> {
  const t0 = performance.now();
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { headers: { 'accept-encoding': 'gzip', accept: 'application/json' } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const ms = performance.now() - t0;
        const raw = Buffer.concat(chunks);
        void import('node:zlib').then(({ gunzipSync }) => {
          const decoded = res.headers['content-encoding'] === 'gzip' ? gunzipSync(raw) : raw;
          resolve({ ms, status: res.statusCode ?? 0, wireBytes: raw.length, bytes: decoded.length, body: decoded.toString('utf8') });
        });
      });
      res.on('error', reject);
    });
    req.on('error', reject);
    req.setTimeout(120_000, () => req.destroy(new Error(`${url}: no answer within 120 s`)));
    req.end();
  });
}

export function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

export const ms = (v: number) => (v >= 1000 ? `${(v / 1000).toFixed(2)} s` : `${v.toFixed(v < 10 ? 1 : 0)} ms`);
export const kib = (b: number) => (b >= 1024 * 1024 ? `${(b / 1024 / 1024).toFixed(2)} MiB` : `${(b / 1024).toFixed(1)} KiB`);
