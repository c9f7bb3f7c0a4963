import { describe, expect, it } from 'vitest';
import { SIZING_ROWS } from '@/lib/testing/sizing-rows';
import {
  guessWorkload,
  kubectlSetResources,
  namespaceSizingTotals,
  patchDocuments,
  resolveWorkload,
  sizingCsv,
  toQuantity,
  type OwnerRefs,
  type SizingRow,
} from './sizing-sweep';

const MiB = 1024 * 1024;
const rows = SIZING_ROWS;

describe('namespace sizing', () => {
  it('totals: requests 256−300 + 512−400 = +68 MiB freed, limits 512−615 + 1024−480 = +441 MiB, one container without a limit', () => {
    expect(namespaceSizingTotals(rows)).toEqual({ requestFreedBytes: 68 * MiB, limitFreedBytes: 441 * MiB, containersWithoutLimit: 1 });
  });
  it('guesses Deployment from name-hash-suffix, StatefulSet from name-ordinal, else the Pod', () => {
    expect(guessWorkload('orders-api-5f7c9d-x2x9q')).toEqual({ kind: 'Deployment', name: 'orders-api', source: 'name' });
    expect(guessWorkload('log-indexer-0')).toEqual({ kind: 'StatefulSet', name: 'log-indexer', source: 'name' });
    expect(guessWorkload('batch-28d1c')).toEqual({ kind: 'Pod', name: 'batch-28d1c', source: 'name' });
  });
  it('wins over the guess: kube-state-metrics owners, a ReplicaSet resolved to its Deployment, a Job to its CronJob', () => {
    const owners: OwnerRefs = {
      pods: new Map([
        // A Deployment with a 5-character ReplicaSet hash: the name guess would call this pod a bare Pod.
        ['web-v2-7c4d9-abcde', { kind: 'ReplicaSet', name: 'web-v2-7c4d9' }],
        ['db-0', { kind: 'StatefulSet', name: 'db' }],
        ['fluent-bit-x7k2p', { kind: 'DaemonSet', name: 'fluent-bit' }],
        ['batch-28d1c', { kind: 'Job', name: 'batch-28d1c' }],
        ['migrate-q9z8x', { kind: 'Job', name: 'migrate' }],
        ['bare-1', { kind: '<none>', name: '<none>' }],
        ['rs-only-6b5f4-qwert', { kind: 'ReplicaSet', name: 'rs-only-6b5f4' }],
      ]),
      replicaSets: new Map([['web-v2-7c4d9', { kind: 'Deployment', name: 'web-v2' }]]),
      jobs: new Map([
        ['batch-28d1c', { kind: 'CronJob', name: 'batch' }],
        ['migrate', { kind: '<none>', name: '<none>' }],
      ]),
    };
    const ksm = 'kube-state-metrics';
    expect(resolveWorkload('web-v2-7c4d9-abcde', owners)).toEqual({ kind: 'Deployment', name: 'web-v2', source: ksm });
    expect(resolveWorkload('db-0', owners)).toEqual({ kind: 'StatefulSet', name: 'db', source: ksm });
    expect(resolveWorkload('fluent-bit-x7k2p', owners)).toEqual({ kind: 'DaemonSet', name: 'fluent-bit', source: ksm });
    expect(resolveWorkload('batch-28d1c', owners)).toEqual({ kind: 'CronJob', name: 'batch', source: ksm });
    // A Job nobody owns stays the Job.
    expect(resolveWorkload('migrate-q9z8x', owners)).toEqual({ kind: 'Job', name: 'migrate', source: ksm });
    // kube-state-metrics says the pod has no owner: a bare Pod, and that is known, not guessed.
    expect(resolveWorkload('bare-1', owners)).toEqual({ kind: 'Pod', name: 'bare-1', source: ksm });
    // A ReplicaSet without an owner series is the workload itself.
    expect(resolveWorkload('rs-only-6b5f4-qwert', owners)).toEqual({ kind: 'ReplicaSet', name: 'rs-only-6b5f4', source: ksm });
    // No owner series for the pod: the name guess, marked as one.
    expect(resolveWorkload('orders-api-5f7c9d-x2x9q', owners)).toEqual({ kind: 'Deployment', name: 'orders-api', source: 'name' });
    expect(resolveWorkload('log-indexer-0', owners)).toEqual({ kind: 'StatefulSet', name: 'log-indexer', source: 'name' });
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
  it('a DaemonSet: kubectl daemonset/<name> and an apps/v1 template patch', () => {
    const ds: SizingRow = {
      pod: 'fluent-bit-x7k2p',
      container: 'fluent-bit',
      workload: { kind: 'DaemonSet', name: 'fluent-bit', source: 'kube-state-metrics' },
      current: { requestBytes: 64 * MiB, limitBytes: 128 * MiB },
      recommended: { requestBytes: 80 * MiB, limitBytes: 96 * MiB },
    };
    expect(kubectlSetResources('logging', ds)).toBe(
      'kubectl -n logging set resources daemonset/fluent-bit -c fluent-bit --requests=memory=80Mi --limits=memory=96Mi',
    );
    expect(patchDocuments('logging', [ds])).toEqual([
      {
        apiVersion: 'apps/v1',
        kind: 'DaemonSet',
        metadata: { name: 'fluent-bit', namespace: 'logging' },
        spec: { template: { spec: { containers: [{ name: 'fluent-bit', resources: { requests: { memory: '80Mi' }, limits: { memory: '96Mi' } } }] } } },
      },
    ]);
  });
  it('a Job (immutable template) and an unknown controller get neither a kubectl line nor a patch; a CronJob is patched through its jobTemplate', () => {
    const base = rows[2] as SizingRow;
    const job: SizingRow = { ...base, workload: { kind: 'Job', name: 'batch-28d1c', source: 'kube-state-metrics' } };
    const rollout: SizingRow = { ...base, workload: { kind: 'Rollout', name: 'batch', source: 'kube-state-metrics' } };
    expect(kubectlSetResources('demo', job)).toBeNull();
    expect(kubectlSetResources('demo', rollout)).toBeNull();
    expect(patchDocuments('demo', [job, rollout])).toEqual([]);
    const cron: SizingRow = { ...base, workload: { kind: 'CronJob', name: 'batch', source: 'kube-state-metrics' } };
    expect(kubectlSetResources('demo', cron)).toBe('kubectl -n demo set resources cronjob/batch -c job --requests=memory=700Mi --limits=memory=840Mi');
    expect(patchDocuments('demo', [cron])).toEqual([
      {
        apiVersion: 'batch/v1',
        kind: 'CronJob',
        metadata: { name: 'batch', namespace: 'demo' },
        spec: {
          jobTemplate: {
            spec: { template: { spec: { containers: [{ name: 'job', resources: { requests: { memory: '700Mi' }, limits: { memory: '840Mi' } } }] } } },
          },
        },
      },
    ]);
  });
  it('two replicas of one Deployment: one container entry, the larger recommendation', () => {
    const a = rows[0] as SizingRow;
    const b: SizingRow = { ...a, pod: 'orders-api-5f7c9d-zz9k1', recommended: { requestBytes: 320 * MiB, limitBytes: 600 * MiB } };
    expect(patchDocuments('demo', [a, b])).toEqual([
      {
        apiVersion: 'apps/v1',
        kind: 'Deployment',
        metadata: { name: 'orders-api', namespace: 'demo' },
        spec: { template: { spec: { containers: [{ name: 'api', resources: { requests: { memory: '320Mi' }, limits: { memory: '615Mi' } } }] } } },
      },
    ]);
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
