import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * The shared real captures (shared/fixtures/real beside the repository, as on every developer machine
 * and in CI; PODMEM_REAL_FIXTURES overrides). Tests read them through here and fail, never skip, when
 * they are missing: a test that silently skips its real data proves nothing.
 */
export const REAL_FIXTURES = resolve(process.env.PODMEM_REAL_FIXTURES ?? join(process.cwd(), '..', 'shared', 'fixtures', 'real'));

/** Absolute path of a file under the real fixtures; throws with what to do when it is not there. */
export function realFixture(...parts: string[]): string {
  const path = join(REAL_FIXTURES, ...parts);
  if (!existsSync(path)) {
    throw new Error(`real fixture ${path} is missing: run the tests from a checkout with shared/ beside it, or set PODMEM_REAL_FIXTURES`);
  }
  return path;
}
