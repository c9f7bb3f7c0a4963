import { describe, expect, it } from 'vitest';
import type { SizingRow } from '@/lib/memory/sizing-sweep';
import { SIZING_ROWS } from '@/lib/testing/sizing-rows';
import { patchYaml } from './sizing-patch';

const rows: SizingRow[] = [...SIZING_ROWS.slice(0, 2), { ...(SIZING_ROWS[2] as SizingRow), recommended: { requestBytes: null, limitBytes: null } }];

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
