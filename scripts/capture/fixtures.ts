import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { REAL_FIXTURES } from '../../lib/testing/real-fixtures';

export { REAL_FIXTURES };

/** The two nri-kubernetes captures, with the node each was taken on (SOURCES.md). */
export const REAL_CAPTURES = {
  '1_22': { dir: join(REAL_FIXTURES, 'newrelic__nri-kubernetes', '1_22'), node: 'minikube' },
  '1_35': { dir: join(REAL_FIXTURES, 'newrelic__nri-kubernetes', '1_35'), node: 'datagen-1-35' },
} as const;

export type RealCaptureId = keyof typeof REAL_CAPTURES;

/** Throws, naming what is missing, unless both captures are on this machine: tests fail rather than skip. */
export function requireRealCaptures(): void {
  for (const c of Object.values(REAL_CAPTURES)) {
    const file = join(c.dir, 'kubelet', 'metrics', 'cadvisor');
    if (!existsSync(file)) throw new Error(`real capture ${file} is missing: it belongs in fixtures/real/ of the checkout (or set PODMEM_REAL_FIXTURES)`);
  }
}
