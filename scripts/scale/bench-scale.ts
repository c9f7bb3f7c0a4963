/**
 * `npm run bench -- --scale [--pods N] [--runs N]`: podmem at scale. Builds the data set (default 5,000
 * pods × 2 containers in one namespace plus 2,500 elsewhere, about 300,000 series) in a real Prometheus
 * scraping a generator, plus a tenth of it in a second Prometheus for the "pod view at 500 vs 5,000
 * pods" row, and prints every row of issue "fast at scale": podmem beside Prometheus' own time for the
 * very queries podmem sent (recorded by a proxy, replayed straight to Prometheus in the same run), bytes
 * on the wire, browser timings (Playwright, Debian's Chromium) and first-load JavaScript per page.
 * Medians; ratios are podmem / Prometheus in the same run. Prints numbers only, asserts none.
 *
 * Prometheus scrapes for `--history` minutes (default 16) before anything is measured, so the pod
 * view's 15-minute range is full. Every API measurement asks for the same instant or range, just behind
 * the newest scrape, and podmem runs with its answer cache off (`protection.cacheSeconds: 0`): each run
 * does the whole work, as the first person to open a link does.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildNext, startNext, type NextHandle } from '../lib/next-server';
import { freePort } from '../lib/system';
import { measureBrowser } from './browser';
import { measureBundles } from './bundles';
import { SCALE_NAMESPACE } from './dataset';
import { kib, median, ms, replay, replayInOrder, startRecorder, timedGet, type Recorder } from './measure';
import { reuseScaleStack, startScaleStack, type ScaleStack } from './stack';

const DIST_DIR = process.env.PODMEM_DIST_DIR ?? '.next-bench';

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  const v = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  if (!Number.isInteger(v) || v <= 0) throw new Error(`${name} takes a positive integer`);
  return v;
}

interface Row {
  what: string;
  podmem: string;
  prometheus: string;
  ratio: string;
  target: string;
}

const rows: Row[] = [];
function row(what: string, podmem: string, prometheus: string, ratio: string, target: string): void {
  rows.push({ what, podmem, prometheus, ratio, target });
  console.log(`  ${what}: podmem ${podmem} | Prometheus ${prometheus} | ${ratio} | target ${target}`);
}

interface Compared {
  podmem: number[];
  prom: number[];
  wire: number;
  bytes: number;
  upstreamBytes: number;
  upstreamQueries: number;
}

/**
 * Each run: the API call once through the recording cluster (learns the upstream requests for these very
 * parameters), then timed on the direct cluster and the same requests replayed straight to Prometheus,
 * in alternating order. podmem's answer cache is off, so no run is served from an earlier one.
 */
async function compare(
  next: NextHandle,
  recorder: Recorder,
  promUrl: string,
  direct: string,
  runs: number,
  path: (cluster: string) => string,
): Promise<Compared> {
  const out: Compared = { podmem: [], prom: [], wire: 0, bytes: 0, upstreamBytes: 0, upstreamQueries: 0 };
  for (let i = 0; i < runs; i++) {
    recorder.take();
    const rec = await timedGet(`${next.url}${path('rec')}`);
    if (rec.status !== 200) throw new Error(`${path('rec')} answered ${rec.status}: ${rec.body.slice(0, 300)}`);
    const { requests, bytes } = recorder.take();
    out.upstreamBytes = bytes;
    out.upstreamQueries = requests.length;
    const timePodmem = async () => {
      const r = await timedGet(`${next.url}${path(direct)}`);
      if (r.status !== 200) throw new Error(`${path(direct)} answered ${r.status}`);
      out.podmem.push(r.ms);
      out.wire = r.wireBytes;
      out.bytes = r.bytes;
    };
    const timeProm = async () => out.prom.push(await replay(promUrl, requests));
    if (i % 2) {
      await timeProm();
      await timePodmem();
    } else {
      await timePodmem();
      await timeProm();
    }
  }
  return out;
}

const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`;
const status = (r: { ms: number; status: number }) => (r.status === 200 ? ms(r.ms) : `HTTP ${r.status} after ${ms(r.ms)}`);

/** Runs the whole scale bench and prints its table. */
export async function runScaleBench(): Promise<void> {
  const pods = arg('--pods', 5000);
  const runs = arg('--runs', 7);
  const historyMinutes = arg('--history', 16);
  const work = join(process.cwd(), '.bench-scale');
  if (process.env.PODMEM_SKIP_BUILD !== '1') buildNext({ PODMEM_DIST_DIR: DIST_DIR });
  const stacks: ScaleStack[] = [];
  let next: NextHandle | null = null;
  let recorder: Recorder | null = null;
  const stopAll = async () => {
    recorder?.close();
    await next?.stop();
    for (const s of stacks) await s.stop();
  };
  // Ctrl-C or a timeout must not leave a 2 GB Prometheus behind.
  const onSignal = () => void stopAll().finally(() => process.exit(130));
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    // PODMEM_SCALE_PROMETHEUS reuses a Prometheus that already holds this data set (same --pods), e.g. to iterate.
    const reuse = process.env.PODMEM_SCALE_PROMETHEUS;
    const loadStart = Date.now();
    const [big, small] = await Promise.all([
      reuse ? reuseScaleStack(reuse, pods) : startScaleStack(join(work, 'big'), pods),
      startScaleStack(join(work, 'small'), Math.max(1, Math.round(pods / 10))),
    ]);
    stacks.push(big, small);
    // The pod view's 15-minute range must be full of data, as on a cluster that has been scraped for long.
    for (let left = loadStart + historyMinutes * 60_000 - Date.now(); left > 0 && !reuse; left = loadStart + historyMinutes * 60_000 - Date.now()) {
      console.log(`scraping for ${historyMinutes} min of history before measuring: ${Math.ceil(left / 60_000)} min left`);
      await new Promise((r) => setTimeout(r, Math.min(left, 60_000)));
    }
    recorder = await startRecorder(big.prometheus.url);
    mkdirSync(work, { recursive: true });
    const configFile = join(work, 'podmem.yaml');
    const serve = async (clusters: ReadonlyArray<readonly [string, string]>): Promise<NextHandle> => {
      writeFileSync(
        configFile,
        [
          '# Written by the scale bench: the answer cache is off, so each run does the whole work.',
          'protection: { cacheSeconds: 0 }',
          'clusters:',
          ...clusters.map(([id, url]) => `  - { id: ${id}, prometheus: { url: ${url} } }`),
          '',
        ].join('\n'),
      );
      const env = { PODMEM_DIST_DIR: DIST_DIR, PODMEM_CONFIG: configFile, PODMEM_CLUSTERS: '', PROMETHEUS_URL: '' };
      return startNext(await freePort(), env, join(work, 'next.log'), '127.0.0.1');
    };

    // Every measurement asks for the same instant (or the range ending there): two scrapes behind the newest.
    const now = Math.floor(Date.now() / 1000 / 15) * 15 - 30;
    const nsPath = (c: string) => `/api/v1/clusters/${c}/namespaces/${SCALE_NAMESPACE}/pods?at=${now}`;

    // First open after a restart, as deployed (one cluster per Prometheus): detection starts with the
    // server; the first namespace view waits for what is left of it, the second does not.
    recorder.take();
    next = await serve([['rec', recorder.url]]);
    const first = await timedGet(`${next.url}${nsPath('rec')}`);
    const firstRequests = recorder.take().requests;
    const second = await timedGet(`${next.url}${nsPath('rec')}`);
    const viewRequests = recorder.take().requests.length;
    const caps = JSON.parse((await timedGet(`${next.url}/api/v1/clusters/rec`)).body) as { detectionMs?: number; sampleNamespace?: string | null };
    await next.stop();
    // The view's queries wait for the selectors detection finds: they are the last ones of the first view.
    const detection = firstRequests.slice(0, firstRequests.length - viewRequests);
    const detectionProm: number[] = [];
    for (let i = 0; i < runs; i++) detectionProm.push(await replayInOrder(big.prometheus.url, detection));

    next = await serve([
      ['scale', big.prometheus.url],
      ['rec', recorder.url],
      ['small', small.prometheus.url],
    ]);
    // Start-up detection of all three, out of the way before anything is timed.
    for (const c of ['scale', 'rec', 'small']) await timedGet(`${next.url}/api/v1/clusters/${c}`);
    recorder.take();
    console.log(
      `\npodmem at scale: ${pods} pods in namespace ${SCALE_NAMESPACE} (+${Math.floor(pods / 2)} elsewhere), ${big.series} series; medians of ${runs} runs\n`,
    );
    row(
      `capability detection (${detection.length} upstream requests${caps.sampleNamespace ? `, sampled namespace ${caps.sampleNamespace}` : ''})`,
      `${caps.detectionMs !== undefined ? `${ms(caps.detectionMs)} at start-up; ` : ''}first namespace view after a restart ${status(first)} vs next ${status(second)}`,
      `the same requests replayed: ${ms(median(detectionProm))}`,
      caps.detectionMs !== undefined ? ratio(caps.detectionMs, median(detectionProm)) : '—',
      '≤ 300 ms, never awaited twice',
    );

    const ns = await compare(next, recorder, big.prometheus.url, 'scale', runs, nsPath);
    row(
      `namespace API (${pods} pods, ${ns.upstreamQueries} upstream queries)`,
      `${ms(median(ns.podmem))}; ${kib(ns.bytes)} JSON, ${kib(ns.wire)} on the wire; ${kib(ns.upstreamBytes)} read from Prometheus`,
      ms(median(ns.prom)),
      ratio(median(ns.podmem), median(ns.prom)),
      '≤ 1.3×',
    );

    const target = big.pods.find((p) => p.namespace === SCALE_NAMESPACE && p.containers.every((c) => c.limit > 0)) ?? big.pods[0];
    const smallTarget = small.pods.find((p) => p.namespace === SCALE_NAMESPACE && p.containers.every((c) => c.limit > 0)) ?? small.pods[0];
    if (!target || !smallTarget) throw new Error('no pod in the data set');
    const podPath = (pod: string) => (c: string) => `/api/v1/clusters/${c}/namespaces/${SCALE_NAMESPACE}/pods/${pod}/memory?start=${now - 900}&end=${now}`;
    const podRuns = runs * 2;
    const pod = await compare(next, recorder, big.prometheus.url, 'scale', podRuns, podPath(target.pod));
    const podAdded = median(pod.podmem) - median(pod.prom);
    row(
      `pod API (15 min, 2 containers, ${pod.upstreamQueries} upstream queries)`,
      `${ms(median(pod.podmem))}; ${kib(pod.wire)} on the wire`,
      ms(median(pod.prom)),
      `+${ms(podAdded)} (${ratio(median(pod.podmem), median(pod.prom))})`,
      '≤ +5 ms or ≤ 1.10×',
    );
    const smallPod: number[] = [];
    const bigPod: number[] = [];
    for (let i = 0; i < podRuns; i++) {
      smallPod.push((await timedGet(`${next.url}${podPath(smallTarget.pod)('small')}`)).ms);
      bigPod.push((await timedGet(`${next.url}${podPath(target.pod)('scale')}`)).ms);
    }
    row(
      `pod API at ${small.pods.filter((p) => p.namespace === SCALE_NAMESPACE).length} vs ${pods} pods in the namespace`,
      `${ms(median(smallPod))} vs ${ms(median(bigPod))}`,
      '—',
      ratio(median(bigPod), median(smallPod)),
      'the same (≈ 1×)',
    );

    const list = await compare(next, recorder, big.prometheus.url, 'scale', podRuns, (c) => `/api/v1/clusters/${c}/namespaces`);
    row(
      `data-source namespace list (${list.upstreamQueries} upstream queries)`,
      ms(median(list.podmem)),
      ms(median(list.prom)),
      `+${ms(median(list.podmem) - median(list.prom))} (${ratio(median(list.podmem), median(list.prom))})`,
      '—',
    );

    // What any API answer costs before podmem does its own work: Next's routing, the response, loopback HTTP.
    const floor: number[] = [];
    for (let i = 0; i < podRuns; i++) floor.push((await timedGet(`${next.url}/api/healthz`)).ms);
    row('podmem floor: GET /api/healthz (no upstream query)', ms(median(floor)), '—', '—', '—');

    const b = await measureBrowser({ baseUrl: next.url, promUrl: big.prometheus.url, cluster: 'scale', namespace: SCALE_NAMESPACE, pod: target.pod, runs });
    row('namespace page: first pod row on screen (cold browser cache)', ms(b.firstRow), '—', '—', '≤ 1.5 s');
    row('namespace page: sort by name / filter', `${ms(b.sort)} / ${ms(b.filter)}`, '—', '—', '≤ 100 ms');
    row(
      'namespace page: scrolling 5,000 rows',
      `frame p50 ${ms(b.scroll.p50)}, p95 ${ms(b.scroll.p95)}, ${b.scroll.long} frames over 50 ms of ${b.scroll.frames}`,
      '—',
      '—',
      'smooth',
    );
    row(
      'pod page (range=15m): chart on screen',
      ms(b.podChart),
      `/classic/graph draws it in ${ms(b.classicGraph)}`,
      ratio(b.podChart, b.classicGraph),
      '≤ 1× (no later)',
    );

    const sizes = await measureBundles(next.url, [
      ['home', '/'],
      ['data source', '/clusters/scale'],
      ['namespace', `/clusters/scale/namespaces/${SCALE_NAMESPACE}`],
      ['pod', `/clusters/scale/namespaces/${SCALE_NAMESPACE}/pods/${target.pod}`],
      ['analyze', '/analyze'],
      ['learn', '/learn'],
    ]);
    for (const s of sizes) row(`first-load JS, ${s.page} page`, `${kib(s.gzip)} gzip (${s.files} files, ${kib(s.raw)} raw)`, '—', '—', '≤ 250 KiB gzip');

    console.log('\n| what | podmem | Prometheus | ratio | target |\n|---|---|---|---|---|');
    for (const r of rows) console.log(`| ${r.what} | ${r.podmem} | ${r.prometheus} | ${r.ratio} | ${r.target} |`);
  } finally {
    await stopAll();
  }
}
