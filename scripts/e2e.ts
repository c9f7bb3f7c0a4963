/**
 * `npm run test:e2e`: builds podmem (standalone output), copies the standalone server alone into an
 * empty folder and runs it as the container would, loads the demo scenarios into a real Prometheus
 * (promtool backfill) and into VictoriaMetrics, puts in front of each engine a real nginx TLS gateway
 * (self-signed CA; bearer token + tenant header, basic auth, client certificate) and a recording /
 * fault-switching proxy, writes a config file for all of them, and runs the Playwright suite
 * (Debian's Chromium) once per engine. Afterwards the client bundle and the server log are searched
 * for the planted secrets. Extra arguments go to `playwright test`; PODMEM_E2E_ENGINES=prometheus
 * limits the engines.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startControlProxy } from './lib/control-proxy';
import { startDemoStack, startDemoVictoria } from './lib/demo-stack';
import { startFaultUpstream } from './lib/fault-upstream';
import { buildNext } from './lib/next-server';
import { ENGINE_TAG } from './lib/e2e-specs';
import { copyStandalone, startStandalone } from './lib/standalone';
import { ensureCommands, freePort } from './lib/system';
import { startTlsGateway } from './lib/tls-gateway';
import { DEMO_CLUSTER } from './scenarios/demo';

const CHROMIUM = process.env.PODMEM_CHROMIUM ?? '/usr/bin/chromium';
const DIST_DIR = '.next-e2e';
const ENGINES = (process.env.PODMEM_E2E_ENGINES ?? 'prometheus,victoriametrics').split(',').map((s) => s.trim());

type Stop = () => Promise<void>;

/** Secrets planted in the credential files: they must reach the gateway and nothing else. */
const SECRETS = {
  token: `planted-token-${randomBytes(12).toString('hex')}`,
  password: `planted-password-${randomBytes(12).toString('hex')}`,
};

interface EngineUpstreams {
  engineUrl: string;
  kind: 'prometheus' | 'victoriametrics';
  watchedUrl: string;
  /** The `restricted` cluster's own recording proxy: no other cluster's background detection shows in its log. */
  restrictedUrl: string;
  flakyUrl: string;
  gateway: Awaited<ReturnType<typeof startTlsGateway>>;
}

/** The config file the e2e server runs with: one cluster per way of reaching the engine. */
function writeConfig(file: string, secretsDir: string, u: EngineUpstreams): void {
  const g = u.gateway;
  const tls = `tls: { caFile: ${g.caFile} }`;
  writeFileSync(
    file,
    `# Written by scripts/e2e.ts for one run.
# Generous for the demo clusters on a busy test machine; the fault clusters use 2 s.
queryTimeout: 20s
protection: { cacheSeconds: 15, maxConcurrentPerCluster: 8, maxQueuePerCluster: 500 }
clusters:
  - id: ${DEMO_CLUSTER}
    name: Demo
    prometheus: { url: ${u.engineUrl}, kind: ${u.kind} }
  - id: watched
    name: Demo through a recording proxy
    prometheus: { url: ${u.watchedUrl}, kind: ${u.kind} }
    namespaces: { allow: ["demo"] }
  - id: restricted
    name: Demo with namespace globs
    prometheus: { url: ${u.restrictedUrl}, kind: ${u.kind} }
    namespaces: { allow: ["team-a-*", "demo"], deny: ["demo"] }
  - id: flaky
    prometheus: { url: ${u.flakyUrl}, kind: ${u.kind}, timeout: 2s }
  - id: secure
    name: Demo behind a tenant gateway
    prometheus:
      url: ${g.tokenUrl}
      kind: mimir
      headers: { X-Scope-OrgID: team-a }
      bearerTokenFile: ${secretsDir}/token
      ${tls}
      queryParams: { partial_response: "true", dedup: "true" }
  - id: secure-basic
    prometheus:
      url: ${g.basicUrl}
      kind: thanos
      basicAuth: { username: podmem, passwordFile: ${secretsDir}/password }
      ${tls}
  - id: secure-mtls
    prometheus:
      url: ${g.mtlsUrl}
      tls: { caFile: ${g.caFile}, certFile: ${g.clientCertFile}, keyFile: ${g.clientKeyFile} }
  - id: wrong-tenant
    prometheus: { url: ${g.tokenUrl}, headers: { X-Scope-OrgID: team-b }, bearerTokenFile: ${secretsDir}/token, ${tls} }
  - id: untrusted
    prometheus: { url: ${g.tokenUrl}, headers: { X-Scope-OrgID: team-a }, bearerTokenFile: ${secretsDir}/token }
`,
  );
}

async function runPlaywright(
  engine: string,
  u: EngineUpstreams,
  faultsUrl: string,
  demoEnd: number,
  work: string,
  standaloneDir: string,
  stops: Stop[],
): Promise<number> {
  // `down` is port 1 (tcpmux), which nothing here listens on: a free port picked now could be handed to
  // a server started later in the run, and then `down` answered (one run saw upstream_error, not refused).
  const clusters = [`garbage=${faultsUrl}/garbage`, `slow=${faultsUrl}/slow`, `starting=${faultsUrl}/starting`, 'down=http://127.0.0.1:1'];
  const secretsDir = join(work, 'secrets');
  const configFile = join(work, `podmem-${engine}.yaml`);
  writeConfig(configFile, secretsDir, u);
  const logFile = join(work, `next-${engine}.log`);
  const next = await startStandalone(
    standaloneDir,
    await freePort(),
    { PODMEM_DIST_DIR: DIST_DIR, PODMEM_CONFIG: configFile, PODMEM_CLUSTERS: clusters.join(','), PODMEM_QUERY_TIMEOUT_SECONDS: '2' },
    logFile,
  );
  stops.push(() => next.stop());
  console.log(`\n=== e2e against ${engine} (${u.engineUrl}), standalone server in ${standaloneDir} ===`);
  if (engine === 'victoriametrics') {
    console.log(`on ${engine}: the tests tagged ${ENGINE_TAG}, which read the engine's answers; the others assert podmem itself and ran on prometheus`);
  }
  // Async: the fault upstream and proxies live in this process and must keep answering while Playwright runs.
  const runner = spawn('node_modules/.bin/playwright', ['test', ...process.argv.slice(2)], {
    stdio: 'inherit',
    env: {
      ...process.env,
      TZ: 'UTC',
      E2E_DIST_DIR: DIST_DIR,
      E2E_BASE_URL: next.url,
      E2E_DEMO_END: String(demoEnd),
      E2E_CHROMIUM: CHROMIUM,
      E2E_ENGINE: engine,
      E2E_JSON_OUTPUT: `.test-results/e2e-${engine}.json`,
      E2E_WATCH_PROXY: u.watchedUrl,
      E2E_FLAKY_PROXY: u.flakyUrl,
      E2E_RESTRICTED_PROXY: u.restrictedUrl,
      E2E_SERVER_LOG: logFile,
      E2E_SECRETS: JSON.stringify(Object.values(SECRETS)),
    },
  });
  const code = await new Promise<number>((resolve) => runner.once('exit', (c) => resolve(c ?? 1)));
  await next.stop();
  return code;
}

/** Files under `dir` (recursively) whose text contains one of the secrets. */
function filesContaining(dir: string, secrets: readonly string[]): string[] {
  const hits: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (secrets.some((s) => readFileSync(path).includes(s))) hits.push(path);
    }
  };
  if (existsSync(dir)) walk(dir);
  return hits;
}

/** Starts the recording proxy, the fault proxy and the TLS gateway in front of one engine. */
async function upstreamsFor(kind: EngineUpstreams['kind'], engineUrl: string, work: string, stops: Stop[]): Promise<EngineUpstreams> {
  const watched = await startControlProxy(engineUrl, await freePort());
  stops.push(() => watched.stop());
  const flaky = await startControlProxy(engineUrl, await freePort());
  stops.push(() => flaky.stop());
  const restricted = await startControlProxy(engineUrl, await freePort());
  stops.push(() => restricted.stop());
  const gateway = await startTlsGateway({
    workDir: join(work, `gateway-${kind}`),
    target: engineUrl,
    ports: { token: await freePort(), basic: await freePort(), mtls: await freePort() },
    token: SECRETS.token,
    tenant: 'team-a',
    basicUser: 'podmem',
    basicPassword: SECRETS.password,
  });
  stops.push(() => gateway.stop());
  return { engineUrl, kind, watchedUrl: watched.url, restrictedUrl: restricted.url, flakyUrl: flaky.url, gateway };
}

async function main(): Promise<number> {
  ensureCommands([
    { command: process.env.PODMEM_CHROMIUM ?? 'chromium', debianPackage: 'chromium' },
    { command: 'prometheus', debianPackage: 'prometheus' },
    { command: 'victoria-metrics', debianPackage: 'victoria-metrics' },
    { command: 'nginx', debianPackage: 'nginx' },
    { command: 'openssl', debianPackage: 'openssl' },
  ]);
  const work = join(process.cwd(), '.e2e');
  rmSync(work, { recursive: true, force: true });
  // Results of an engine not run this time must not be counted by scripts/test-summary.ts.
  for (const f of existsSync('.test-results') ? readdirSync('.test-results') : []) if (f.startsWith('e2e-')) rmSync(join('.test-results', f));
  mkdirSync(work, { recursive: true });
  const stops: Stop[] = [];
  try {
    if (process.env.PODMEM_SKIP_BUILD !== '1') buildNext({ PODMEM_DIST_DIR: DIST_DIR });
    const standaloneDir = copyStandalone(DIST_DIR);
    stops.push(async () => rmSync(standaloneDir, { recursive: true, force: true }));
    const secretsDir = join(work, 'secrets');
    mkdirSync(secretsDir, { recursive: true });
    writeFileSync(join(secretsDir, 'token'), `${SECRETS.token}\n`, { mode: 0o600 });
    writeFileSync(join(secretsDir, 'password'), `${SECRETS.password}\n`, { mode: 0o600 });
    const faults = await startFaultUpstream(await freePort());
    stops.push(() => faults.stop());
    const demo = await startDemoStack(join(work, 'demo'), await freePort());
    stops.push(() => demo.prometheus.stop());
    const results: Array<[string, number]> = [];
    for (const engine of ENGINES) {
      if (engine === 'prometheus') {
        const u = await upstreamsFor('prometheus', demo.prometheus.url, work, stops);
        results.push([engine, await runPlaywright(engine, u, faults.url, demo.endSeconds, work, standaloneDir, stops)]);
      } else if (engine === 'victoriametrics') {
        const vm = await startDemoVictoria(join(work, 'vm'), await freePort(), demo.endSeconds);
        stops.push(() => vm.stop());
        const u = await upstreamsFor('victoriametrics', vm.url, work, stops);
        results.push([engine, await runPlaywright(engine, u, faults.url, demo.endSeconds, work, standaloneDir, stops)]);
      } else {
        throw new Error(`PODMEM_E2E_ENGINES: unknown engine ${JSON.stringify(engine)} (prometheus, victoriametrics)`);
      }
    }
    for (const [engine, code] of results) console.log(`e2e on ${engine}: ${code === 0 ? 'passed' : `FAILED (exit ${code})`}`);
    // The planted secrets reached the gateway (the secure clusters answered); they must be nowhere the
    // browser or an operator's log can see. API responses are searched by e2e/production.spec.ts.
    const leaks = [
      ...filesContaining(join(standaloneDir, DIST_DIR, 'static'), Object.values(SECRETS)),
      ...filesContaining(join(DIST_DIR, 'static'), Object.values(SECRETS)),
      ...readdirSync(work)
        .filter((f) => f.startsWith('next-') && f.endsWith('.log'))
        .filter((f) => Object.values(SECRETS).some((s) => readFileSync(join(work, f), 'utf8').includes(s))),
    ];
    console.log(leaks.length === 0 ? 'secrets: not in the client bundle nor in the server logs' : `secrets LEAKED into: ${leaks.join(', ')}`);
    return results.every(([, code]) => code === 0) && leaks.length === 0 ? 0 : 1;
  } finally {
    for (const stop of stops.reverse()) await stop();
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err instanceof Error ? (err.stack ?? err.message) : err);
    process.exit(1);
  },
);
