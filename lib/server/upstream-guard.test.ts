import { describe, expect, it, vi } from 'vitest';
import { PrometheusClient } from '@/lib/prometheus/client';
import { TransportError, type Exchange, type ExchangeResult } from '@/lib/prometheus/transport';
import { guardTransport } from './upstream-guard';

const OK = '{"status":"success","data":{"resultType":"vector","result":[]}}';
const protection = { cacheSeconds: 15, maxConcurrentPerCluster: 2, maxQueuePerCluster: 5 };
const exchange = (query: string): Exchange => ({ url: 'http://p/api/v1/query', method: 'POST', headers: {}, body: `query=${query}`, timeoutMs: 1000 });

function slowInner(answer: (x: Exchange, call: number) => ExchangeResult | Error, delayMs = 20) {
  const calls: string[] = [];
  let running = 0;
  let maxRunning = 0;
  const inner = async (x: Exchange): Promise<ExchangeResult> => {
    calls.push(x.body ?? '');
    running++;
    maxRunning = Math.max(maxRunning, running);
    await new Promise((r) => setTimeout(r, delayMs));
    running--;
    const a = answer(x, calls.length);
    if (a instanceof Error) throw a;
    return a;
  };
  return { inner, calls, maxRunning: () => maxRunning };
}

describe('upstream guard', () => {
  it('sends 200 identical concurrent requests once and answers all of them', async () => {
    const up = slowInner(() => ({ status: 200, text: OK }));
    const g = guardTransport('c', up.inner, protection);
    const answers = await Promise.all(Array.from({ length: 200 }, () => g.transport(exchange('up'))));
    expect(up.calls).toHaveLength(1);
    expect(answers.every((a) => a.text === OK)).toBe(true);
  });

  it('parses an answer once, however many readers share it (coalesced and cached)', async () => {
    const body = '{"status":"success","data":{"resultType":"vector","result":[{"metric":{"pod":"a"},"value":[10,"5"]}]}}';
    const up = slowInner(() => ({ status: 200, text: body }));
    const client = new PrometheusClient({ baseUrl: 'http://p', transport: guardTransport('c', up.inner, protection).transport });
    const parse = vi.spyOn(JSON, 'parse');
    try {
      const answers = await Promise.all(Array.from({ length: 20 }, () => client.query('up', 10)));
      answers.push(await client.query('up', 10));
      expect(up.calls).toHaveLength(1);
      expect(answers.map((a) => a.series)).toEqual(Array.from({ length: 21 }, () => [{ labels: { pod: 'a' }, points: [[10, 5]] }]));
      expect(parse.mock.calls.filter(([text]) => text === body)).toHaveLength(1);
    } finally {
      parse.mockRestore();
    }
  });

  it('does not reuse a truncated success', async () => {
    let text = '{"status":"success","data":{"resultType":"vector","result":[';
    const up = slowInner(() => ({ status: 200, text }), 1);
    const g = guardTransport('c', up.inner, protection);
    await g.transport(exchange('t'));
    text = OK;
    expect((await g.transport(exchange('t'))).text).toBe(OK);
    expect(up.calls).toHaveLength(2);
  });

  it('reuses a success for the cache time, but never an error', async () => {
    let status = 500;
    const up = slowInner(() => ({ status, text: status === 200 ? OK : 'oops' }), 1);
    const g = guardTransport('c', up.inner, { ...protection, cacheSeconds: 0.2 });
    expect((await g.transport(exchange('a'))).status).toBe(500);
    status = 200;
    expect((await g.transport(exchange('a'))).status).toBe(200);
    expect((await g.transport(exchange('a'))).status).toBe(200);
    expect(up.calls).toHaveLength(2);
    await new Promise((r) => setTimeout(r, 300));
    await g.transport(exchange('a'));
    expect(up.calls).toHaveLength(3);
  });

  it('runs at most maxConcurrentPerCluster at once, queues the rest and refuses past the queue', async () => {
    const up = slowInner(() => ({ status: 200, text: OK }));
    const g = guardTransport('c', up.inner, protection);
    const results = await Promise.allSettled(Array.from({ length: 10 }, (_, i) => g.transport(exchange(`q${i}`))));
    expect(up.maxRunning()).toBe(2);
    // 2 running + 5 queued are answered; the other 3 are refused without reaching upstream.
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(7);
    expect(results.filter((r) => r.status === 'rejected').map((r) => (r.reason as { code: string }).code)).toEqual([
      'upstream_overloaded',
      'upstream_overloaded',
      'upstream_overloaded',
    ]);
    expect(up.calls).toHaveLength(7);
  });

  it('retries a connection error once, and neither a timeout nor an HTTP error', async () => {
    const flaky = slowInner((_x, call) => (call === 1 ? new TransportError('connection', 'ECONNRESET') : { status: 200, text: OK }), 1);
    expect((await guardTransport('c', flaky.inner, protection).transport(exchange('r'))).status).toBe(200);
    expect(flaky.calls).toHaveLength(2);

    const down = slowInner(() => new TransportError('connection', 'ECONNREFUSED'), 1);
    await expect(guardTransport('c', down.inner, protection).transport(exchange('r'))).rejects.toMatchObject({ kind: 'connection' });
    expect(down.calls).toHaveLength(2);

    const slow = slowInner(() => new TransportError('timeout', 'no answer'), 1);
    await expect(guardTransport('c', slow.inner, protection).transport(exchange('r'))).rejects.toMatchObject({ kind: 'timeout' });
    expect(slow.calls).toHaveLength(1);

    const failing = slowInner(() => ({ status: 503, text: 'busy' }), 1);
    expect((await guardTransport('c', failing.inner, protection).transport(exchange('r'))).status).toBe(503);
    expect(failing.calls).toHaveLength(1);
  });
});
