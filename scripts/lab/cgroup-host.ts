import { existsSync, mkdirSync, readFileSync, rmdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CgroupMemoryFiles, CgroupVersion } from './cadvisor-compute';

/** Where this host's memory controller lives: a cgroup v1 `memory` hierarchy or the v2 unified one. */
export interface MemoryHierarchy {
  version: CgroupVersion;
  /** Mount point, e.g. /sys/fs/cgroup/memory (v1) or /sys/fs/cgroup (v2). */
  mount: string;
}

/** Finds the hierarchy that carries the memory controller from a /proc/self/mountinfo text, or null. */
export function findMemoryHierarchy(mountinfo: string, controllersOf: (mount: string) => string = readControllers): MemoryHierarchy | null {
  for (const line of mountinfo.split('\n')) {
    const [left, right] = line.split(' - ');
    if (left === undefined || right === undefined) continue;
    const mount = left.split(' ')[4];
    const [fstype, , superOptions = ''] = right.split(' ');
    if (mount === undefined) continue;
    if (fstype === 'cgroup' && superOptions.split(',').includes('memory')) return { version: 'v1', mount: unescapeMount(mount) };
    if (fstype === 'cgroup2' && controllersOf(unescapeMount(mount)).split(/\s+/).includes('memory')) return { version: 'v2', mount: unescapeMount(mount) };
  }
  return null;
}

function unescapeMount(path: string): string {
  return path.replace(/\\([0-7]{3})/g, (_m, oct: string) => String.fromCharCode(parseInt(oct, 8)));
}

function readControllers(mount: string): string {
  try {
    return readFileSync(join(mount, 'cgroup.controllers'), 'utf8');
  } catch {
    return '';
  }
}

/** File names of the usage and limit files in each version. */
export const FILES = {
  v1: { usage: 'memory.usage_in_bytes', limit: 'memory.limit_in_bytes' },
  v2: { usage: 'memory.current', limit: 'memory.max' },
} as const;

function readOptional(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

/** Reads the files cAdvisor reads for the cgroup at `dir`, memory.stat first and usage right after. */
export function readCgroupMemoryFiles(version: CgroupVersion, dir: string): CgroupMemoryFiles {
  const memoryStat = readFileSync(join(dir, 'memory.stat'), 'utf8');
  const usage = readFileSync(join(dir, FILES[version].usage), 'utf8');
  const limit = readFileSync(join(dir, FILES[version].limit), 'utf8');
  if (version === 'v2') return { version, memoryStat, usage, limit, swapCurrent: readOptional(join(dir, 'memory.swap.current')) };
  return {
    version,
    memoryStat,
    usage,
    limit,
    useHierarchy: readOptional(join(dir, 'memory.use_hierarchy')),
    failcnt: readOptional(join(dir, 'memory.failcnt')),
    kmemUsage: readOptional(join(dir, 'memory.kmem.usage_in_bytes')),
  };
}

/** On v2 a child only gets memory files when its parent delegates the controller; enables it if missing. */
export function delegateMemory(hierarchy: MemoryHierarchy, parentDir: string): void {
  if (hierarchy.version !== 'v2') return;
  const file = join(parentDir, 'cgroup.subtree_control');
  if (!readFileSync(file, 'utf8').split(/\s+/).includes('memory')) writeFileSync(file, '+memory');
}

/**
 * Why the lab cannot run here, or null when it can: Linux, root, a memory controller, and a probe cgroup
 * that can be created (with memory files) and removed again.
 */
export function labUnavailableReason(): string | null {
  if (process.platform !== 'linux') return `the lab needs Linux cgroups; this is ${process.platform}`;
  if (typeof process.getuid !== 'function' || process.getuid() !== 0) return 'the lab must run as root (it creates a memory cgroup); try: sudo npm run lab';
  const hierarchy = detectMemoryHierarchy();
  if (!hierarchy) return 'no cgroup memory controller is mounted (neither a v1 "memory" hierarchy nor cgroup2 with "memory" in cgroup.controllers)';
  const probe = join(hierarchy.mount, `podmem-lab-probe-${process.pid}`);
  try {
    delegateMemory(hierarchy, hierarchy.mount);
    mkdirSync(probe);
    if (!existsSync(join(probe, 'memory.stat'))) return `${probe} has no memory.stat: the memory controller is not delegated there`;
    return null;
  } catch (err) {
    return `cannot create a memory cgroup under ${hierarchy.mount}: ${err instanceof Error ? err.message : String(err)}`;
  } finally {
    if (existsSync(probe)) rmdirSync(probe);
  }
}

/** The memory hierarchy of this host, read from /proc/self/mountinfo. */
export function detectMemoryHierarchy(): MemoryHierarchy | null {
  const mountinfo = readOptional('/proc/self/mountinfo');
  return mountinfo === undefined ? null : findMemoryHierarchy(mountinfo);
}

/** This process's own cgroup directory in `hierarchy` (where stray pids are moved back to), or the mount. */
export function ownCgroupDir(hierarchy: MemoryHierarchy): string {
  const lines = (readOptional('/proc/self/cgroup') ?? '').split('\n');
  for (const line of lines) {
    const [, controllers, path] = line.split(':');
    if (path === undefined || controllers === undefined) continue;
    const matches = hierarchy.version === 'v2' ? controllers === '' : controllers.split(',').includes('memory');
    const dir = join(hierarchy.mount, path);
    if (matches && existsSync(join(dir, 'cgroup.procs'))) return dir;
  }
  return hierarchy.mount;
}
