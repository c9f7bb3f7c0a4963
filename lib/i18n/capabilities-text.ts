import type { ClusterCapabilities } from '@/lib/api/cluster';
import type { I18n } from './i18n';

/** One line of the data-source page. */
export interface CapabilityFact {
  term: string;
  text: string;
}

/** Turns detected capabilities into plain sentences in a language (the data-source page shows them as a list). */
export function describeCapabilities(c: ClusterCapabilities, i18n: I18n): CapabilityFact[] {
  const t = i18n.t.cluster;
  const m = c.metrics;
  const resourceCopy = c.cadvisor.jobs.some((j) => j.kind === 'resource');
  const swap = !m.swap ? t.swapNone : m.swapInUse ? t.swapInUse : t.swapUnused;
  return [
    {
      term: t.terms.containers,
      text: t.containers(t.layout[c.cadvisor.layout], c.cadvisor.selector, t.source[c.cadvisor.source]) + (resourceCopy ? t.resourceCopy : ''),
    },
    { term: t.terms.pageCache, text: m.activeFile && m.inactiveFile ? t.pageCacheMeasured : t.pageCacheDerived },
    { term: t.terms.limits, text: c.kubeStateMetrics.present ? t.ksm(JSON.stringify(c.kubeStateMetrics.job), t.source[c.kubeStateMetrics.source]) : t.noKsm },
    { term: t.terms.init, text: m.initContainers ? t.initApart : t.initNotApart },
    { term: t.terms.cgroup, text: c.cgroup.version === 'unknown' ? t.cgroupUnknown : t.cgroupVersion(c.cgroup.version) },
    { term: t.terms.pressure, text: m.pressure ? t.pressureYes : t.pressureNo },
    { term: t.terms.kernel, text: m.kernelUsage ? t.kernelYes : t.kernelNo },
    { term: t.terms.swap, text: swap },
  ];
}
