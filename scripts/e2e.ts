/**
 * `npm run test:e2e`: builds podmem, loads the demo scenarios into a real Prometheus (promtool backfill)
 * and into VictoriaMetrics, starts a stub upstream for fault injection, and runs the Playwright suite
 * (Debian's Chromium) once per engine against a production server pointed at it.
 * Extra arguments go to `playwright test`; PODMEM_E2E_ENGINES=prometheus limits the engines.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { startDemoStack, startDemoVictoria } from './lib/demo-stack';
import { startFaultUpstream } from './lib/fault-upstream';
import { buildNext, startNext } from './lib/next-server';
import { ensureCommands, freePort } from './lib/system';
import { DEMO_CLUSTER } from './scenarios/demo';

const CHROMIUM = process.env.PODMEM_CHROMIUM ?? '/usr/bin/chromium';
const DIST_DIR = '.next-e2e';
const ENGINES = (process.env.PODMEM_E2E_ENGINES ?? 'prometheus,victoriametrics').split(',').map((s) => s.trim());

type Stop = () => Promise<void>;

async function runPlaywright(engine: string, demoUrl: string, faultsUrl: string, demoEnd: number, work: string, stops: Stop[]): Promise<number> {
  const clusters = [
    `${DEMO_CLUSTER}=${demoUrl}`,
    `garbage=${faultsUrl}/garbage`,
    `slow=${faultsUrl}/slow`,
    `starting=${faultsUrl}/starting`,
    `down=http://127.0.0.1:${await freePort()}`,
  ];
  const next = await startNext(
    await freePort(),
    { PODMEM_DIST_DIR: DIST_DIR, PODMEM_CLUSTERS: clusters.join(','), PODMEM_QUERY_TIMEOUT_SECONDS: '2', PROMETHEUS_URL: '' },
    join(work, `next-${engine}.log`),
    '127.0.0.1',
  );
  stops.push(() => next.stop());
  console.log(`\n=== e2e against ${engine} (${demoUrl}) ===`);
  // Async: the fault upstream lives in this process and must keep answering while Playwright runs.
  const runner = spawn('node_modules/.bin/playwright', ['test', ...process.argv.slice(2)], {
    stdio: 'inherit',
    env: { ...process.env, TZ: 'UTC', E2E_DIST_DIR: DIST_DIR, E2E_BASE_URL: next.url, E2E_DEMO_END: String(demoEnd), E2E_CHROMIUM: CHROMIUM, E2E_ENGINE: engine, E2E_JSON_OUTPUT: `.test-results/e2e-${engine}.json` },
  });
  const code = await new Promise<number>((resolve) => runner.once('exit', (c) => resolve(c ?? 1)));
  await next.stop();
  return code;
}

async function main(): Promise<number> {
  ensureCommands([
    { command: process.env.PODMEM_CHROMIUM ?? 'chromium', debianPackage: 'chromium' },
    { command: 'prometheus', debianPackage: 'prometheus' },
    { command: 'victoria-metrics', debianPackage: 'victoria-metrics' },
  ]);
  const work = join(process.cwd(), '.e2e');
  rmSync(work, { recursive: true, force: true });
  // Results of an engine not run this time must not be counted by scripts/test-summary.ts.
  for (const f of existsSync('.test-results') ? readdirSync('.test-results') : []) if (f.startsWith('e2e-')) rmSync(join('.test-results', f));
  mkdirSync(work, { recursive: true });
  const stops: Stop[] = [];
  try {
    if (process.env.PODMEM_SKIP_BUILD !== '1') buildNext({ PODMEM_DIST_DIR: DIST_DIR });
    const faults = await startFaultUpstream(await freePort());
    stops.push(() => faults.stop());
    const demo = await startDemoStack(join(work, 'demo'), await freePort());
    stops.push(() => demo.prometheus.stop());
    const results: Array<[string, number]> = [];
    for (const engine of ENGINES) {
      if (engine === 'prometheus') {
        results.push([engine, await runPlaywright(engine, demo.prometheus.url, faults.url, demo.endSeconds, work, stops)]);
      } else if (engine === 'victoriametrics') {
        const vm = await startDemoVictoria(join(work, 'vm'), await freePort(), demo.endSeconds);
        stops.push(() => vm.stop());
        results.push([engine, await runPlaywright(engine, vm.url, faults.url, demo.endSeconds, work, stops)]);
      } else {
        throw new Error(`PODMEM_E2E_ENGINES: unknown engine ${JSON.stringify(engine)} (prometheus, victoriametrics)`);
      }
    }
    for (const [engine, code] of results) console.log(`e2e on ${engine}: ${code === 0 ? 'passed' : `FAILED (exit ${code})`}`);
    return results.every(([, code]) => code === 0) ? 0 : 1;
  } finally {
    for (const stop of stops.reverse()) await stop();
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err instanceof Error ? (err.stack ?? err.message) : err);
    process.exit(1);
  },
);
