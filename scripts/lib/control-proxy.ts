import { createServer, request as httpRequest, type IncomingMessage, type Server } from 'node:http';
import { listenOnLoopback } from './system';

/** How the proxy answers: pass to the real engine, or one of the faults a data source shows in production. */
export const FAULT_MODES = ['pass', 'html', 'garbage', 'error500', 'unavailable503', 'slow', 'cut', 'reset-once', 'refuse'] as const;
export type FaultMode = (typeof FAULT_MODES)[number];

export interface RecordedRequest {
  method: string;
  path: string;
  /** The PromQL (or match[] selectors) as Prometheus receives it, decoded. */
  queries: string[];
  headers: Record<string, string | string[] | undefined>;
}

export interface ControlProxy {
  url: string;
  stop(): Promise<void>;
}

function queriesOf(path: string, body: string): string[] {
  const url = new URL(path, 'http://x');
  const form = new URLSearchParams(body);
  return [...url.searchParams.getAll('query'), ...url.searchParams.getAll('match[]'), ...form.getAll('query'), ...form.getAll('match[]')];
}

/**
 * A proxy in front of a real Prometheus (or VictoriaMetrics) for the e2e suite: it records and counts
 * every request it passes on, and can be switched to a fault. The tests drive it over HTTP:
 * `GET /__proxy/log` (the recorded requests), `POST /__proxy/reset`, `POST /__proxy/mode?m=html`.
 * It never computes an answer itself: in `pass` mode every byte comes from the real engine.
 */
export async function startControlProxy(target: string, port: number): Promise<ControlProxy> {
  const upstream = new URL(target);
  let mode: FaultMode = 'pass';
  let log: RecordedRequest[] = [];
  let resetDone = false;

  const pass = (req: IncomingMessage, body: Buffer, res: import('node:http').ServerResponse, cutMidway: boolean) => {
    const proxied = httpRequest(
      {
        host: upstream.hostname,
        port: upstream.port,
        path: upstream.pathname.replace(/\/$/, '') + (req.url ?? ''),
        method: req.method,
        headers: { ...req.headers, host: upstream.host },
      },
      (up) => {
        // Hop-by-hop framing is the proxy's own: forwarding it could send both Content-Length and chunked.
        const headers = { ...up.headers };
        for (const h of ['content-length', 'transfer-encoding', 'connection', 'keep-alive']) delete headers[h];
        if (!cutMidway) {
          res.writeHead(up.statusCode ?? 502, headers);
          up.pipe(res);
          return;
        }
        // Like a Prometheus restarted mid-answer: the headers and part of the body, then the connection drops.
        res.writeHead(up.statusCode ?? 200, { ...headers, 'content-length': '100000' });
        up.once('data', (chunk: Buffer) => {
          res.write(chunk.subarray(0, Math.max(1, Math.floor(chunk.length / 2))));
          setTimeout(() => res.destroy(), 20);
        });
      },
    );
    proxied.on('error', () => res.destroy());
    proxied.end(body);
  };

  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const path = req.url ?? '/';
      if (path.startsWith('/__proxy/')) {
        const u = new URL(path, 'http://x');
        if (u.pathname === '/__proxy/log') return void res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(log));
        if (u.pathname === '/__proxy/reset') {
          log = [];
          return void res.writeHead(204).end();
        }
        if (u.pathname === '/__proxy/mode') {
          const m = u.searchParams.get('m') as FaultMode;
          if (!FAULT_MODES.includes(m)) return void res.writeHead(400).end('unknown mode');
          mode = m;
          resetDone = false;
          return void res.writeHead(204).end();
        }
        return void res.writeHead(404).end();
      }
      log.push({ method: req.method ?? '', path, queries: queriesOf(path, body.toString('utf8')), headers: req.headers });
      switch (mode) {
        case 'pass':
          return pass(req, body, res, false);
        case 'html':
          return void res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><html><body>Sign in to continue</body></html>');
        case 'garbage':
          return void res.writeHead(200, { 'content-type': 'application/json' }).end('{"status":"success","data":{"resultType":"matrix","result":[{"metric":');
        case 'error500':
          return void res.writeHead(500, { 'content-type': 'application/json' }).end('{"status":"error","errorType":"internal","error":"storage is broken"}');
        case 'unavailable503':
          return void res.writeHead(503, { 'content-type': 'text/plain' }).end('Service Unavailable');
        case 'slow': {
          const timer = setTimeout(() => pass(req, body, res, false), 30_000);
          req.socket.on('close', () => clearTimeout(timer));
          return;
        }
        case 'cut':
          return pass(req, body, res, true);
        case 'reset-once':
          if (!resetDone) {
            resetDone = true;
            return void req.socket.destroy();
          }
          return pass(req, body, res, false);
        case 'refuse':
          return void req.socket.destroy();
      }
    });
  });
  return listenOnLoopback(server, port);
}
