import { NextRequest } from 'next/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clusterCapabilitiesSchema } from '@/lib/api/cluster';
import { podMemorySchema, type ContainerMemory, type PodMemory } from '@/lib/api/pod-memory';
import { expectedPods, readSummary, type ExpectedContainer, type ExpectedPod, type SummaryPod } from './expected';
import { REAL_CAPTURES, requireRealCaptures, type RealCaptureId } from './fixtures';
import { SCRAPE_LAYOUTS } from './layouts';
import { engineAvailable, startRealBackends, type Engine, type RealBackend, type RealDataset } from './real-backends';

// Real kubelet + kube-state-metrics captures (1.22 cgroup v1 dockershim, 1.35 cgroup v2 containerd),
// scraped as kube-prometheus and as the Helm chart would, on Prometheus and VictoriaMetrics, read back
// through podmem's own route handlers. Expectations come from the capture files (./expected.ts).
// One test file per engine (real-captures.<engine>.integration.test.ts), so the two run side by side.
const CAPTURES: readonly RealCaptureId[] = ['1_22', '1_35'];
// Every capture × layout, plus clusters without kube-state-metrics (limits then come from cAdvisor).
const DATASETS: readonly RealDataset[] = [
  ...CAPTURES.flatMap((captureId) => SCRAPE_LAYOUTS.map((layout) => ({ captureId, layout }))),
  ...CAPTURES.map((captureId) => ({ captureId, layout: 'helm' as const, withoutKsm: true })),
];
const END = Math.floor(Date.now() / 1000 / 15) * 15 - 60; // in the past: no engine hides it as "too recent"
const START = END - 300;

const tally: Record<string, { pods: number; containers: number; exactRss: number; clampedRss: number }> = {};

async function getPod(cluster: string, namespace: string, pod: string): Promise<{ status: number; doc: PodMemory | null }> {
  const { GET } = await import('@/app/api/v1/clusters/[cluster]/namespaces/[namespace]/pods/[pod]/memory/route');
  const req = new NextRequest(`http://localhost/api/v1/clusters/${cluster}/namespaces/${namespace}/pods/${pod}/memory?start=${START}&end=${END}&step=15`);
  const res = await GET(req, { params: Promise.resolve({ cluster, namespace, pod }) });
  return { status: res.status, doc: res.status === 200 ? podMemorySchema.parse(await res.json()) : null };
}

/** Every grid point of a series must hold exactly `want`. */
function allEqual(problems: string[], where: string, got: readonly (number | null)[] | undefined, want: number): void {
  const bad = (got ?? []).filter((v) => v !== want);
  if (!got || got.length !== 21 || bad.length)
    problems.push(`${where}: want ${want} at 21 points, got ${JSON.stringify(got?.slice(0, 3))}… (${bad.length} differ)`);
}

function checkContainer(problems: string[], where: string, c: ContainerMemory, e: ExpectedContainer): 'exact' | 'clamped' {
  allEqual(problems, `${where} workingSet`, c.workingSet, e.workingSet);
  allEqual(problems, `${where} usage`, c.usage, e.usage);
  // cgroup v1's usage_in_bytes is a batched counter, so usage − inactive_file can land below total_rss
  // (two 1.22 containers: metrics-server, kube-state-metrics). podmem caps the rss layer at the working
  // set so rss + active + other still equals it; everywhere else rss is the capture's value to the byte.
  const clamped = e.rss > e.workingSet;
  allEqual(problems, `${where} rss`, c.rss, clamped ? e.workingSet : e.rss);
  const activeWant = Math.min(Math.max(e.activeFile, 0), e.workingSet - Math.min(e.rss, e.workingSet));
  if (e.measured && activeWant !== e.activeFile) problems.push(`${where}: measured active_file ${e.activeFile} exceeds wss − rss`);
  allEqual(problems, `${where} activeFile`, c.activeFile, activeWant);
  allEqual(problems, `${where} inactiveFile`, c.inactiveFile, e.inactiveFile);
  c.workingSet.forEach((w, i) => {
    const sum = (c.rss[i] ?? NaN) + (c.activeFile[i] ?? NaN) + (c.other[i] ?? NaN);
    if (sum !== w || (c.other[i] ?? -1) < 0) problems.push(`${where}: rss + activeFile + other = ${sum} ≠ workingSet ${w} at ${i}`);
  });
  const source = e.measured ? 'measured' : 'derived';
  if (c.sources?.activeFile !== source || c.sources.inactiveFile !== source) problems.push(`${where}: sources ${JSON.stringify(c.sources)}, want ${source}`);
  if (c.limitBytes !== e.limitBytes) problems.push(`${where}: limit ${c.limitBytes}, want ${e.limitBytes}`);
  if (e.ksmLimitBytes !== null && e.ksmLimitBytes > 0 && c.limitBytes !== e.ksmLimitBytes) problems.push(`${where}: limit ≠ KSM ${e.ksmLimitBytes}`);
  if (c.requestBytes !== e.requestBytes) problems.push(`${where}: request ${c.requestBytes}, want KSM ${e.requestBytes}`);
  if (c.init !== false || c.swap !== null) problems.push(`${where}: init ${c.init}, swap ${JSON.stringify(c.swap)}`);
  return clamped ? 'clamped' : 'exact';
}

/** The pod against kubelet's /stats/summary taken with the capture. */
function checkSummary(problems: string[], b: RealBackend, e: ExpectedPod, doc: PodMemory, s: SummaryPod | undefined): void {
  const where = `${b.id} ${e.namespace}/${e.pod}`;
  if (!s) return void problems.push(`${where}: not in the summary`);
  const podmemSum = doc.podTotals?.containersSum.workingSet.at(-1);
  const summarySum = [...s.containers.values()].reduce((a, c) => a + c.workingSetBytes, 0);
  if (doc.podTotals?.podCgroup?.workingSet.at(-1) !== s.workingSetBytes) problems.push(`${where}: pod cgroup wss ≠ summary ${s.workingSetBytes}`);
  if (b.captureId === '1_35') {
    if (podmemSum !== summarySum) problems.push(`${where}: containers sum ${podmemSum} ≠ summary ${summarySum}`);
    return;
  }
  // 1.22: kubelet read /stats/summary up to ~20 s after the cAdvisor scrape. Where the figures differ
  // (kube-state-metrics: +12288 bytes) usage grew by exactly as much and inactive_file did not change.
  for (const c of e.containers) {
    const sc = s.containers.get(c.container);
    if (!sc) return void problems.push(`${where}/${c.container}: not in the summary`);
    if (sc.workingSetBytes === c.workingSet) continue;
    if (sc.usageBytes - sc.workingSetBytes !== c.inactiveFile || sc.workingSetBytes - c.workingSet !== sc.usageBytes - c.usage) {
      problems.push(`${where}/${c.container}: summary ${sc.workingSetBytes} vs ${c.workingSet} not explained by usage growth`);
    }
  }
}

async function checkBackend(b: RealBackend): Promise<string[]> {
  const problems: string[] = [];
  const summary = readSummary(REAL_CAPTURES[b.captureId].dir);
  const count = { pods: 0, containers: 0, exactRss: 0, clampedRss: 0 };
  for (const e of expectedPods(b.capture, b.withoutKsm)) {
    const { status, doc } = await getPod(b.id, e.namespace, e.pod);
    const where = `${b.id} ${e.namespace}/${e.pod}`;
    if (e.containers.length === 0) {
      if (status !== 404) problems.push(`${where}: only sandbox and pod cgroup, want 404, got ${status}`);
      continue;
    }
    if (!doc) {
      problems.push(`${where}: HTTP ${status}`);
      continue;
    }
    const noKsmWarning = doc.warnings.some((w) => w.startsWith('No kube-state-metrics'));
    if (noKsmWarning !== Boolean(b.withoutKsm)) problems.push(`${where}: warnings ${JSON.stringify(doc.warnings)}`);
    if (doc.containers.map((c) => c.container).join() !== e.containers.map((c) => c.container).join())
      problems.push(`${where}: containers ${doc.containers.map((c) => c.container).join()}`);
    for (const ec of e.containers) {
      const c = doc.containers.find((x) => x.container === ec.container);
      if (c) count[checkContainer(problems, `${where}/${ec.container}`, c, ec) === 'exact' ? 'exactRss' : 'clampedRss']++;
    }
    const cg = doc.podTotals?.podCgroup;
    if (!e.podCgroup || !cg) problems.push(`${where}: pod cgroup missing`);
    else for (const k of ['workingSet', 'usage', 'rss'] as const) allEqual(problems, `${where} podCgroup.${k}`, cg[k], e.podCgroup[k]);
    allEqual(
      problems,
      `${where} containersSum.workingSet`,
      doc.podTotals?.containersSum.workingSet,
      e.containers.reduce((a, c) => a + c.workingSet, 0),
    );
    checkSummary(problems, b, e, doc, summary.get(`${e.namespace}/${e.pod}`));
    count.pods++;
    count.containers += e.containers.length;
  }
  tally[b.id] = count;
  return problems;
}

/**
 * Registers the suite for one engine. The engine is required (.ci/run installs both): a missing one fails
 * the suite instead of shrinking it.
 */
export function realCaptureSuite(engine: Engine): void {
  if (!engineAvailable(engine)) throw new Error(`install ${engine} (Debian: apt-get install ${engine}) to run the real-capture suite`);
  requireRealCaptures();
  let backends: RealBackend[] = [];
  let stopAll: () => Promise<void> = async () => undefined;

  beforeAll(async () => {
    ({ backends, stopAll } = await startRealBackends({
      engines: [engine],
      datasets: DATASETS,
      window: { endSeconds: END, durationSeconds: 600, stepSeconds: 15 },
    }));
    process.env.PODMEM_CLUSTERS = backends.map((b) => `${b.id}=${b.url}`).join(',');
    delete process.env.PROMETHEUS_URL;
    delete process.env.PODMEM_CADVISOR_SELECTOR;
    delete process.env.PODMEM_KSM_SELECTOR;
  }, 300_000);

  afterAll(async () => {
    if (Object.keys(tally).length) console.log(`real captures matched on ${engine}:`, JSON.stringify(tally, null, 1));
    await stopAll();
  }, 60_000);

  describe(`real captures through podmem’s API on ${engine}`, () => {
    const cases = DATASETS.map((ds) => ({
      engine,
      ...ds,
      name: `${ds.captureId} scraped as ${ds.layout}${ds.withoutKsm ? ' without kube-state-metrics' : ''}`,
    }));
    const backendFor = (c: (typeof cases)[number]) => {
      const b = backends.find((x) => x.captureId === c.captureId && x.layout === c.layout && Boolean(x.withoutKsm) === Boolean(c.withoutKsm));
      if (!b) throw new Error('backend missing');
      return b;
    };
    it.each(cases)('$engine: $name — data source detected', async (c) => {
      const b = backendFor(c);
      const { GET } = await import('@/app/api/v1/clusters/[cluster]/route');
      const res = await GET(new NextRequest(`http://localhost/api/v1/clusters/${b.id}`), { params: Promise.resolve({ cluster: b.id }) });
      expect(res.status).toBe(200);
      const caps = clusterCapabilitiesSchema.parse(await res.json());
      expect(caps.cadvisor).toMatchObject({ source: 'detected', layout: c.layout });
      expect(caps.cadvisor.jobs.some((j) => j.kind === 'resource')).toBe(c.layout === 'kube-prometheus');
      const ksmJob = c.withoutKsm ? null : c.layout === 'helm' ? 'kubernetes-service-endpoints' : 'kube-state-metrics';
      expect(caps.kubeStateMetrics).toMatchObject({ present: !c.withoutKsm, job: ksmJob });
      expect(caps.metrics).toMatchObject({
        activeFile: c.captureId === '1_35',
        inactiveFile: c.captureId === '1_35',
        pressure: c.captureId === '1_35',
        swapInUse: false,
      });
      expect(caps.cgroup.version).toBe(c.captureId === '1_35' ? 'v2' : 'v1');
      expect(caps.warnings).toEqual([]);
    });

    it.each(cases)(
      '$engine: $name — every pod and container to the byte',
      async (c) => {
        const b = backendFor(c);
        expect(await checkBackend(b)).toEqual([]);
        expect(tally[b.id]?.containers).toBe(c.captureId === '1_35' ? 17 : 15);
      },
      60_000,
    );
  });
}
