import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { openSync } from 'node:fs';
import { stopChild, waitForReady } from './prometheus-server';

export interface NextHandle {
  url: string;
  process: ChildProcess;
  stop(): Promise<void>;
}

const nextBin = 'node_modules/.bin/next';

/** Runs `next build` (into PODMEM_DIST_DIR when set in `env`). */
export function buildNext(env: Record<string, string>): void {
  execFileSync(nextBin, ['build'], { stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env } });
}

/** Starts `next start` on `port` with `env` and waits until it serves /api/v1/clusters. */
export async function startNext(port: number, env: Record<string, string>, logFile?: string, hostname?: string): Promise<NextHandle> {
  const out = logFile ? openSync(logFile, 'a') : 'inherit';
  const args = ['start', '-p', String(port)];
  if (hostname) args.push('-H', hostname);
  const child = spawn(nextBin, args, {
    stdio: ['ignore', out, out],
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env },
  });
  const url = `http://${hostname ?? 'localhost'}:${port}`;
  await waitForReady(`http://127.0.0.1:${port}/api/v1/clusters`, child, 60_000, logFile);
  return { url, process: child, stop: () => stopChild(child) };
}
