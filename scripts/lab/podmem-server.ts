import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildNext } from '../lib/next-server';
import { waitForReady } from '../lib/prometheus-server';

/** The lab's own Next build folder, so the lead's .next and the e2e build are left alone. */
export const LAB_DIST_DIR = '.next-lab';

// `next build` adds `<distDir>/types/**/*.ts` to tsconfig.json's include when missing; the lab must not
// leave the working tree dirty, so it takes back exactly those two entries it caused.
const ADDED_INCLUDES = /,\s*"\.next-lab\/types\/\*\*\/\*\.ts",\s*"\.next-lab\/dev\/types\/\*\*\/\*\.ts"/;

/** Builds podmem into .next-lab when no build exists there (or when `rebuild`), keeping tsconfig.json as it was. */
export function ensureLabBuild(rebuild: boolean, log: (line: string) => void): void {
  if (!rebuild && existsSync(join(LAB_DIST_DIR, 'BUILD_ID'))) return;
  log(`lab: building podmem into ${LAB_DIST_DIR} (once; --rebuild to refresh)…`);
  const tsconfig = 'tsconfig.json';
  const hadEntries = existsSync(tsconfig) && readFileSync(tsconfig, 'utf8').includes('.next-lab/');
  try {
    buildNext({ PODMEM_DIST_DIR: LAB_DIST_DIR });
  } finally {
    if (!hadEntries && existsSync(tsconfig)) {
      const after = readFileSync(tsconfig, 'utf8');
      if (ADDED_INCLUDES.test(after)) writeFileSync(tsconfig, after.replace(ADDED_INCLUDES, ''));
    }
  }
}

/**
 * Starts `next start` over the lab's Prometheus on 127.0.0.1:`port`. The child is handed to `onSpawn`
 * before the wait, so a Ctrl-C while podmem is starting still stops it.
 */
export async function startLabPodmem(port: number, prometheusUrl: string, logFile: string, onSpawn: (child: ChildProcess) => void): Promise<string> {
  const out = openSync(logFile, 'a');
  const env = {
    ...process.env,
    NEXT_TELEMETRY_DISABLED: '1',
    PODMEM_DIST_DIR: LAB_DIST_DIR,
    PODMEM_CLUSTERS: `lab=${prometheusUrl}`,
    PODMEM_MIN_STEP_SECONDS: '1',
    PROMETHEUS_URL: '',
  };
  const child = spawn('node_modules/.bin/next', ['start', '-p', String(port), '-H', '127.0.0.1'], { stdio: ['ignore', out, out], env });
  onSpawn(child);
  await waitForReady(`http://127.0.0.1:${port}/api/v1/clusters`, child, 60_000, logFile);
  return `http://127.0.0.1:${port}`;
}
