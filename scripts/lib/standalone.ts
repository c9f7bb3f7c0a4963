import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, openSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NextHandle } from './next-server';
import { stopChild, waitForReady } from './prometheus-server';

/**
 * Copies Next's standalone server alone into an empty folder outside the repository (so nothing can
 * be resolved from the repo's node_modules): the traced server, its static assets and public/, as
 * the Dockerfile does. Returns the folder.
 */
export function copyStandalone(distDir: string): string {
  const standalone = join(distDir, 'standalone');
  if (!existsSync(join(standalone, 'server.js'))) throw new Error(`${standalone}/server.js is missing: is output: 'standalone' set in next.config.mjs?`);
  const target = mkdtempSync(join(tmpdir(), 'podmem-standalone-'));
  if (readdirSync(target).length !== 0) throw new Error(`${target} is not empty`);
  cpSync(standalone, target, { recursive: true });
  cpSync(join(distDir, 'static'), join(target, distDir, 'static'), { recursive: true });
  if (existsSync('public')) cpSync('public', join(target, 'public'), { recursive: true });
  return target;
}

/** Runs `node server.js` in a standalone folder on 127.0.0.1:`port`, and waits until /api/healthz answers. */
export async function startStandalone(dir: string, port: number, env: Record<string, string>, logFile: string): Promise<NextHandle> {
  const out = openSync(logFile, 'a');
  const child = spawn(process.execPath, ['server.js'], {
    cwd: dir,
    stdio: ['ignore', out, out],
    // Only what a container gets: no inherited NODE_PATH or repo paths.
    env: {
      PATH: process.env.PATH ?? '/usr/bin:/bin',
      NODE_ENV: 'production',
      NEXT_TELEMETRY_DISABLED: '1',
      PORT: String(port),
      HOSTNAME: '127.0.0.1',
      TZ: 'UTC',
      ...env,
    },
  });
  await waitForReady(`http://127.0.0.1:${port}/api/healthz`, child, 60_000, logFile);
  return { url: `http://127.0.0.1:${port}`, process: child, stop: () => stopChild(child) };
}
