import type { ClusterCapabilities } from '@/lib/api/cluster';

/** One line of the data-source page. */
export interface CapabilityFact {
  term: string;
  text: string;
}

const LAYOUT_TEXT: Record<ClusterCapabilities['cadvisor']['layout'], string> = {
  'kube-prometheus': 'scraped the kube-prometheus way (job "kubelet", /metrics/cadvisor)',
  helm: 'scraped the way the prometheus-community Helm chart does (job "kubernetes-nodes-cadvisor")',
  other: 'scraped by a custom job',
  unknown: 'with no job filter',
};

const SOURCE_TEXT = { configured: 'set in the configuration', detected: 'detected from the data', default: 'assumed: nothing was found' } as const;

/** Turns detected capabilities into plain sentences (the data-source page shows them as a list). */
export function describeCapabilities(c: ClusterCapabilities): CapabilityFact[] {
  const m = c.metrics;
  const resourceCopy = c.cadvisor.jobs.some((j) => j.kind === 'resource');
  const facts: CapabilityFact[] = [
    {
      term: 'Container metrics',
      text: `cAdvisor ${LAYOUT_TEXT[c.cadvisor.layout]}; selector ${c.cadvisor.selector} (${SOURCE_TEXT[c.cadvisor.source]}).${
        resourceCopy ? ' kubelet’s /metrics/resource copy of the working set is also scraped; podmem ignores it.' : ''
      }`,
    },
    {
      term: 'Page cache split',
      text:
        m.activeFile && m.inactiveFile
          ? 'Active and inactive page cache are measured (kubelet 1.32 or newer).'
          : 'Active and inactive page cache are derived from usage, working set and cache (kubelet before 1.32); active page cache then includes tmpfs/shmem.',
    },
    {
      term: 'Limits and requests',
      text: c.kubeStateMetrics.present
        ? `From kube-state-metrics (job ${JSON.stringify(c.kubeStateMetrics.job)}, ${SOURCE_TEXT[c.kubeStateMetrics.source]}).`
        : 'No kube-state-metrics found: limits come from cAdvisor, requests are not shown.',
    },
    { term: 'Init containers', text: m.initContainers ? 'Told apart through kube-state-metrics.' : 'Not told apart: no kube-state-metrics init container series.' },
    { term: 'cgroup version', text: c.cgroup.version === 'unknown' ? 'Unknown (see the evidence below).' : `cgroup ${c.cgroup.version}.` },
    { term: 'Memory pressure', text: m.pressure ? 'PSI memory pressure is available.' : 'No PSI memory pressure series (needs cgroup v2 and kubelet 1.34 or newer).' },
    { term: 'Kernel memory', text: m.kernelUsage ? 'container_memory_kernel_usage is exported.' : 'container_memory_kernel_usage is not exported.' },
    { term: 'Swap', text: !m.swap ? 'No swap metric.' : m.swapInUse ? 'Some containers use swap; podmem shows it separately.' : 'No container uses swap.' },
  ];
  return facts;
}
