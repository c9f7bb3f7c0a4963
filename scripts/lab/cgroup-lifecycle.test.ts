import { spawn } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { detectMemoryHierarchy, labUnavailableReason, type MemoryHierarchy } from './cgroup-host';
import { cgroupPids, createLabCgroups, nextLabCgroupName, removeCgroupTree, spawnInCgroup, sweepStaleLabCgroups } from './cgroup-lifecycle';

const reason = labUnavailableReason();
if (reason) console.warn(`scripts/lab/cgroup-lifecycle.test.ts skipped: ${reason}`);

function hierarchy(): MemoryHierarchy {
  const h = detectMemoryHierarchy();
  if (!h) throw new Error('no memory hierarchy');
  return h;
}

const made: string[] = [];

afterAll(async () => {
  if (reason) return;
  for (const dir of made) await removeCgroupTree(hierarchy(), dir);
});

describe('lab cgroup lifecycle', () => {
  it.skipIf(reason)('charges a spawned process to the container cgroup, then removes processes and both cgroups', async () => {
    const h = hierarchy();
    const cgroups = createLabCgroups(h, nextLabCgroupName(), 256 * 1024 * 1024);
    made.push(cgroups.pod.dir);
    const child = spawnInCgroup(cgroups.container.dir, 'sleep', ['60'], { stdio: 'ignore' });
    const deadline = Date.now() + 5000;
    while (child.pid !== undefined && !cgroupPids(cgroups.container.dir).includes(child.pid) && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 20));
    expect(cgroupPids(cgroups.container.dir)).toEqual([child.pid]);

    await removeCgroupTree(h, cgroups.pod.dir);
    expect(existsSync(cgroups.pod.dir)).toBe(false);
    // The child was killed (a zombie until node reaps it, hence waiting for 'exit' rather than kill -0).
    const signal = child.signalCode ?? (await new Promise((r) => child.once('exit', (_code, sig) => r(sig))));
    expect(signal).toBe('SIGKILL');
    // Idempotent: a second call (Ctrl-C during cleanup, afterAll after a passing test) is a no-op.
    await expect(removeCgroupTree(h, cgroups.pod.dir)).resolves.toBeUndefined();
  });

  it.skipIf(reason)('sweeps a cgroup whose owning lab process died without cleaning up', async () => {
    const h = hierarchy();
    const dead = spawn('true');
    await new Promise((r) => dead.once('exit', r));
    const stale = join(h.mount, `podmem-lab-${dead.pid ?? 0}-1`);
    mkdirSync(stale);
    made.push(stale);
    mkdirSync(join(stale, 'app'));
    await sweepStaleLabCgroups(h);
    expect(existsSync(stale)).toBe(false);
  });

  it.skipIf(reason)('leaves the cgroup of a live lab run alone', async () => {
    const h = hierarchy();
    const live = createLabCgroups(h, nextLabCgroupName(), 64 * 1024 * 1024);
    made.push(live.pod.dir);
    expect(await sweepStaleLabCgroups(h)).not.toContain(live.pod.id.slice(1));
    expect(existsSync(live.pod.dir)).toBe(true);
  });
});
