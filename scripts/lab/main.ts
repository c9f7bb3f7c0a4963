/**
 * `npm run lab`: reproduces the seed's dd experiment in a real memory cgroup (256 MiB limit) while a real
 * Prometheus scrapes it every second through a cAdvisor-compatible exporter, and serves podmem over it.
 * See docs/lab.md.
 */
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { ChildProcess } from 'node:child_process';
import { stopChild } from '../lib/prometheus-server';
import { labUnavailableReason } from './cgroup-host';
import { LAB_POD } from './exporter';
import { startLab } from './lab';
import { clock } from './phases';
import { ensureLabBuild, startLabPodmem } from './podmem-server';
import { pickPort } from './ports';

const HELP = `usage: npm run lab -- [--phase-seconds N] [--hold SECONDS] [--no-podmem] [--rebuild] [--port N]

  --phase-seconds N  length of each of the five phases (default 15; Prometheus scrapes every 1 s)
  --hold SECONDS     keep everything up this long after the last phase (default 300; 0 = stop at once)
  --no-podmem        run the cgroup, exporter and Prometheus only (no next start)
  --rebuild          rebuild podmem into .next-lab even if a build exists
  --port N           podmem's port (default: the first free port from 19500)
Linux only, as root: it creates a memory cgroup. Ctrl-C stops and removes everything.`;

function positive(name: string, raw: string | undefined, fallback: number, allowZero = false): number {
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!Number.isFinite(n) || n < 0 || (!allowZero && n === 0))
    throw new Error(`--${name} ${JSON.stringify(raw)} must be a ${allowZero ? 'non-negative' : 'positive'} number`);
  return n;
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      'phase-seconds': { type: 'string' },
      hold: { type: 'string' },
      'no-podmem': { type: 'boolean', default: false },
      rebuild: { type: 'boolean', default: false },
      port: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  const phaseSeconds = positive('phase-seconds', values['phase-seconds'], 15);
  const holdSeconds = positive('hold', values.hold, 300, true);
  const unavailable = labUnavailableReason();
  if (unavailable) {
    console.error(`lab: cannot run here: ${unavailable}`);
    return 2;
  }
  if (!values['no-podmem']) ensureLabBuild(values.rebuild, (line) => console.log(line));

  const podmemPort = values.port ? positive('port', values.port, 0) : await pickPort(19500);
  const exporterPort = await pickPort(19501, new Set([podmemPort]));
  const prometheusPort = await pickPort(exporterPort + 1, new Set([podmemPort]));
  const abort = new AbortController();
  let labCleanup: (() => Promise<void>) | undefined;
  let next: ChildProcess | undefined;
  let stopping = false;
  const stopAll = async () => {
    stopping = true;
    abort.abort();
    if (next) await stopChild(next);
    await labCleanup?.();
  };
  const onSignal = (sig: NodeJS.Signals, code: number) => {
    console.log(`\n[${clock(Date.now())}] ${sig}: stopping and removing the cgroup…`);
    stopAll().then(
      () => process.exit(code),
      (err: unknown) => {
        console.error(String(err));
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', () => onSignal('SIGINT', 130));
  process.once('SIGTERM', () => onSignal('SIGTERM', 143));

  try {
    const lab = await startLab({
      baseDir: join(process.cwd(), '.lab'),
      phaseSeconds,
      exporterPort,
      prometheusPort,
      registerCleanup: (fn) => (labCleanup = fn),
    });
    const deaths: Promise<string>[] = [lab.childDied];
    if (!values['no-podmem']) {
      const url = await startLabPodmem(podmemPort, lab.prometheusUrl, join(process.cwd(), '.lab', 'next.log'), (child) => {
        next = child;
        deaths.push(new Promise((resolve) => child.once('exit', (code) => resolve(`podmem (next start) exited with code ${code}`))));
      });
      console.log(`\npodmem: ${url}/clusters/lab/namespaces/${LAB_POD.namespace}/pods/${LAB_POD.pod}?range=5m\n`);
    }
    // After Ctrl-C the children get the signal too; their exit is then expected, not an error.
    const died = Promise.race(deaths).then((msg) => (stopping ? new Promise<never>(() => undefined) : Promise.reject(new Error(msg))));
    died.catch(() => undefined); // raced below; a death during the final cleanup is expected
    await Promise.race([lab.runPhases(abort.signal), died]);
    if (holdSeconds > 0) {
      console.log(`[${clock(Date.now())}] holding for ${holdSeconds} s (Ctrl-C stops earlier)`);
      await Promise.race([new Promise((r) => setTimeout(r, holdSeconds * 1000)), died]);
    }
    console.log(`[${clock(Date.now())}] done; removing the cgroup, the file and the processes`);
    return 0;
  } finally {
    await stopAll();
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(`lab: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  },
);
