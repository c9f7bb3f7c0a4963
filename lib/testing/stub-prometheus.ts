import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request as the stub saw it: the path and the form or query parameters. */
export interface StubRequest {
  path: string;
  params: URLSearchParams;
}

export type StubAnswer = { status: number; body: string };

/** A stub upstream on loopback that answers like the Prometheus HTTP API; `answer` decides per request. */
export interface StubPrometheus {
  url: string;
  requests: StubRequest[];
  stop: () => Promise<void>;
}

export async function startStubPrometheus(answer: (req: StubRequest) => StubAnswer): Promise<StubPrometheus> {
  const requests: StubRequest[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://stub');
      const params = new URLSearchParams(url.search);
      for (const [k, v] of new URLSearchParams(Buffer.concat(chunks).toString('utf8'))) params.append(k, v);
      const request = { path: url.pathname, params };
      requests.push(request);
      const { status, body } = answer(request);
      res.writeHead(status, { 'content-type': 'application/json' }).end(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  const stop = () => new Promise<void>((resolve) => server.close(() => resolve()));
  return { url, stop, requests };
}

/** A Prometheus success envelope. */
export const success = (resultType: 'matrix' | 'vector', result: unknown[]): StubAnswer => ({
  status: 200,
  body: JSON.stringify({ status: 'success', data: { resultType, result } }),
});
