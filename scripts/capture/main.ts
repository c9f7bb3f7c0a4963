import { parseArgs } from 'node:util';
import { captureToTsdb, readCapture } from './capture-to-tsdb';
import { SCRAPE_LAYOUTS, type ScrapeLayout } from './layouts';

/**
 * Backfills a kubelet + KSM capture into a Prometheus TSDB:
 * `tsx scripts/capture/main.ts --capture <dir> --layout kube-prometheus|helm --node <name> --data <dir> [--end <unix>] [--minutes 10]`.
 */
function main(): void {
  const { values } = parseArgs({
    options: {
      capture: { type: 'string' },
      layout: { type: 'string', default: 'kube-prometheus' },
      node: { type: 'string' },
      data: { type: 'string' },
      end: { type: 'string' },
      minutes: { type: 'string', default: '10' },
      'without-ksm': { type: 'boolean', default: false },
      'resource-copy': { type: 'boolean', default: false },
    },
  });
  const layout = SCRAPE_LAYOUTS.find((l) => l === values.layout);
  if (!values.capture || !values.node || !values.data || !layout) {
    throw new Error(`usage: --capture <dir> --node <name> --data <dir> [--layout ${SCRAPE_LAYOUTS.join('|')}] [--end unix] [--minutes 10]`);
  }
  const endSeconds = values.end ? Number(values.end) : Math.floor(Date.now() / 1000 / 15) * 15;
  const file = captureToTsdb(
    readCapture(values.capture),
    {
      layout: layout satisfies ScrapeLayout,
      target: { node: values.node, nodeIp: '192.168.49.2', ksmPodIp: '10.244.0.20' },
      window: { endSeconds, durationSeconds: Number(values.minutes) * 60, stepSeconds: 15 },
      withoutKsm: values['without-ksm'],
      resourceCopy: values['resource-copy'],
    },
    values.data,
  );
  console.log(`backfilled ${file} into ${values.data} (window ends ${new Date(endSeconds * 1000).toISOString()})`);
}

main();
