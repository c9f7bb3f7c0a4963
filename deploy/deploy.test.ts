import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { DockerfileParser } from 'dockerfile-ast';
import { ServiceMonitor } from '@kubernetes-models/prometheus-operator/monitoring.coreos.com/v1/ServiceMonitor';
import { ConfigMap } from 'kubernetes-models/v1/ConfigMap';
import { Service } from 'kubernetes-models/v1/Service';
import { ServiceAccount } from 'kubernetes-models/v1/ServiceAccount';
import { Deployment } from 'kubernetes-models/apps/v1/Deployment';
import { Ingress } from 'kubernetes-models/networking.k8s.io/v1/Ingress';
import { NetworkPolicy } from 'kubernetes-models/networking.k8s.io/v1/NetworkPolicy';
import { PodDisruptionBudget } from 'kubernetes-models/policy/v1/PodDisruptionBudget';
import { parseAllDocuments } from 'yaml';
import { describe, expect, it } from 'vitest';
import { parseConfigText } from '@/lib/config/file';

// No Docker engine, helm or cluster here: the image is linted, the manifests rendered by kubectl's
// kustomize and validated against the Kubernetes (and prometheus-operator) OpenAPI schemas.

type K8sObject = { apiVersion: string; kind: string; metadata: { name: string; namespace?: string }; [k: string]: unknown };
// Rendered manifests are read as plain JSON: the schemas above already checked their shape.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Loose = Record<string, any>;

const MODELS: Record<string, new (o: never) => { validate(): void }> = {
  'v1/ServiceAccount': ServiceAccount,
  'v1/ConfigMap': ConfigMap,
  'v1/Service': Service,
  'apps/v1/Deployment': Deployment,
  'networking.k8s.io/v1/Ingress': Ingress,
  'networking.k8s.io/v1/NetworkPolicy': NetworkPolicy,
  'policy/v1/PodDisruptionBudget': PodDisruptionBudget,
  'monitoring.coreos.com/v1/ServiceMonitor': ServiceMonitor,
};

function render(dir: string): K8sObject[] {
  const out = execFileSync('kubectl', ['kustomize', dir], { encoding: 'utf8' });
  return parseAllDocuments(out).map((d) => d.toJS() as K8sObject);
}

function validateAll(objects: readonly K8sObject[]): void {
  for (const o of objects) {
    const Model = MODELS[`${o.apiVersion}/${o.kind}`];
    expect(Model, `no schema for ${o.apiVersion} ${o.kind}`).toBeDefined();
    if (Model) expect(() => new Model(o as never).validate(), `${o.kind}/${o.metadata.name}`).not.toThrow();
  }
}

describe('kustomize base (deploy/kubernetes)', { timeout: 60_000 }, () => {
  const objects = render('deploy/kubernetes');
  const byKind = (kind: string) => objects.find((o) => o.kind === kind) as Loose;

  it('renders a ServiceAccount, ConfigMap, Service and Deployment that validate against the Kubernetes schemas', () => {
    expect(objects.map((o) => o.kind).sort()).toEqual(['ConfigMap', 'Deployment', 'Service', 'ServiceAccount']);
    validateAll(objects);
  });

  it('runs 2 non-root, read-only replicas with probes on healthz/readyz, resources and the config and secrets as files', () => {
    const d = byKind('Deployment');
    const pod = d.spec.template.spec;
    const c = pod.containers[0];
    expect(d.spec.replicas).toBe(2);
    expect(c.livenessProbe.httpGet.path).toBe('/api/healthz');
    expect(c.readinessProbe.httpGet.path).toBe('/api/readyz');
    expect(c.resources.requests).toEqual({ cpu: '100m', memory: '256Mi' });
    expect(c.resources.limits.memory).toBe('512Mi');
    expect(pod.securityContext.runAsNonRoot).toBe(true);
    expect(pod.securityContext.runAsUser).toBe(10001);
    expect(c.securityContext).toMatchObject({ allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, capabilities: { drop: ['ALL'] } });
    expect(pod.automountServiceAccountToken).toBe(false);
    const mounts = Object.fromEntries(c.volumeMounts.map((m: { name: string; mountPath: string }) => [m.name, m.mountPath]));
    expect(mounts).toEqual({ config: '/etc/podmem', credentials: '/var/run/secrets/podmem', 'next-cache': '/app/.next/cache', tmp: '/tmp' });
    const volumes = Object.fromEntries(pod.volumes.map((v: Loose) => [v.name, v]));
    // The ConfigMap's generated name (with its content hash) is what the Deployment mounts: a config change rolls the pods.
    expect(volumes.config.configMap.name).toBe(byKind('ConfigMap').metadata.name);
    expect(volumes.config.configMap.name).toMatch(/^podmem-config-[a-z0-9]{10}$/);
    expect(volumes.credentials.secret).toMatchObject({ secretName: 'podmem-credentials', defaultMode: 0o400 });
    expect(c.env).toContainEqual({ name: 'PODMEM_CONFIG', value: '/etc/podmem/podmem.yaml' });
    expect(c.image).toBe('ghcr.io/podmem/podmem:0.1.0');
  });

  it('ships a config file podmem itself accepts', () => {
    const text = byKind('ConfigMap').data['podmem.yaml'] as string;
    const cfg = parseConfigText(text, 'ConfigMap podmem-config', 15_000);
    expect(cfg.clusters.map((c) => c.id)).toEqual(['in-cluster']);
  });

  it('the kube-prometheus overlay adds the Ingress, NetworkPolicy, PDB and ServiceMonitor, all valid, in namespace monitoring', () => {
    const overlay = render('deploy/overlays/kube-prometheus');
    validateAll(overlay);
    expect(overlay.map((o) => o.kind).sort()).toEqual([
      'ConfigMap',
      'Deployment',
      'Ingress',
      'NetworkPolicy',
      'PodDisruptionBudget',
      'Service',
      'ServiceAccount',
      'ServiceMonitor',
    ]);
    expect(new Set(overlay.map((o) => o.metadata.namespace))).toEqual(new Set(['monitoring']));
    const sm = overlay.find((o) => o.kind === 'ServiceMonitor') as Loose;
    expect(sm.spec.endpoints[0]).toMatchObject({ port: 'http', path: '/api/metrics' });
    const svc = overlay.find((o) => o.kind === 'Service') as Loose;
    // The ServiceMonitor and PDB select what the Service and Deployment carry.
    for (const [k, v] of Object.entries(sm.spec.selector.matchLabels as Record<string, string>)) expect(svc.metadata.labels[k]).toBe(v);
    const pdb = overlay.find((o) => o.kind === 'PodDisruptionBudget') as Loose;
    const podLabels = (overlay.find((o) => o.kind === 'Deployment') as Loose).spec.template.metadata.labels;
    for (const [k, v] of Object.entries(pdb.spec.selector.matchLabels as Record<string, string>)) expect(podLabels[k]).toBe(v);
    const cm = overlay.find((o) => o.kind === 'ConfigMap') as Loose;
    expect(parseConfigText(cm.data['podmem.yaml'], 'overlay ConfigMap', 15_000).clusters[0]?.namespaces.deny).toEqual([
      'kube-system',
      'kube-public',
      'kube-node-lease',
    ]);
  });
});

describe('Dockerfile', () => {
  const text = readFileSync('Dockerfile', 'utf8');
  const df = DockerfileParser.parse(text);
  const args = new Map<string, string>();
  for (const i of df.getInstructions()) {
    if (i.getKeyword() !== 'ARG') continue;
    const [name, value] = (i.getArgumentsContent() ?? '').split('=');
    if (name && value) args.set(name, value);
  }
  const resolve = (s: string) => s.replace(/\$\{(\w+)\}/g, (_m, n: string) => args.get(n) ?? '');

  it('is multi-stage from pinned, tagged images (no latest)', () => {
    const froms = df.getFROMs();
    expect(froms.length).toBeGreaterThanOrEqual(2);
    for (const f of froms) {
      const image = resolve(f.getArgumentsContent()?.split(/\s+/)[0] ?? '');
      expect(image).toMatch(/^[a-z0-9./-]+:[\w.-]+$/);
      expect(image.endsWith(':latest')).toBe(false);
    }
  });

  it('the final stage runs as a non-root user, copies only the standalone server, and starts it in exec form', () => {
    const instructions = df.getInstructions();
    const lastFrom = instructions.map((i) => i.getKeyword()).lastIndexOf('FROM');
    const final = instructions.slice(lastFrom);
    const user =
      final
        .filter((i) => i.getKeyword() === 'USER')
        .at(-1)
        ?.getArgumentsContent() ?? '';
    expect(user).not.toBe('');
    expect(user.split(':')[0]).not.toMatch(/^(root|0)$/);
    const copies = final.filter((i) => i.getKeyword() === 'COPY') as unknown as Array<{
      getArgumentsContent(): string | null;
      getFromFlag(): { getValue(): string | null } | null;
    }>;
    expect(copies.map((c) => `${c.getFromFlag()?.getValue() ?? '(context)'} ${c.getArgumentsContent() ?? ''}`)).toEqual([
      'build /app/.next/standalone ./',
      'build /app/.next/static ./.next/static',
      'build /app/public ./public',
    ]);
    expect(final.some((i) => i.getKeyword() === 'RUN')).toBe(false);
    const cmd = final.find((i) => i.getKeyword() === 'CMD')?.getArgumentsContent();
    expect(cmd).toBe('["node", "server.js"]');
    expect(final.some((i) => i.getKeyword() === 'HEALTHCHECK')).toBe(true);
  });

  it('keeps node_modules, builds, local secrets and git out of the build context', () => {
    expect(existsSync('.dockerignore')).toBe(true);
    const ignored = readFileSync('.dockerignore', 'utf8').split('\n');
    for (const p of ['node_modules', '.next', '.git', '.env*', 'secrets']) expect(ignored).toContain(p);
  });
});
