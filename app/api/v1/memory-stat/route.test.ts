import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { memoryStatAnalysisSchema } from '@/lib/api/memory-stat';
import { POST } from './route';
import { realFixture } from '@/lib/testing/real-fixtures';

const V1 = readFileSync(realFixture('elastic__elastic-agent-system-metrics', 'memory.stat'), 'utf8');
const V2 = readFileSync(realFixture('influxdata__telegraf', 'memory.stat'), 'utf8');

function post(query: string, body: BodyInit | null, headers: Record<string, string> = {}): Promise<Response> {
  const init: RequestInit & { duplex?: 'half' } = { method: 'POST', body, headers: { 'content-type': 'text/plain', ...headers } };
  if (body instanceof ReadableStream) init.duplex = 'half';
  return POST(new Request(`http://podmem.test/api/v1/memory-stat${query}`, init));
}

async function errorOf(res: Response): Promise<{ code: string; message: string }> {
  const body = (await res.json()) as { error: { code: string; message: string } };
  return body.error;
}

describe('POST /api/v1/memory-stat', () => {
  it('200: cgroup v1 with usage; the limit comes from hierarchical_memory_limit', async () => {
    const res = await post('?usageBytes=1215860736', V1);
    expect(res.status).toBe(200);
    const body = memoryStatAnalysisSchema.parse(await res.json());
    expect([body.cgroupVersion, body.workingSet, body.limitBytes, body.usageSource]).toEqual([1, 1137303552, 2147483648, 'given']);
    expect(body.verdict).toMatch(/^The platform is right: working set 1,084\.6 MiB \(53 % of the 2,048 MiB limit\)/);
    // v1's memory.stat says only shmem (total_shmem 0); slab lives in memory.kmem.*, so the rest is unknown.
    expect(body.otherParts).toEqual({ slabReclaimable: null, slabUnreclaimable: null, kernelStack: null, shmem: 0, rest: null });
  });

  it('200: cgroup v2 in Chinese, limit "max" = none, sizes as quantities', async () => {
    const res = await post('?usageBytes=13071106048&limitBytes=max&lang=zh', V2);
    const body = memoryStatAnalysisSchema.parse(await res.json());
    expect([body.workingSet, body.limitBytes, body.limitSource, body.verdictKind]).toEqual([10135646208, null, 'none', 'no-limit']);
    expect(body.verdict).toMatch(/^没有设置内存限制：工作集 9,666\.1 MiB = /);
    expect(body.other).toBe(2066489344);
    expect(body.otherParts).toEqual({ slabReclaimable: 2032322192, slabUnreclaimable: 5318968, kernelStack: 9699328, shmem: 4096, rest: 19144760 });
    expect(body.verdict).toMatch(/其他 1,970\.8 MiB 中，内核仍可回收最多 1,938\.2 MiB：可回收 slab（dentry、inode），在内存压力下释放。$/);
    const quantity = memoryStatAnalysisSchema.parse(await (await post('?limitBytes=96Gi', V2)).json());
    expect(quantity.limitBytes).toBe(103079215104);
  });

  it.each([['0'], ['4611686018427387904'], ['9223372036854771712']])('limitBytes=%s is no limit', async (limit) => {
    const body = memoryStatAnalysisSchema.parse(await (await post(`?limitBytes=${limit}`, V1)).json());
    expect([body.limitBytes, body.limitSource]).toEqual([null, 'none']);
  });

  it('takes the language from Accept-Language and the cookie', async () => {
    const byHeader = memoryStatAnalysisSchema.parse(await (await post('', V1, { 'accept-language': 'zh-CN,zh;q=0.9' })).json());
    expect(byHeader.verdict.startsWith('平台没有算错')).toBe(true);
    const byCookie = memoryStatAnalysisSchema.parse(await (await post('', V1, { cookie: 'a=b; podmem_lang=zh' })).json());
    expect(byCookie.verdict.startsWith('平台没有算错')).toBe(true);
  });

  it('400 names the offending line', async () => {
    const lines = V1.split('\n');
    lines[6] = 'rss 12ab';
    const res = await post('', lines.join('\n'));
    expect(res.status).toBe(400);
    expect(await errorOf(res)).toEqual({ code: 'bad_request', message: 'line 7: "rss 12ab" is not "<key> <integer>"' });
    const zh = await post('?lang=zh', 'anon 1\nfile x');
    expect((await errorOf(zh)).message).toBe('第 2 行："file x" 不是 "<key> <integer>" 格式');
  });

  it('400 for an empty body and for text that is not memory.stat', async () => {
    expect(await errorOf(await post('', ''))).toEqual({ code: 'bad_request', message: 'The input is empty: paste the output of `cat memory.stat`.' });
    expect((await errorOf(await post('', 'pgfault 12\n'))).message).toMatch(/^neither cgroup v1 keys/);
  });

  it.each([
    ['usageBytes=12ab', 'usageBytes "12ab" must be a whole number of bytes or a size like 256Mi'],
    ['limitBytes=-5', 'limitBytes "-5" must be a whole number of bytes or a size like 256Mi, "max"'],
    ['usageBytes=max', 'usageBytes "max" must be a whole number of bytes or a size like 256Mi'],
    ['usageBytes=%20%0A', 'usageBytes " \\n" must be a whole number of bytes or a size like 256Mi'],
  ])('400 for %s names the parameter', async (query, message) => {
    const res = await post(`?${query}`, V1);
    expect(res.status).toBe(400);
    expect(await errorOf(res)).toEqual({ code: 'bad_request', message });
  });

  it('400 for a body that is not UTF-8', async () => {
    const res = await post('', new Uint8Array([0x61, 0x6e, 0x6f, 0x6e, 0x20, 0xff, 0xfe]));
    expect(await errorOf(res)).toEqual({ code: 'bad_request', message: 'the body is not UTF-8 text' });
  });

  it('413 by content-length, before reading the body', async () => {
    const res = await post('', 'anon 1\n', { 'content-length': String(64 * 1024 + 1) });
    expect(res.status).toBe(413);
    expect(await errorOf(res)).toEqual({ code: 'payload_too_large', message: 'the body is larger than 64 KiB; memory.stat is about 1 KiB' });
  });

  it('413 for a body one byte over 64 KiB', async () => {
    const res = await post('', 'x'.repeat(64 * 1024 + 1));
    expect(res.status).toBe(413);
  });

  it('413 by the bytes read when the stream has no length', async () => {
    const chunk = new TextEncoder().encode('anon 1\n'.repeat(1024)); // 7 KiB
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent++ < 10) controller.enqueue(chunk);
        else controller.close();
      },
    });
    const res = await post('', stream);
    expect(res.status).toBe(413);
  });

  it('accepts exactly 64 KiB', async () => {
    const padded = `${V2}${'\n'.repeat(64 * 1024 - new TextEncoder().encode(V2).byteLength)}`;
    const res = await post('?usageBytes=13071106048', padded);
    expect(res.status).toBe(200);
  });
});
