import { listenOnLoopback } from './system';
import { createServer, type Server } from 'node:http';

/**
 * A stub Prometheus for injecting faults only (the real numbers always come from a real Prometheus):
 * /garbage/* answers HTML with 200, /slow/* never answers in time, /error5xx/* a text/plain 503.
 */
export async function startFaultUpstream(port: number): Promise<{ url: string; stop(): Promise<void> }> {
  const server: Server = createServer((req, res) => {
    const path = req.url ?? '';
    if (path.startsWith('/garbage/')) {
      res.writeHead(200, { 'content-type': 'text/html' }).end('<html>proxy login</html>');
    } else if (path.startsWith('/slow/')) {
      const timer = setTimeout(() => res.writeHead(200, { 'content-type': 'application/json' }).end('{}'), 30_000);
      req.on('close', () => clearTimeout(timer));
    } else if (path.startsWith('/starting/')) {
      res.writeHead(503, { 'content-type': 'text/plain' }).end('Service Unavailable');
    } else {
      res.writeHead(404).end('not found');
    }
  });
  return listenOnLoopback(server, port);
}
