import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * The real captures and memory.stat files, copied byte for byte into `fixtures/real/` of this repository
 * (origins and licences in fixtures/real/SOURCES.md), read relative to the checkout the tests run from;
 * PODMEM_REAL_FIXTURES points them elsewhere.
 * Tests read them through here and fail, never skip, when they are missing: a test that silently skips
 * its real data proves nothing.
 */
export const REAL_FIXTURES = resolve(process.env.PODMEM_REAL_FIXTURES ?? join(process.cwd(), 'fixtures', 'real'));

/** Absolute path of a file under the real fixtures; throws with what to do when it is not there. */
export function realFixture(...parts: string[]): string {
  const path = join(REAL_FIXTURES, ...parts);
  if (!existsSync(path)) {
    throw new Error(`real fixture ${path} is missing: it belongs in fixtures/real/ of the checkout (or set PODMEM_REAL_FIXTURES)`);
  }
  return path;
}
