import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Where the shared real captures live (override with PODMEM_REAL_FIXTURES). */
export const REAL_FIXTURES = resolve(process.env.PODMEM_REAL_FIXTURES ?? join(process.cwd(), '..', 'shared', 'fixtures', 'real'));

/** The two nri-kubernetes captures, with the node each was taken on (SOURCES.md). */
export const REAL_CAPTURES = {
  '1_22': { dir: join(REAL_FIXTURES, 'newrelic__nri-kubernetes', '1_22'), node: 'minikube' },
  '1_35': { dir: join(REAL_FIXTURES, 'newrelic__nri-kubernetes', '1_35'), node: 'datagen-1-35' },
} as const;

export type RealCaptureId = keyof typeof REAL_CAPTURES;

/** True when the fixtures are on this machine (tests that need them skip otherwise). */
export function haveRealCaptures(): boolean {
  return Object.values(REAL_CAPTURES).every((c) => existsSync(join(c.dir, 'kubelet', 'metrics', 'cadvisor')));
}
