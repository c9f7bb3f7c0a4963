import { readFileSync } from 'node:fs';
import semver from 'semver';
import { describe, expect, it } from 'vitest';

/**
 * `npm ci` must be quiet on the Node the README declares: no EBADENGINE (a package wanting a newer Node)
 * and no install script that allowScripts does not cover. Both are read from package-lock.json, which
 * records every installed package's `engines` and whether it has an install script.
 */
interface LockPackage {
  engines?: { node?: string } | string[];
  hasInstallScript?: boolean;
  optional?: boolean;
}

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { engines: { node: string }; allowScripts?: Record<string, boolean> };
const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as { packages: Record<string, LockPackage> };
const installed = Object.entries(lock.packages).filter(([path]) => path !== '');
const nameOf = (path: string) => path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length);

describe('npm ci is quiet', () => {
  it('every package supports the oldest Node the README declares and the Node running this test', () => {
    const oldest = semver.minVersion(pkg.engines.node);
    expect(oldest?.version).toBe('20.19.0');
    const unsupported = installed.flatMap(([path, p]) => {
      const wanted = !p.engines || Array.isArray(p.engines) ? undefined : p.engines.node;
      if (!wanted) return [];
      const fits = [oldest?.version ?? '', process.versions.node].every((v) => semver.satisfies(v, wanted, { includePrerelease: true }));
      return fits ? [] : [`${nameOf(path)} wants node ${wanted}`];
    });
    expect(unsupported).toEqual([]);
  });

  it('every install script is approved by allowScripts', () => {
    const allowed = pkg.allowScripts ?? {};
    const blocked = installed.filter(([path, p]) => p.hasInstallScript && allowed[nameOf(path)] === undefined).map(([path]) => nameOf(path));
    expect(blocked).toEqual([]);
  });
});
