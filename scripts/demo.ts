/**
 * `npm run demo`: loads the demo scenarios into a real Prometheus (promtool backfill), builds podmem and
 * serves it on http://localhost:3000 (PORT overrides), printing the link to the seed-experiment pod.
 */
import { join } from 'node:path';
import { startDemoStack } from './lib/demo-stack';
import { buildNext, startNext } from './lib/next-server';
import { freePort } from './lib/system';
import { DEMO_CLUSTER, DEMO_NAMESPACE, DEMO_PODS } from './scenarios/demo';

const LIVE_MINUTES = 120;

async function main(): Promise<void> {
  const port = Number(process.env.PORT ?? 3000);
  if (!Number.isInteger(port) || port <= 0 || port > 65535) throw new Error(`PORT=${process.env.PORT ?? ''} is not a TCP port`);
  // The scenarios cover the hour before now; every pod then stays in its last state for two more hours,
  // so the live views (namespace list, "last 1h") keep working while the demo runs.
  const stack = await startDemoStack(
    join(process.cwd(), '.demo'),
    Number(process.env.PODMEM_DEMO_PROMETHEUS_PORT ?? (await freePort())),
    undefined,
    LIVE_MINUTES,
  );
  const stopAll = async () => {
    await stack.prometheus.stop();
  };
  process.on('SIGINT', () => void stopAll().then(() => process.exit(130)));
  process.on('SIGTERM', () => void stopAll().then(() => process.exit(143)));
  try {
    if (process.env.PODMEM_SKIP_BUILD !== '1') buildNext({});
    const env = { PODMEM_CLUSTERS: `${DEMO_CLUSTER}=${stack.prometheus.url}`, PROMETHEUS_URL: '' };
    const next = await startNext(port, env);
    process.on('exit', () => next.process.kill('SIGTERM'));
    const start = new Date((stack.endSeconds - 3600) * 1000).toISOString();
    const end = new Date(stack.endSeconds * 1000).toISOString();
    const range = `?start=${encodeURIComponent(start)}&end=${encodeURIComponent(end)}`;
    const base = `http://localhost:${port}/clusters/${DEMO_CLUSTER}/namespaces/${DEMO_NAMESPACE}/pods`;
    const seed = DEMO_PODS[0];
    console.log('\npodmem demo is running. The seed experiment (dd, then cat twice, in a pod with a 256 MiB limit):');
    console.log(`  ${base}/${seed?.pod ?? ''}${range}\n\nThe other scenarios:`);
    for (const p of DEMO_PODS.slice(1)) console.log(`  ${base}/${p.pod}${range}`);
    console.log(`\nOn-call view of the namespace: http://localhost:${port}/clusters/${DEMO_CLUSTER}/namespaces/${DEMO_NAMESPACE}`);
    console.log(`\nPrometheus with the demo data: ${stack.prometheus.url} (live for ${LIVE_MINUTES} minutes). Ctrl-C stops everything.`);
    await new Promise<void>((resolve) => next.process.once('exit', () => resolve()));
  } finally {
    await stopAll();
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
