import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REAL_FIXTURES } from './real-fixtures';

/** Every file below a folder, as paths relative to it. */
function filesBelow(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)));
}

/** git's blob id of a file's bytes: sha1 over "blob <length>\0" + content, what SOURCES.md lists. */
function gitBlobId(bytes: Buffer): string {
  return createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}

describe('the repository stands alone', () => {
  it('every real fixture is the upstream bytes that fixtures/real/SOURCES.md names', () => {
    const sources = readFileSync(join(REAL_FIXTURES, 'SOURCES.md'), 'utf8');
    const data = filesBelow(REAL_FIXTURES).filter((f) => f !== 'SOURCES.md');
    expect(data.length).toBe(9);
    for (const file of data) {
      const bytes = readFileSync(join(REAL_FIXTURES, file));
      const blob = gitBlobId(bytes);
      const sha256 = createHash('sha256').update(bytes).digest('hex');
      const listed = sources.includes(`blob \`${blob}\``) || sources.includes(`sha256 \`${sha256}\``);
      expect(listed, `${file}: neither its blob ${blob} nor its sha256 is in SOURCES.md`).toBe(true);
    }
  });

  it('no file of the checkout reads or cites a folder beside it', () => {
    const outside = ['..', 'shared'].join('/');
    const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], { encoding: 'utf8' })
      .split('\n')
      .filter((f) => f !== '' && !f.startsWith('fixtures/real/'));
    expect(files.length).toBeGreaterThan(100);
    const citing = files.filter((f) => {
      try {
        return readFileSync(f, 'utf8').includes(outside);
      } catch {
        return false; // deleted in the working tree but still in the index: nothing to read
      }
    });
    expect(citing).toEqual([]);
  });
});
