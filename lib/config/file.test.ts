import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { eq } from '@/lib/promql/selector';
import { parseConfigText } from './file';
import { loadPodmemConfig } from './load';
import { namespaceAllowed } from './namespace-access';

const FULL = `clusters:
  - id: prod-eu
    name: Production EU
    prometheus:
      url: https://thanos-query.monitoring.svc:9090
      kind: thanos
      timeout: 20s
      headers: { X-Scope-OrgID: team-a }
      bearerTokenFile: /var/run/secrets/podmem/token
      tls: { caFile: /etc/podmem/ca.crt, insecureSkipVerify: false }
      queryParams: { partial_response: "true", dedup: true }
    selectors: { cadvisor: 'job="kubelet", metrics_path="/metrics/cadvisor"', kubeStateMetrics: 'job="kube-state-metrics"' }
    namespaces: { allow: ["team-a-*"], deny: ["kube-system"] }
  - id: mimir
    prometheus:
      url: http://mimir.svc/prometheus
      kind: mimir
      basicAuth: { username: podmem, passwordFile: /var/run/secrets/podmem/password }
protection: { cacheSeconds: 10, maxConcurrentPerCluster: 4 }
`;

describe('config file', () => {
  it('reads every field of the documented shape', () => {
    const cfg = parseConfigText(FULL, 'podmem.yaml', 15_000);
    const [eu, mimir] = cfg.clusters;
    expect(eu?.id).toBe('prod-eu');
    expect(eu?.name).toBe('Production EU');
    expect(eu?.upstream).toEqual({
      url: 'https://thanos-query.monitoring.svc:9090',
      kind: 'thanos',
      timeoutMs: 20_000,
      headers: { 'X-Scope-OrgID': 'team-a' },
      queryParams: { partial_response: 'true', dedup: 'true' },
      bearerTokenFile: '/var/run/secrets/podmem/token',
      tls: { caFile: '/etc/podmem/ca.crt', insecureSkipVerify: false },
    });
    expect(eu?.cadvisorOverride).toEqual([eq('job', 'kubelet'), eq('metrics_path', '/metrics/cadvisor')]);
    expect(eu?.ksmOverride).toEqual([eq('job', 'kube-state-metrics')]);
    expect(eu?.namespaces).toEqual({ allow: ['team-a-*'], deny: ['kube-system'] });
    expect(mimir?.name).toBe('mimir');
    expect(mimir?.upstream.timeoutMs).toBe(15_000);
    expect(mimir?.upstream.basicAuth).toEqual({ username: 'podmem', passwordFile: '/var/run/secrets/podmem/password' });
    expect(mimir?.cadvisorOverride).toBeUndefined();
    expect(mimir?.namespaces).toEqual({ allow: [], deny: [] });
    expect(cfg.protection).toEqual({ cacheSeconds: 10, maxConcurrentPerCluster: 4, maxQueuePerCluster: 500 });
  });

  it.each([
    ['a misspelt key', FULL.replace('bearerTokenFile:', 'bearerTokenFiel:'), 'podmem.yaml:9: clusters[0].prometheus.bearerTokenFiel: unknown key'],
    [
      'a bad kind',
      FULL.replace('kind: thanos', 'kind: influx'),
      'podmem.yaml:6: clusters[0].prometheus.kind: Invalid option: expected one of "prometheus"|"thanos"|"mimir"|"victoriametrics"',
    ],
    ['a bad duration', FULL.replace('timeout: 20s', 'timeout: soon'), 'podmem.yaml:7: clusters[0].prometheus.timeout: "soon" is not a duration like 15s or 2m'],
    [
      'an id with capitals',
      FULL.replace('id: prod-eu', 'id: Prod_EU'),
      'podmem.yaml:2: clusters[0].id: must be lowercase letters, digits and dashes (a Kubernetes name), at most 63 characters',
    ],
    [
      'a relative secret path',
      FULL.replace('passwordFile: /var/run/secrets/podmem/password', 'passwordFile: password.txt'),
      'podmem.yaml:18: clusters[1].prometheus.basicAuth.passwordFile: must be an absolute path',
    ],
    [
      'a missing url',
      FULL.replace('      url: http://mimir.svc/prometheus\n', ''),
      'podmem.yaml:16: clusters[1].prometheus.url: Invalid input: expected string, received undefined',
    ],
    [
      'an Authorization header',
      FULL.replace('X-Scope-OrgID: team-a', 'Authorization: Bearer x'),
      'podmem.yaml:8: clusters[0].prometheus.headers.Authorization: is set by podmem itself (use bearerTokenFile or basicAuth for Authorization)',
    ],
    [
      'a reserved query parameter',
      FULL.replace('dedup: true', 'query: up'),
      'podmem.yaml:11: clusters[0].prometheus.queryParams.query: is set by podmem for each query',
    ],
    [
      'a bad selector',
      FULL.replace(`kubeStateMetrics: 'job="kube-state-metrics"'`, `kubeStateMetrics: 'job=kube'`),
      'podmem.yaml:12: clusters[0].selectors.kubeStateMetrics: is not a list of PromQL label matchers',
    ],
    [
      'a bad namespace glob',
      FULL.replace('deny: ["kube-system"]', 'deny: ["Kube System"]'),
      'podmem.yaml:13: clusters[0].namespaces.deny[0]: must be a namespace name or a glob',
    ],
    ['broken YAML', FULL.replace('    name: Production EU', '    name: [Production EU'), 'podmem.yaml:'],
    ['a repeated id', FULL.replace('id: mimir', 'id: prod-eu'), 'podmem.yaml:14: clusters[1].id: "prod-eu" appears twice'],
  ])('names the line and key of %s', (_what, text, message) => {
    expect(() => parseConfigText(text, 'podmem.yaml', 15_000)).toThrow(message);
  });

  it('keeps PROMETHEUS_URL and PODMEM_CLUSTERS as shortcuts next to the file, and refuses a clash', () => {
    const dir = mkdtempSync(join(tmpdir(), 'podmem-config-'));
    const file = join(dir, 'podmem.yaml');
    writeFileSync(file, FULL);
    const cfg = loadPodmemConfig({ PODMEM_CONFIG: file, PODMEM_CLUSTERS: 'lab=http://127.0.0.1:9090' });
    expect(cfg.clusters.map((c) => c.id)).toEqual(['prod-eu', 'mimir', 'lab']);
    writeFileSync(join(dir, 'timeout.yaml'), `queryTimeout: 2s\n${FULL}`);
    const withTimeout = loadPodmemConfig({ PODMEM_CONFIG: join(dir, 'timeout.yaml'), PODMEM_CLUSTERS: 'lab=http://127.0.0.1:9090' });
    expect(withTimeout.clusters.map((c) => c.upstream.timeoutMs)).toEqual([20_000, 2_000, 2_000]);
    const envWins = loadPodmemConfig({
      PODMEM_CONFIG: join(dir, 'timeout.yaml'),
      PODMEM_CLUSTERS: 'lab=http://127.0.0.1:9090',
      PODMEM_QUERY_TIMEOUT_SECONDS: '7',
    });
    expect(envWins.clusters.map((c) => c.upstream.timeoutMs)).toEqual([20_000, 2_000, 7_000]);
    expect(cfg.source).toBe(file);
    expect(() => loadPodmemConfig({ PODMEM_CONFIG: file, PODMEM_CLUSTERS: 'mimir=http://127.0.0.1:9090' })).toThrow('cluster id "mimir" is both in');
    expect(() => loadPodmemConfig({ PODMEM_CONFIG: join(dir, 'missing.yaml') })).toThrow('cannot read the file (ENOENT)');
    expect(loadPodmemConfig({ PROMETHEUS_URL: 'http://p:9090' }).clusters[0]?.upstream).toEqual({
      url: 'http://p:9090',
      kind: 'prometheus',
      timeoutMs: 15_000,
      headers: {},
      queryParams: {},
    });
  });
});

describe('namespace globs', () => {
  const access = { allow: ['team-a-*', 'shared'], deny: ['team-a-secret*'] };
  it.each([
    ['team-a-web', true],
    ['team-a-', true],
    ['shared', true],
    ['shared-2', false],
    ['team-b-web', false],
    ['team-a-secrets', false],
  ])('%s → %s', (ns, allowed) => expect(namespaceAllowed(access, ns)).toBe(allowed));
  it('allows everything but the deny list when allow is empty', () => {
    expect(namespaceAllowed({ allow: [], deny: ['kube-*'] }, 'web')).toBe(true);
    expect(namespaceAllowed({ allow: [], deny: ['kube-*'] }, 'kube-system')).toBe(false);
  });
  it('treats regex characters in a glob literally', () => {
    expect(namespaceAllowed({ allow: ['a?c'], deny: [] }, 'abc')).toBe(true);
    expect(namespaceAllowed({ allow: ['a-c'], deny: [] }, 'abc')).toBe(false);
  });
});

describe('the example configs in docs/examples', () => {
  it.each([
    ['prometheus', 'prometheus', 'http://prometheus-k8s.monitoring.svc:9090'],
    ['thanos', 'thanos', 'https://thanos-query.monitoring.svc:9090'],
    ['mimir', 'mimir', 'https://mimir-gateway.mimir.svc/prometheus'],
    ['victoriametrics', 'victoriametrics', 'http://victoria-metrics.monitoring.svc:8428'],
  ])('%s.yaml is accepted', (file, kind, url) => {
    const cfg = parseConfigText(readFileSync(`docs/examples/${file}.yaml`, 'utf8'), file, 15_000);
    expect(cfg.clusters[0]?.upstream.kind).toBe(kind);
    expect(cfg.clusters[0]?.upstream.url).toBe(url);
  });
  it('thanos.yaml asks for partial responses and deduplication; mimir.yaml sends the tenant', () => {
    expect(parseConfigText(readFileSync('docs/examples/thanos.yaml', 'utf8'), 't', 1).clusters[0]?.upstream.queryParams).toEqual({
      partial_response: 'true',
      dedup: 'true',
    });
    expect(parseConfigText(readFileSync('docs/examples/mimir.yaml', 'utf8'), 'm', 1).clusters[0]?.upstream.headers).toEqual({ 'X-Scope-OrgID': 'team-a' });
  });
});
