/**
 * `npm run test:e2e`: builds podmem, loads the demo scenarios into a real Prometheus, starts a stub
 * upstream for fault injection, serves podmem and runs the Playwright suite (Debian's Chromium).
 */
import { spawn } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { startDemoStack } from './lib/demo-stack';
import { startFaultUpstream } from './lib/fault-upstream';
import { buildNext, startNext } from './lib/next-server';
import { ensureCommands, freePort } from './lib/system';
import { DEMO_CLUSTER } from './scenarios/demo';

const CHROMIUM = process.env.PODMEM_CHROMIUM ?? '/usr/bin/chromium';

async function main(): Promise<number> {
  ensureCommands([
    { command: process.env.PODMEM_CHROMIUM ?? 'chromium', debianPackage: 'chromium' },
    { command: 'prometheus', debianPackage: 'prometheus' },
  ]);
  const work = join(process.cwd(), '.e2e');
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  const distDir = '.next-e2e';
  const stops: Array<() => Promise<void>> = [];
  try {
    if (process.env.PODMEM_SKIP_BUILD !== '1') buildNext({ PODMEM_DIST_DIR: distDir });
    const demo = await startDemoStack(join(work, 'demo'), await freePort());
    stops.push(() => demo.prometheus.stop());
    const faults = await startFaultUpstream(await freePort());
    stops.push(() => faults.stop());
    const closedPort = await freePort();
    const clusters = [
      `${DEMO_CLUSTER}=${demo.prometheus.url}`,
      `garbage=${faults.url}/garbage`,
      `slow=${faults.url}/slow`,
      `starting=${faults.url}/starting`,
      `down=http://127.0.0.1:${closedPort}`,
    ];
    const port = await freePort();
    const next = await startNext(
      port,
      { PODMEM_DIST_DIR: distDir, PODMEM_CLUSTERS: clusters.join(','), PODMEM_QUERY_TIMEOUT_SECONDS: '2', PROMETHEUS_URL: '' },
      join(work, 'next.log'),
      '127.0.0.1',
    );
    stops.push(() => next.stop());
    // Async: the fault upstream lives in this process and must keep answering while Playwright runs.
    const runner = spawn('node_modules/.bin/playwright', ['test', ...process.argv.slice(2)], {
      stdio: 'inherit',
      env: {
        ...process.env,
        TZ: 'UTC',
        E2E_BASE_URL: next.url,
        E2E_DEMO_END: String(demo.endSeconds),
        E2E_CHROMIUM: CHROMIUM,
      },
    });
    return await new Promise<number>((resolve) => runner.once('exit', (code) => resolve(code ?? 1)));
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
