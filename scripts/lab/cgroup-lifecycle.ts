import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FILES, delegateMemory, ownCgroupDir, type MemoryHierarchy } from './cgroup-host';

/** One cgroup: its directory and its `id` as cAdvisor labels it (the path inside the hierarchy). */
export interface LabCgroup {
  dir: string;
  id: string;
}

/** The pod cgroup and the app container cgroup below it, as kubelet lays them out. */
export interface LabCgroups {
  pod: LabCgroup;
  container: LabCgroup;
}

export const LAB_CGROUP_PREFIX = 'podmem-lab-';
/** `podmem-lab-<owner pid>-<n>`: the owner pid tells a stale cgroup from a live run's. */
const LAB_CGROUP_NAME = /^podmem-lab-(\d+)-\d+$/;
let created = 0;

/** A fresh lab cgroup name for this process. */
export function nextLabCgroupName(): string {
  created += 1;
  return `${LAB_CGROUP_PREFIX}${process.pid}-${created}`;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Creates `<mount>/<name>` (the pod) and `<name>/app` (the container), both limited to `limitBytes`. */
export function createLabCgroups(hierarchy: MemoryHierarchy, name: string, limitBytes: number): LabCgroups {
  const pod = { dir: join(hierarchy.mount, name), id: `/${name}` };
  const container = { dir: join(pod.dir, 'app'), id: `/${name}/app` };
  delegateMemory(hierarchy, hierarchy.mount);
  mkdirSync(pod.dir);
  writeFileSync(join(pod.dir, FILES[hierarchy.version].limit), String(limitBytes));
  delegateMemory(hierarchy, pod.dir);
  mkdirSync(container.dir);
  writeFileSync(join(container.dir, FILES[hierarchy.version].limit), String(limitBytes));
  return { pod, container };
}

/**
 * Spawns `command` so that it runs in the cgroup from its first instruction: a shell writes its own pid
 * into cgroup.procs and then execs the command, so every page it touches is charged to the cgroup.
 */
export function spawnInCgroup(dir: string, command: string, args: readonly string[], options: SpawnOptions = {}): ChildProcess {
  return spawn('sh', ['-c', 'echo $$ > "$0" && exec "$@"', join(dir, 'cgroup.procs'), command, ...args], options);
}

/** The pids in a cgroup (empty when it does not exist). */
export function cgroupPids(dir: string): number[] {
  try {
    return readFileSync(join(dir, 'cgroup.procs'), 'utf8').split('\n').filter(Boolean).map(Number);
  } catch {
    return [];
  }
}

function killQuietly(pid: number): void {
  try {
    process.kill(pid, 'SIGKILL');
  } catch {
    // already gone
  }
}

/**
 * Removes a cgroup and everything below it; safe to call twice or on a missing path. Processes inside are
 * killed (they are the lab's own); any that survive 3 s are moved back to this process's cgroup first.
 */
export async function removeCgroupTree(hierarchy: MemoryHierarchy, dir: string): Promise<void> {
  if (!existsSync(dir)) return;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) await removeCgroupTree(hierarchy, join(dir, entry.name));
  }
  for (const pid of cgroupPids(dir)) killQuietly(pid);
  const deadline = Date.now() + 3000;
  while (cgroupPids(dir).length > 0 && Date.now() < deadline) await sleep(50);
  const stray = cgroupPids(dir);
  if (stray.length > 0) {
    const target = join(ownCgroupDir(hierarchy), 'cgroup.procs');
    for (const pid of stray) {
      try {
        writeFileSync(target, String(pid));
      } catch {
        // exited in between
      }
    }
  }
  await rmdirWithRetry(dir);
}

// rmdir answers EBUSY for a moment after the last task leaves (exiting tasks are still being released).
async function rmdirWithRetry(dir: string): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      rmdirSync(dir);
      return;
    } catch (err) {
      const code = err instanceof Error && 'code' in err ? err.code : undefined;
      if (code === 'ENOENT') return;
      if (code !== 'EBUSY' || attempt >= 40) throw err;
      await sleep(100);
    }
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return !(err instanceof Error && 'code' in err && err.code === 'ESRCH');
  }
}

/** Removes lab cgroups left by lab runs that died without cleaning up (their owner pid is gone). */
export async function sweepStaleLabCgroups(hierarchy: MemoryHierarchy): Promise<string[]> {
  const removed: string[] = [];
  for (const entry of readdirSync(hierarchy.mount, { withFileTypes: true })) {
    const m = LAB_CGROUP_NAME.exec(entry.name);
    if (!entry.isDirectory() || !m || isAlive(Number(m[1]))) continue;
    await removeCgroupTree(hierarchy, join(hierarchy.mount, entry.name));
    removed.push(entry.name);
  }
  return removed;
}
