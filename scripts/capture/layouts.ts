/**
 * The labels a Prometheus scrape adds to kubelet and kube-state-metrics series, per common install.
 * kube-prometheus (prometheus-operator ServiceMonitors, honorLabels: true): cAdvisor gets job="kubelet",
 * metrics_path, instance, node, service, endpoint; KSM gets job, instance and the
 * kube-rbac-proxy `container` (pod/service/endpoint/namespace are label-dropped there).
 * prometheus-community/prometheus Helm chart: cAdvisor via the API-server proxy, job
 * "kubernetes-nodes-cadvisor", instance = node name, node labels mapped with `labelmap`
 * (honor_labels false); KSM through "kubernetes-service-endpoints" (annotation discovery, honor_labels true).
 */
export type ScrapeLayout = 'kube-prometheus' | 'helm';

export const SCRAPE_LAYOUTS: readonly ScrapeLayout[] = ['kube-prometheus', 'helm'];

/** Where the capture came from: node name and addresses the scrape would see. */
export interface ScrapeTarget {
  readonly node: string;
  readonly nodeIp: string;
  readonly ksmPodIp: string;
}

/** Target labels plus the conflict rule Prometheus applies (honor_labels). */
export interface TargetLabels {
  readonly labels: Readonly<Record<string, string>>;
  readonly honorLabels: boolean;
}

/** Target labels of the kubelet /metrics/cadvisor scrape for a layout. */
export function cadvisorTarget(layout: ScrapeLayout, t: ScrapeTarget): TargetLabels {
  if (layout === 'kube-prometheus') {
    return {
      honorLabels: true,
      labels: {
        job: 'kubelet',
        metrics_path: '/metrics/cadvisor',
        instance: `${t.nodeIp}:10250`,
        node: t.node,
        service: 'kubelet',
        endpoint: 'https-metrics',
      },
    };
  }
  return {
    honorLabels: false,
    labels: {
      job: 'kubernetes-nodes-cadvisor',
      instance: t.node,
      kubernetes_io_hostname: t.node,
      kubernetes_io_os: 'linux',
      kubernetes_io_arch: 'amd64',
      beta_kubernetes_io_os: 'linux',
      beta_kubernetes_io_arch: 'amd64',
    },
  };
}

/** Target labels of kubelet's /metrics/resource scrape (kube-prometheus only; the Helm chart does not scrape it). */
export function resourceTarget(t: ScrapeTarget): TargetLabels {
  const cad = cadvisorTarget('kube-prometheus', t);
  return { honorLabels: true, labels: { ...cad.labels, metrics_path: '/metrics/resource' } };
}

/** Target labels of the kube-state-metrics scrape for a layout. */
export function ksmTarget(layout: ScrapeLayout, t: ScrapeTarget): TargetLabels {
  if (layout === 'kube-prometheus') {
    return {
      honorLabels: true,
      labels: { job: 'kube-state-metrics', instance: `${t.ksmPodIp}:8443`, container: 'kube-rbac-proxy-main' },
    };
  }
  return {
    honorLabels: true,
    labels: {
      job: 'kubernetes-service-endpoints',
      instance: `${t.ksmPodIp}:8080`,
      namespace: 'monitoring',
      service: 'prometheus-kube-state-metrics',
      node: t.node,
      app_kubernetes_io_name: 'kube-state-metrics',
    },
  };
}

/**
 * Merges scraped labels with target labels as Prometheus does: empty scraped values are absent;
 * with honor_labels the scraped value wins, without it the scraped one moves to `exported_<name>`.
 */
export function applyTargetLabels(scraped: Readonly<Record<string, string>>, target: TargetLabels): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(scraped)) if (v !== '') out[k] = v;
  for (const [k, v] of Object.entries(target.labels)) {
    if (!(k in out)) out[k] = v;
    else if (!target.honorLabels) {
      out[`exported_${k}`] = out[k] ?? '';
      out[k] = v;
    }
  }
  return out;
}
