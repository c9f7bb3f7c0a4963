/**
 * `npm run lab`: reproduces the seed's dd experiment in a real memory cgroup (256 MiB limit) while a real
 * Prometheus scrapes it every second through a cAdvisor-compatible exporter, and serves podmem over it.
 * See docs/lab.md.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { buildNext, startNext, type NextHandle } from '../lib/next-server';
import { labUnavailableReason } from './cgroup-host';
import { LAB_POD } from './exporter';
import { startLab, type Lab } from './lab';
import { clock } from './phases';
import { pickPort } from './ports';

const HELP = `usage: npm run lab -- [--phase-seconds N] [--hold SECONDS] [--no-podmem] [--rebuild] [--port N]

  --phase-seconds N  length of each of the five phases (default 20; 1 s scrapes, so ≥ 5 makes sense)
  --hold SECONDS     keep everything up this long after the last phase (default 300; 0 = stop at once)
  --no-podmem        run the cgroup, exporter and Prometheus only (no next start)
  --rebuild          rebuild podmem into .next-lab even if a build exists
  --port N           podmem's port (default: the first free port from 19500)
Linux only, as root: it creates a memory cgroup. Ctrl-C stops and removes everything.`;

function positive(name: string, raw: string | undefined, fallback: number, allowZero = false): number {
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!Number.isFinite(n) || n < 0 || (!allowZero && n === 0)) throw new Error(`--${name} ${JSON.stringify(raw)} must be a ${allowZero ? 'non-negative' : 'positive'} number`);
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
  const phaseSeconds = positive('phase-seconds', values['phase-seconds'], 20);
  const holdSeconds = positive('hold', values.hold, 300, true);
  const unavailable = labUnavailableReason();
  if (unavailable) {
    console.error(`lab: cannot run here: ${unavailable}`);
    return 2;
  }
  const distDir = '.next-lab';
  if (!values['no-podmem'] && (values.rebuild || !existsSync(join(distDir, 'BUILD_ID')))) {
    console.log(`lab: building podmem into ${distDir} (once; --rebuild to refresh)…`);
    buildNext({ PODMEM_DIST_DIR: distDir });
  }

  const podmemPort = values.port ? positive('port', values.port, 0) : await pickPort(19500);
  const exporterPort = await pickPort(19501, new Set([podmemPort]));
  const prometheusPort = await pickPort(exporterPort + 1, new Set([podmemPort]));
  const abort = new AbortController();
  let lab: Lab | undefined;
  let next: NextHandle | undefined;
  const stopAll = async () => {
    abort.abort();
    await next?.stop();
    await lab?.cleanup();
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
    lab = await startLab({ baseDir: join(process.cwd(), '.lab'), phaseSeconds, exporterPort, prometheusPort });
    const deaths: Promise<string>[] = [lab.childDied];
    if (!values['no-podmem']) {
      const env = { PODMEM_DIST_DIR: distDir, PODMEM_CLUSTERS: `lab=${lab.prometheusUrl}`, PODMEM_MIN_STEP_SECONDS: '1', PROMETHEUS_URL: '' };
      next = await startNext(podmemPort, env, join(process.cwd(), '.lab', 'next.log'), '127.0.0.1');
      const nextProcess = next.process;
      deaths.push(new Promise((resolve) => nextProcess.once('exit', (code) => resolve(`podmem (next start) exited with code ${code}`))));
      console.log(`\npodmem: ${next.url}/clusters/lab/namespaces/${LAB_POD.namespace}/pods/${LAB_POD.pod}?range=5m\n`);
    }
    const died = Promise.race(deaths).then((msg) => {
      throw new Error(msg);
    });
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
