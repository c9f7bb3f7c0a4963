import type { SizingRow } from '@/lib/memory/sizing-sweep';

const MiB = 1024 * 1024;

/** Three containers of the demo, as the namespace sizing table lists them (orders-api, log-indexer, batch without a limit). */
export const SIZING_ROWS: readonly SizingRow[] = [
  {
    pod: 'orders-api-5f7c9d-x2x9q',
    container: 'api',
    workload: { kind: 'Deployment', name: 'orders-api', source: 'kube-state-metrics' },
    current: { requestBytes: 256 * MiB, limitBytes: 512 * MiB },
    recommended: { requestBytes: 300 * MiB, limitBytes: 615 * MiB },
  },
  {
    pod: 'log-indexer-0',
    container: 'indexer',
    workload: { kind: 'StatefulSet', name: 'log-indexer', source: 'kube-state-metrics' },
    current: { requestBytes: 512 * MiB, limitBytes: 1024 * MiB },
    recommended: { requestBytes: 400 * MiB, limitBytes: 480 * MiB },
  },
  {
    pod: 'batch-28d1c',
    container: 'job',
    workload: { kind: 'Pod', name: 'batch-28d1c', source: 'name' },
    current: { requestBytes: null, limitBytes: null },
    recommended: { requestBytes: 700 * MiB, limitBytes: 840 * MiB },
  },
];
