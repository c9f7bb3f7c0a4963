import 'server-only';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Agent as HttpAgent, request as httpRequest } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import type { TlsFiles } from '@/lib/config/upstream';

/** One HTTP exchange with a data source. */
export interface Exchange {
  readonly url: string;
  readonly method: 'GET' | 'POST';
  readonly headers: Readonly<Record<string, string>>;
  readonly body?: string;
  readonly timeoutMs: number;
}

export interface ExchangeResult {
  readonly status: number;
  readonly text: string;
  /**
   * The body parsed, when a layer above the wire already parsed it (the upstream guard does, to check an
   * answer before caching it), so a 7 MB answer is parsed once. Shared by every reader: read-only.
   */
  readonly json?: unknown;
}

/**
 * Why an exchange failed before a complete answer arrived. `connection` (refused, reset, closed
 * mid-answer, DNS) is the only kind worth one retry; `timeout` is not retried, so a slow
 * Prometheus is not asked twice.
 */
export class TransportError extends Error {
  constructor(
    readonly kind: 'connection' | 'timeout' | 'tls',
    readonly detail: string,
  ) {
    super(`${kind}: ${detail}`);
    this.name = 'TransportError';
  }
}

/** Sends an exchange; the caller's signal only stops waiting (a shared request may outlive one caller). */
export type Transport = (exchange: Exchange) => Promise<ExchangeResult>;

const TLS_CODES = /CERT|SELF_SIGNED|UNABLE_TO_VERIFY|ERR_TLS|ERR_SSL|EPROTO|HOSTNAME/;

const httpAgent = new HttpAgent({ keepAlive: true, maxSockets: 64 });
const httpsAgents = new Map<string, HttpsAgent>();

function readOptional(path: string | undefined, what: string): Buffer | undefined {
  if (!path) return undefined;
  try {
    return readFileSync(path);
  } catch (err) {
    throw new TransportError('tls', `cannot read the TLS ${what} file ${path} (${(err as NodeJS.ErrnoException).code ?? 'error'})`);
  }
}

/**
 * An https agent for the TLS files' current contents: the files are read at each request, so a
 * renewed certificate or key is used without a restart, and an agent (with its kept-alive sockets)
 * is reused while the contents stay the same.
 */
function httpsAgentFor(tls: TlsFiles | undefined): HttpsAgent {
  const ca = readOptional(tls?.caFile, 'CA');
  const cert = readOptional(tls?.certFile, 'certificate');
  const key = readOptional(tls?.keyFile, 'key');
  const rejectUnauthorized = !tls?.insecureSkipVerify;
  const hash = createHash('sha256');
  for (const part of [ca, cert, key]) hash.update(part ?? '-').update('\0');
  hash.update(String(rejectUnauthorized));
  const id = hash.digest('hex');
  let agent = httpsAgents.get(id);
  if (!agent) {
    agent = new HttpsAgent({ keepAlive: true, maxSockets: 64, ca, cert, key, rejectUnauthorized });
    // Keep only the newest few: old contents are never asked for again after a rotation.
    if (httpsAgents.size >= 8) {
      const [oldestId, oldest] = httpsAgents.entries().next().value as [string, HttpsAgent];
      oldest.destroy();
      httpsAgents.delete(oldestId);
    }
    httpsAgents.set(id, agent);
  }
  return agent;
}

/** Node's http/https client with the cluster's TLS files (fetch cannot take a CA or a client key without another package). */
export function nodeTransport(tls?: TlsFiles): Transport {
  return (x) =>
    new Promise<ExchangeResult>((resolve, reject) => {
      const url = new URL(x.url);
      const isHttps = url.protocol === 'https:';
      let agent: HttpAgent | HttpsAgent;
      try {
        agent = isHttps ? httpsAgentFor(tls) : httpAgent;
      } catch (err) {
        reject(err);
        return;
      }
      const headers: Record<string, string> = { ...x.headers };
      if (x.body !== undefined) headers['content-length'] = String(Buffer.byteLength(x.body));
      const req = (isHttps ? httpsRequest : httpRequest)(url, { method: x.method, headers, agent }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          clearTimeout(timer);
          if (!res.complete) reject(new TransportError('connection', 'the connection closed mid-answer'));
          else resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') });
        });
        res.on('error', () => undefined);
        res.on('aborted', () => undefined);
      });
      let timedOut = false;
      const timer = setTimeout(() => {
        timedOut = true;
        req.destroy(new Error('timeout'));
      }, x.timeoutMs);
      req.on('error', (err: NodeJS.ErrnoException) => {
        clearTimeout(timer);
        if (timedOut) reject(new TransportError('timeout', `no answer within ${x.timeoutMs / 1000} s`));
        else if (TLS_CODES.test(err.code ?? '')) reject(new TransportError('tls', err.code ?? 'TLS error'));
        else reject(new TransportError('connection', err.code ?? err.message));
      });
      req.on('close', () => clearTimeout(timer));
      req.end(x.body);
    });
}

/** A transport over a fetch function (unit tests hand in their own). */
export function fetchTransport(fetchImpl: typeof fetch): Transport {
  return async (x) => {
    const signal = AbortSignal.timeout(x.timeoutMs);
    let res: Response;
    try {
      res = await fetchImpl(x.url, { method: x.method, headers: x.headers, body: x.body, signal, cache: 'no-store' });
    } catch (err) {
      if (signal.aborted) throw new TransportError('timeout', `no answer within ${x.timeoutMs / 1000} s`);
      const cause = (err as Error & { cause?: { code?: string } }).cause;
      throw new TransportError('connection', cause?.code ?? (err instanceof Error ? err.message : 'unknown error'));
    }
    try {
      return { status: res.status, text: await res.text() };
    } catch {
      if (signal.aborted) throw new TransportError('timeout', `no answer within ${x.timeoutMs / 1000} s`);
      throw new TransportError('connection', 'the connection closed mid-answer');
    }
  };
}

/**
 * What podmem uses per cluster: fetch for http:// and Node's https client for https:// (so a private
 * CA, a client certificate and insecureSkipVerify work).
 */
export function clusterTransport(tls?: TlsFiles): Transport {
  const https = nodeTransport(tls);
  // Looked up at each call, not captured: a test may stub the global fetch.
  const plain = fetchTransport((...args: Parameters<typeof fetch>) => fetch(...args));
  return (x) => (x.url.startsWith('https:') ? https(x) : plain(x));
}
