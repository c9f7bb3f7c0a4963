import { describe, expect, it } from 'vitest';
import { SIZING_ROWS } from '@/lib/testing/sizing-rows';
import { guessWorkload, kubectlSetResources, namespaceSizingTotals, patchDocuments, sizingCsv, toQuantity, type SizingRow } from './sizing-sweep';

const MiB = 1024 * 1024;
const rows = SIZING_ROWS;

describe('namespace sizing', () => {
  it('totals: requests 256−300 + 512−400 = +68 MiB freed, limits 512−615 + 1024−480 = +441 MiB, one container without a limit', () => {
    expect(namespaceSizingTotals(rows)).toEqual({ requestFreedBytes: 68 * MiB, limitFreedBytes: 441 * MiB, containersWithoutLimit: 1 });
  });
  it('guesses Deployment from name-hash-suffix, StatefulSet from name-ordinal, else the Pod', () => {
    expect(guessWorkload('orders-api-5f7c9d-x2x9q')).toEqual({ kind: 'Deployment', name: 'orders-api' });
    expect(guessWorkload('log-indexer-0')).toEqual({ kind: 'StatefulSet', name: 'log-indexer' });
    expect(guessWorkload('batch-28d1c')).toEqual({ kind: 'Pod', name: 'batch-28d1c' });
  });
  it('quantities: whole MiB as Mi, the rest in bytes', () => {
    expect(toQuantity(615 * MiB)).toBe('615Mi');
    expect(toQuantity(1000)).toBe('1000');
  });
  it('writes a kubectl set resources line per container', () => {
    expect(kubectlSetResources('demo', rows[0] as SizingRow)).toBe(
      'kubectl -n demo set resources deployment/orders-api -c api --requests=memory=300Mi --limits=memory=615Mi',
    );
  });
  it('one patch document per workload; a row without a recommendation is left out', () => {
    const docs = patchDocuments('demo', [...rows.slice(0, 2), { ...(rows[2] as SizingRow), recommended: { requestBytes: null, limitBytes: null } }]);
    expect(docs.map((d) => `${d.apiVersion} ${d.kind}/${d.metadata.name}`)).toEqual(['apps/v1 Deployment/orders-api', 'apps/v1 StatefulSet/log-indexer']);
    expect(patchDocuments('demo', [rows[2] as SizingRow])).toEqual([
      {
        apiVersion: 'v1',
        kind: 'Pod',
        metadata: { name: 'batch-28d1c', namespace: 'demo' },
        spec: { containers: [{ name: 'job', resources: { requests: { memory: '700Mi' }, limits: { memory: '840Mi' } } }] },
      },
    ]);
  });
  it('writes CSV in bytes, empty where there is no value', () => {
    const csv = sizingCsv(rows.slice(2));
    expect(csv).toBe(
      'pod,container,current_request_bytes,current_limit_bytes,recommended_request_bytes,recommended_limit_bytes,request_freed_bytes,limit_freed_bytes\n' +
        `batch-28d1c,job,,,${700 * MiB},${840 * MiB},,\n`,
    );
  });
});
