import { readFileSync } from 'node:fs';
import { realFixture } from '../lib/testing/real-fixtures';
import { DEMO_PODS, demoWindow } from './demo-model';
import { expect, test } from './fixtures';
import { watched } from './proxy-control';

/**
 * Fuzzing every API route and parameter with generated hostile values: only 4xx JSON errors may come
 * back, and a recording proxy in front of the real engine must see no query carrying unescaped input.
 */

const SEEDS = [
  '"',
  "'",
  '`',
  '{',
  '}',
  '{}',
  '\\',
  '\\"',
  '\\\\',
  '\n',
  '\r\n',
  '\t',
  '\u0000',
  '=~".*"',
  '!~""',
  '=~".+"',
  '"} or vector(1) or {a="',
  '",namespace=~".+',
  '"}[5m]) or up{',
  ')',
  '(',
  '[',
  ']',
  '|',
  '.*',
  '$',
  '${x}',
  '#',
  ';',
  '%00',
  '%22',
  '%7B',
  '%0a',
  '../',
  '../../etc/passwd',
  '..%2f..%2f',
  '/',
  '//',
  '\\..\\..',
  '%2e%2e',
  '?',
  '&',
  '=',
  '+',
  'ＤＥＭＯ',
  'démo',
  '😀',
  '\u202e',
  'ß',
  'İ',
  '\ufeff',
  '\u2028',
  '中文',
  'Ω',
  '1e308',
  '-1e308',
  'NaN',
  'Infinity',
  '-Infinity',
  '-1',
  '0x1f',
  '1_000',
  '99999999999999999999999',
  '1.7976931348623157e309',
  '<script>alert(1)</script>',
  '"><img src=x>',
  'null',
  'undefined',
  '[]',
  '__proto__',
  'constructor',
  ' ',
  'a b',
  'A',
];

/** A small deterministic PRNG (mulberry32), so a failure names a value that reproduces. */
function rng(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** At least `n` distinct hostile values: the seeds, their pairings around a plausible name, huge numbers, over-long values. */
export function hostileValues(n: number): string[] {
  const out = new Set<string>(SEEDS);
  const r = rng(20261201);
  const pick = () => SEEDS[Math.floor(r() * SEEDS.length)] ?? '';
  const names = ['demo', 'web', 'kube-system', DEMO_PODS[0]?.pod ?? 'x'];
  while (out.size < n) {
    const name = names[Math.floor(r() * names.length)] ?? 'demo';
    switch (Math.floor(r() * 7)) {
      case 0:
        out.add(`${name}${pick()}`);
        break;
      case 1:
        out.add(`${pick()}${name}`);
        break;
      case 2:
        out.add(`${name}${pick()}${pick()}${name}`);
        break;
      case 3:
        out.add(`${pick()}${pick()}${pick()}`);
        break;
      // Huge numbers: 17 digits and more, past 2^53 − 1 (a 16-digit byte count can be a valid size).
      case 4:
        out.add(`${Math.floor(r() * 9) + 1}${'9'.repeat(16 + Math.floor(r() * 300))}`);
        break;
      // Over-long, yet under Node's 16 KiB header limit once percent-encoded (past it Node itself answers 431).
      case 5:
        out.add(`${name}${pick()}`.repeat(2 + Math.floor(r() * 400)).slice(0, 1500 + Math.floor(r() * 1500)));
        break;
      default:
        out.add(`${name}-${pick()}-${Math.floor(r() * 1e6)}`);
        break;
    }
  }
  return [...out].slice(0, n);
}

const K8S_NAME = /^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$/;
/** Search's matcher as it appears in query text: `.*`, letters, digits, `-` and `\\.` (an escaped dot), `.*`. */
const SEARCH_REGEX = /^\.\*(?:[a-z0-9-]|\\\\\.)*\.\*$/;
/** A query's shape: every string literal blanked, every number zeroed (times and steps vary; input may only fill literals). */
const skeleton = (query: string) => query.replace(/"(?:[^"\\]|\\.)*"/g, '""').replace(/\d+(\.\d+)?/g, '0');

async function pool<T>(items: readonly T[], size: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: size }, async () => {
      for (let i = next++; i < items.length; i = next++) await work(items[i] as T);
    }),
  );
}

test.describe('hostile input', () => {
  test('2,000 hostile values in every route and parameter: only 4xx JSON, nothing unescaped upstream', async ({ request }) => {
    test.setTimeout(600_000);
    const values = hostileValues(2000);
    expect(new Set(values).size).toBe(2000);
    const { start, end } = demoWindow();
    const pod = DEMO_PODS[0]?.pod ?? '';
    const memoryStat = readFileSync(realFixture('influxdata__telegraf', 'memory.stat'), 'utf8');
    const enc = encodeURIComponent;
    const q = (params: Record<string, string>) => new URLSearchParams(params).toString();
    type Make = (v: string) => { method: 'GET' | 'POST'; path: string };
    const podPath = `/api/v1/clusters/watched/namespaces/demo/pods/${pod}`;
    const range = { start: String(start), end: String(end) };
    /** A value this parameter may accept (it then answers 2xx): only these are not required to be refused. */
    const searchFragment = (v: string) =>
      /^[a-z0-9.-]*(\/[a-z0-9.-]*)?$/.test(v.trim().toLowerCase()) && v.trim() !== '' && v.trim() !== '/' && v.trim().length <= 253;
    const k8sName = (v: string) => K8S_NAME.test(v) && v.length <= 63;
    const targets: Array<[string, Make, ((v: string) => boolean)?]> = [
      ['cluster (path)', (v) => ({ method: 'GET', path: `/api/v1/clusters/${enc(v)}` })],
      ['cluster (namespaces path)', (v) => ({ method: 'GET', path: `/api/v1/clusters/${enc(v)}/namespaces` })],
      ['namespace (path)', (v) => ({ method: 'GET', path: `/api/v1/clusters/watched/namespaces/${enc(v)}/pods` })],
      ['at', (v) => ({ method: 'GET', path: `/api/v1/clusters/watched/namespaces/demo/pods?${q({ at: v })}` })],
      ['pod (path)', (v) => ({ method: 'GET', path: `/api/v1/clusters/watched/namespaces/demo/pods/${enc(v)}/memory?${q(range)}` })],
      ['start', (v) => ({ method: 'GET', path: `${podPath}/memory?${q({ start: v, end: String(end) })}` })],
      ['end', (v) => ({ method: 'GET', path: `${podPath}/memory?${q({ start: String(start), end: v })}` })],
      ['step', (v) => ({ method: 'GET', path: `${podPath}/memory?${q({ ...range, step: v })}` })],
      ['usageBytes', (v) => ({ method: 'POST', path: `/api/v1/memory-stat?${q({ usageBytes: v })}` })],
      ['limitBytes', (v) => ({ method: 'POST', path: `/api/v1/memory-stat?${q({ limitBytes: v })}` })],
      ['lang', (v) => ({ method: 'POST', path: `/api/v1/memory-stat?${q({ lang: v })}` })],
      ['q (search)', (v) => ({ method: 'GET', path: `/api/v1/clusters/watched/search?${q({ q: v })}` }), searchFragment],
      ['headroom (pod sizing)', (v) => ({ method: 'GET', path: `${podPath}/sizing?${q({ ...range, headroom: v })}` })],
      ['cache (namespace sizing)', (v) => ({ method: 'GET', path: `/api/v1/clusters/watched/namespaces/demo/sizing?${q({ ...range, cache: v })}` })],
      ['start (oom)', (v) => ({ method: 'GET', path: `${podPath}/oom?${q({ start: v, end: String(end) })}` })],
      ['at (summary.md)', (v) => ({ method: 'GET', path: `${podPath}/summary.md?${q({ ...range, at: v })}` })],
      ['lang (summary.md)', (v) => ({ method: 'GET', path: `${podPath}/summary.md?${q({ ...range, lang: v })}` })],
      ['step (memory.csv)', (v) => ({ method: 'GET', path: `${podPath}/memory.csv?${q({ ...range, step: v })}` })],
      ['at (card.png)', (v) => ({ method: 'GET', path: `${podPath}/card.png?${q({ ...range, at: v })}` })],
      ['candidate (alert rule)', (v) => ({ method: 'GET', path: `/api/v1/alert-rule?${q({ candidate: v, namespace: 'demo', threshold: '0.9' })}` })],
      ['namespace (alert rule)', (v) => ({ method: 'GET', path: `/api/v1/alert-rule?${q({ candidate: 'rss', namespace: v, threshold: '0.9' })}` }), k8sName],
      ['threshold (alert rule)', (v) => ({ method: 'GET', path: `/api/v1/alert-rule?${q({ candidate: 'rss', namespace: 'demo', threshold: v })}` })],
    ];
    await watched.reset();
    // A baseline of valid requests to every route that queries the engine: the query shapes input may produce.
    for (const path of [
      `/api/v1/clusters/watched/namespaces`,
      `/api/v1/clusters/watched/namespaces/demo/pods`,
      `${podPath}/memory?${q(range)}`,
      `${podPath}/sizing?${q(range)}`,
      `${podPath}/oom?${q(range)}`,
      `/api/v1/clusters/watched/namespaces/demo/sizing?${q(range)}`,
      // Fragments nothing else asked for (search answers are cached briefly): a name, and namespace/pod.
      `/api/v1/clusters/watched/search?${q({ q: `base-${Date.now()}` })}`,
      `/api/v1/clusters/watched/search?${q({ q: `demo/base-${Date.now()}` })}`,
    ]) {
      const res = await fetch(new URL(path, process.env.E2E_BASE_URL ?? 'http://127.0.0.1:3000'));
      expect(res.status, path).toBe(200);
      await res.arrayBuffer();
    }
    const baselineLog = await watched.log();
    const baselineCount = baselineLog.length;
    const baseline = new Set(baselineLog.flatMap((r) => r.queries.map(skeleton)));
    const failures: string[] = [];
    let sent = 0;
    let resent = 0;
    const base = process.env.E2E_BASE_URL ?? 'http://127.0.0.1:3000';
    // Node's own fetch (kept-alive sockets), not the browser's request context: 40,000 requests in minutes.
    const send = async (name: string, v: string, make: Make, valid?: (v: string) => boolean) => {
      const { method, path } = make(v);
      const once = () => fetch(new URL(path, base), method === 'GET' ? {} : { method, body: memoryStat, headers: { 'content-type': 'text/plain' } });
      // A kept-alive socket the server closed just as the client reused it is the client's race, not an answer: send again once.
      const res = await once().catch(async (err: unknown) => {
        if (!/ECONNRESET|socket hang up|other side closed/.test(String((err as { cause?: unknown }).cause ?? err))) throw err;
        resent++;
        return once();
      });
      sent++;
      const status = res.status;
      const type = res.headers.get('content-type') ?? '';
      const text = await res.text();
      if (valid?.(v) && status >= 200 && status < 300) return;
      let code: unknown = null;
      try {
        code = (JSON.parse(text) as { error?: { code?: unknown } }).error?.code;
      } catch {
        code = null;
      }
      if (status < 400 || status > 499 || !type.includes('application/json') || typeof code !== 'string') {
        failures.push(`${name}=${JSON.stringify(v.slice(0, 80))}: HTTP ${status} ${type} ${String(code)}`);
      }
    };
    const jobs = targets.flatMap(([name, make, valid]) => values.map((v) => [name, v, make, valid] as const));
    await pool(jobs, 8, ([name, v, make, valid]) => send(name, v, make, valid));
    console.log(
      `hostile input: ${sent} requests (${values.length} values × ${targets.length} parameters; ${resent} resent after a kept-alive socket reset), ${failures.length} not answered with a 4xx JSON error`,
    );
    expect((await request.get('/api/healthz')).status()).toBe(200);
    expect(failures.slice(0, 20)).toEqual([]);

    const upstream = await watched.log();
    const problems: string[] = [];
    // Input may only ever fill a string literal: with every literal blanked and every number zeroed, each
    // query must have the shape of one a valid request produced (the baseline above), or of capability
    // detection (built from Prometheus' own namespace list, refreshed in the background).
    const detection = /^(label_replace\()?count by \(__name__, job, metrics_path\)/;
    for (const r of upstream.slice(baselineCount)) {
      for (const query of r.queries) {
        if (!baseline.has(skeleton(query)) && !detection.test(query)) problems.push(`a query shape no valid request makes: ${query.slice(0, 200)}`);
        for (const m of query.matchAll(/\b(namespace|pod)(=~|=)"((?:[^"\\]|\\.)*)"/g)) {
          const value = m[3] ?? '';
          // `=` takes a Kubernetes name; `=~` only search's `.*<fragment>.*`, the fragment's dots escaped.
          const ok = m[2] === '=' ? K8S_NAME.test(value) : SEARCH_REGEX.test(value);
          if (!ok) problems.push(`${m[1]}${m[2]}"${value.slice(0, 60)}" in ${query.slice(0, 200)}`);
        }
      }
    }
    console.log(
      `hostile input: ${upstream.length - baselineCount} requests reached the engine, each shaped like a valid request's, with valid Kubernetes names only`,
    );
    expect(problems.slice(0, 20)).toEqual([]);
  });

  test("a URL past Node's header limit is refused before podmem, and the server keeps serving", async ({ request }) => {
    const huge = `/api/v1/clusters/${'a'.repeat(40_000)}`;
    const status = await fetch(new URL(huge, process.env.E2E_BASE_URL)).then(
      (r) => r.status,
      () => 0,
    );
    expect([0, 431]).toContain(status);
    expect((await request.get('/api/healthz')).status()).toBe(200);
  });
});
