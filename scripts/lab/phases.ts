import { computeCadvisorMemory } from './cadvisor-compute';
import { readCgroupMemoryFiles, type MemoryHierarchy } from './cgroup-host';
import { spawnInCgroup } from './cgroup-lifecycle';

export type PhaseName = 'idle' | 'dd' | 'idle-after-dd' | 'read-twice' | 'idle-after-read';

/** When a phase ran (epoch ms) and what the container cgroup held at its end. */
export interface PhaseRecord {
  name: PhaseName;
  startMs: number;
  endMs: number;
  summary: string;
}

export interface PhaseContext {
  hierarchy: MemoryHierarchy;
  containerDir: string;
  /** The file dd writes: on a disk filesystem, so its page cache is charged to the cgroup. */
  file: string;
  fileMiB: number;
  phaseSeconds: number;
  log(line: string): void;
  signal?: AbortSignal;
}

const MiB = 1024 * 1024;

/** Runs a command inside the cgroup and resolves with its stderr when it exits 0. */
export function runInCgroup(dir: string, command: string, args: readonly string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawnInCgroup(dir, command, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
    child.once('error', reject);
    child.once('exit', (code, sig) =>
      code === 0 ? resolve(stderr) : reject(new Error(`${command} ${args.join(' ')} failed (${sig ?? `exit ${code}`}): ${stderr.trim()}`)),
    );
  });
}

/** Formats an instant as HH:MM:SS local time for the phase log. */
export function clock(ms: number): string {
  return new Date(ms).toTimeString().slice(0, 8);
}

/** A one-line reading of the container cgroup, in cAdvisor's terms (MiB). */
export function describeCgroup(hierarchy: MemoryHierarchy, dir: string): string {
  const v = computeCadvisorMemory(readCgroupMemoryFiles(hierarchy.version, dir));
  const f = (n: number) => (n / MiB).toFixed(1);
  return `rss ${f(v.rss)} MiB, active_file ${f(v.activeFile)}, inactive_file ${f(v.inactiveFile)}, working set ${f(v.workingSet)}, usage ${f(v.usage)}`;
}

function sleepUntil(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(new Error('aborted'));
      return;
    }
    const timer = setTimeout(done, Math.max(ms - Date.now(), 0));
    function done() {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }
    function onAbort() {
      clearTimeout(timer);
      reject(new Error('aborted'));
    }
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

interface PhaseSpec {
  name: PhaseName;
  title: string;
  action?: (ctx: PhaseContext) => Promise<string>;
}

const PHASES: readonly PhaseSpec[] = [
  { name: 'idle', title: 'the app only holds its anonymous memory' },
  {
    name: 'dd',
    title: 'dd writes the file (page cache lands on the inactive list)',
    action: async (ctx) => {
      const stderr = await runInCgroup(ctx.containerDir, 'dd', ['if=/dev/zero', `of=${ctx.file}`, 'bs=1M', `count=${ctx.fileMiB}`, 'conv=fsync']);
      return stderr.trim().split('\n').pop() ?? '';
    },
  },
  { name: 'idle-after-dd', title: 'idle' },
  {
    name: 'read-twice',
    title: 'cat reads the file twice (the second touch promotes it to active)',
    action: async (ctx) => {
      await runInCgroup(ctx.containerDir, 'cat', [ctx.file]);
      await runInCgroup(ctx.containerDir, 'cat', [ctx.file]);
      return 'cat file > /dev/null, twice';
    },
  },
  { name: 'idle-after-read', title: 'idle' },
];

/** Runs the seed's five steps, each lasting `phaseSeconds`, logging each phase change with its time. */
export async function runPhases(ctx: PhaseContext): Promise<PhaseRecord[]> {
  const records: PhaseRecord[] = [];
  for (const [i, spec] of PHASES.entries()) {
    const startMs = Date.now();
    ctx.log(`[${clock(startMs)}] phase ${i + 1}/${PHASES.length} ${spec.name}: ${spec.title}`);
    if (spec.action) ctx.log(`           ${await spec.action(ctx)}`);
    await sleepUntil(startMs + ctx.phaseSeconds * 1000, ctx.signal);
    // Read at the end of the phase: memory.stat is flushed lazily, so right after the action it can lag.
    const summary = describeCgroup(ctx.hierarchy, ctx.containerDir);
    ctx.log(`           end of ${spec.name}: ${summary}`);
    records.push({ name: spec.name, startMs, endMs: Date.now(), summary });
  }
  return records;
}
