import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PrometheusClient } from './client';
import { clusterTransport } from './transport';

interface Seen {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
}

const seen: Seen[] = [];
let answer: { status: number; body: string } = { status: 200, body: '' };
const server = createServer((req, res) => {
  let body = '';
  req.on('data', (c: Buffer) => (body += c.toString()));
  req.on('end', () => {
    seen.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body });
    res.writeHead(answer.status, { 'content-type': 'application/json' }).end(answer.body.replace('ECHO', String(req.headers.authorization)));
  });
});
let base = '';
const dir = mkdtempSync(join(tmpdir(), 'podmem-auth-'));

beforeAll(async () => {
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const addr = server.address();
  base = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`;
});
afterAll(() => server.close());

const VECTOR = JSON.stringify({ status: 'success', data: { resultType: 'vector', result: [] } });

describe('PrometheusClient authentication', () => {
  it('reads the bearer token file at each request, so a rotated token is used without a restart', async () => {
    const tokenFile = join(dir, 'token');
    writeFileSync(tokenFile, 'first-token\n');
    answer = { status: 200, body: VECTOR };
    const c = new PrometheusClient({
      baseUrl: base,
      auth: { bearerTokenFile: tokenFile },
      headers: { 'X-Scope-OrgID': 'team-a' },
      queryParams: { partial_response: 'true', dedup: 'true' },
      transport: clusterTransport(),
    });
    seen.length = 0;
    await c.query('up');
    writeFileSync(tokenFile, 'second-token\n');
    await c.labelValues('namespace', ['up'], { start: 1, end: 2 });
    expect(seen.map((s) => s.headers.authorization)).toEqual(['Bearer first-token', 'Bearer second-token']);
    expect(seen.map((s) => s.headers['x-scope-orgid'])).toEqual(['team-a', 'team-a']);
    expect(new URLSearchParams(seen[0]?.body).get('partial_response')).toBe('true');
    expect(new URLSearchParams(seen[0]?.body).get('dedup')).toBe('true');
    expect(new URL(seen[1]?.url ?? '', base).searchParams.get('partial_response')).toBe('true');
  });

  it('sends basic auth from the password file', async () => {
    const passwordFile = join(dir, 'password');
    writeFileSync(passwordFile, 's3cret-pw\n');
    answer = { status: 200, body: VECTOR };
    const c = new PrometheusClient({ baseUrl: base, auth: { basicAuth: { username: 'podmem', passwordFile } }, transport: clusterTransport() });
    seen.length = 0;
    await c.query('up');
    expect(seen[0]?.headers.authorization).toBe(`Basic ${Buffer.from('podmem:s3cret-pw').toString('base64')}`);
  });

  it('maps a refusal to upstream_unauthorized, a missing secret file to a message with its path only, and never repeats a secret a gateway echoes', async () => {
    const tokenFile = join(dir, 'token2');
    writeFileSync(tokenFile, 'planted-secret-4242');
    const c = new PrometheusClient({ baseUrl: base, auth: { bearerTokenFile: tokenFile }, transport: clusterTransport() });
    answer = { status: 401, body: 'no' };
    await expect(c.query('up')).rejects.toMatchObject({ code: 'upstream_unauthorized', status: 502 });
    answer = { status: 500, body: '{"status":"error","errorType":"internal","error":"bad header ECHO"}' };
    const err = (await c.query('up').catch((e: unknown) => e)) as Error;
    expect(err.message).toBe('Prometheus error (internal): bad header Bearer [redacted]');
    const missing = new PrometheusClient({ baseUrl: base, auth: { bearerTokenFile: join(dir, 'absent') }, transport: clusterTransport() });
    await expect(missing.query('up')).rejects.toThrow(`cannot read the bearer token file ${join(dir, 'absent')} (ENOENT)`);
  });

  it('surfaces Prometheus warnings and infos and VictoriaMetrics isPartial as warnings', async () => {
    answer = {
      status: 200,
      body: JSON.stringify({
        status: 'success',
        data: { resultType: 'vector', result: [] },
        warnings: ['store down'],
        infos: ['metric might not be a counter'],
        isPartial: true,
      }),
    };
    const r = await new PrometheusClient({ baseUrl: base, transport: clusterTransport() }).query('up');
    expect(r.warnings).toEqual(['store down', 'info: metric might not be a counter', 'Partial response: some stores or nodes did not answer']);
  });
});
