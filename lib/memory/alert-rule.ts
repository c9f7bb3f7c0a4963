import { Document } from 'yaml';
import { buildSelector, eq, neq, type Matcher } from '@/lib/promql/selector';
import type { AlertCandidate } from './alert-advisor';

/** kube-prometheus scrape labels for cAdvisor and kube-state-metrics series. */
const CADVISOR: readonly Matcher[] = [eq('job', 'kubelet'), eq('metrics_path', '/metrics/cadvisor'), neq('container', ''), neq('image', '')];
const KSM: readonly Matcher[] = [eq('job', 'kube-state-metrics'), eq('resource', 'memory')];
const BY = 'max by (namespace, pod, container)';

const RULES: Record<AlertCandidate, { alert: string; numerator: (ns: Matcher) => string; what: string }> = {
  workingSet: {
    alert: 'ContainerMemoryWorkingSetNearLimit',
    numerator: (ns) => `${BY} (${buildSelector('container_memory_working_set_bytes', [ns, ...CADVISOR])})`,
    what: 'Working set (which includes active page cache the kernel can reclaim)',
  },
  rss: {
    alert: 'ContainerMemoryRssNearLimit',
    numerator: (ns) => `${BY} (${buildSelector('container_memory_rss', [ns, ...CADVISOR])})`,
    what: 'RSS (which misses tmpfs/shmem and kernel memory)',
  },
  workingSetMinusActive: {
    alert: 'ContainerMemoryUnreclaimableNearLimit',
    numerator: (ns) =>
      `(\n  ${BY} (${buildSelector('container_memory_working_set_bytes', [ns, ...CADVISOR])})\n  - ${BY} (${buildSelector('container_memory_total_active_file_bytes', [ns, ...CADVISOR])})\n)`,
    what: 'Working set minus active page cache (about what reclaim cannot free)',
  },
};

/** The PromQL expression of one candidate: `<numerator> / <KSM memory limit> >= threshold`. */
export function buildAlertExpr(candidate: AlertCandidate, namespace: string, threshold: number): string {
  const ns = eq('namespace', namespace);
  const limit = `${BY} (${buildSelector('kube_pod_container_resource_limits', [ns, ...KSM])})`;
  return `${RULES[candidate].numerator(ns)}\n/ on (namespace, pod, container)\n${limit}\n>= ${threshold}\n`;
}

const K8S_NAME = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

/**
 * Ready-to-paste PrometheusRule YAML (prometheus-operator) alerting on one candidate ratio with
 * `for: 5m`, scoped to `namespace` as the example. Containers without a limit have no KSM limit
 * series and therefore never match. Throws on a namespace that is not a Kubernetes name.
 */
export function buildPrometheusRule(candidate: AlertCandidate, namespace: string, threshold = 0.9): string {
  if (!K8S_NAME.test(namespace) || namespace.length > 63) throw new Error(`invalid namespace: ${JSON.stringify(namespace)}`);
  if (!(threshold > 0 && threshold <= 10)) throw new Error(`invalid threshold: ${threshold}`);
  const rule = RULES[candidate];
  const percent = `${Math.round(threshold * 1000) / 10}%`;
  const doc = new Document({
    apiVersion: 'monitoring.coreos.com/v1',
    kind: 'PrometheusRule',
    metadata: { name: `podmem-${rule.alert.replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase()}`, namespace, labels: { prometheus: 'k8s', role: 'alert-rules' } },
    spec: {
      groups: [
        {
          name: 'podmem.memory',
          rules: [
            {
              alert: rule.alert,
              expr: buildAlertExpr(candidate, namespace, threshold),
              for: '5m',
              labels: { severity: 'warning' },
              annotations: {
                summary: `${rule.what} is at or above ${percent} of the container's memory limit.`,
                description: `{{ $labels.namespace }}/{{ $labels.pod }} container {{ $labels.container }}: {{ $value | humanizePercentage }} of the memory limit for 5 minutes.`,
              },
            },
          ],
        },
      ],
    },
  });
  if (candidate === 'workingSetMinusActive') {
    doc.commentBefore = ' container_memory_total_active_file_bytes needs cAdvisor >= 0.50 (kubelet >= 1.32).';
  }
  return doc.toString({ lineWidth: 0 });
}
