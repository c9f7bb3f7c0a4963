import { describe, expect, it } from 'vitest';
import type { SizingRow } from '@/lib/memory/sizing-sweep';
import { patchYaml } from './sizing-patch';

const MiB = 1024 * 1024;
const rows: SizingRow[] = [
  {
    pod: 'orders-api-5f7c9d-x2x9q',
    container: 'api',
    current: { requestBytes: 256 * MiB, limitBytes: 512 * MiB },
    recommended: { requestBytes: 300 * MiB, limitBytes: 615 * MiB },
  },
  {
    pod: 'log-indexer-0',
    container: 'indexer',
    current: { requestBytes: 512 * MiB, limitBytes: 1024 * MiB },
    recommended: { requestBytes: 400 * MiB, limitBytes: 480 * MiB },
  },
  { pod: 'batch-28d1c', container: 'job', current: { requestBytes: null, limitBytes: null }, recommended: { requestBytes: null, limitBytes: null } },
];

describe('patchYaml', () => {
  it('writes one strategic-merge patch document per workload as YAML, and nothing for a row without a recommendation', () => {
    expect(patchYaml('demo', rows)).toBe(
      [
        'apiVersion: apps/v1',
        'kind: Deployment',
        'metadata:',
        '  name: orders-api',
        '  namespace: demo',
        'spec:',
        '  template:',
        '    spec:',
        '      containers:',
        '        - name: api',
        '          resources:',
        '            requests:',
        '              memory: 300Mi',
        '            limits:',
        '              memory: 615Mi',
        '---',
        'apiVersion: apps/v1',
        'kind: StatefulSet',
        'metadata:',
        '  name: log-indexer',
        '  namespace: demo',
        'spec:',
        '  template:',
        '    spec:',
        '      containers:',
        '        - name: indexer',
        '          resources:',
        '            requests:',
        '              memory: 400Mi',
        '            limits:',
        '              memory: 480Mi',
        '',
      ].join('\n'),
    );
  });
});
