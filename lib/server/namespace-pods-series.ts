import type { NamespacePod } from '@/lib/api/namespace-pods';
import { buildNamespacePods, emptyContainerSample, isAppContainer, type NamespaceContainerSample } from '@/lib/memory/namespace-pods';
import type { Series } from '@/lib/prometheus/types';
import { NAMESPACE_CADVISOR_METRICS as CAD, NAMESPACE_KSM_METRICS as KSM } from '@/lib/promql/namespace-queries';

/** The two instant query results of a namespace view; `ksm` is empty when the cluster has no kube-state-metrics. */
export interface NamespacePodsInput {
  cadvisor: readonly Series[];
  ksm: readonly Series[];
}

const finite = (value: number | undefined): number | null => (value !== undefined && Number.isFinite(value) ? value : null);

/** Adapter: sorts the instant series into pods and their app containers' samples (the domain's input). */
function collect(input: NamespacePodsInput): Map<string, Map<string, NamespaceContainerSample>> {
  const pods = new Map<string, Map<string, NamespaceContainerSample>>();
  const slot = (s: Series): NamespaceContainerSample | null => {
    const pod = s.labels.pod ?? '';
    const container = s.labels.container ?? '';
    if (pod === '' || !isAppContainer(container)) return null;
    const containers = pods.get(pod) ?? new Map<string, NamespaceContainerSample>();
    pods.set(pod, containers);
    const acc = containers.get(container) ?? emptyContainerSample();
    containers.set(container, acc);
    return acc;
  };
  for (const s of input.cadvisor) {
    const acc = slot(s);
    const value = finite(s.points[s.points.length - 1]?.[1]);
    if (!acc || value === null) continue;
    const name = s.labels.__name__;
    if (name === CAD.workingSet) acc.workingSet = value;
    else if (name === CAD.rss) acc.rss = value;
    else if (name === CAD.activeFile) acc.activeFile = value;
    else if (name === CAD.specLimit) acc.specLimit = value;
  }
  for (const s of input.ksm) {
    const acc = slot(s);
    const value = finite(s.points[s.points.length - 1]?.[1]);
    if (!acc || value === null) continue;
    const name = s.labels.__name__;
    if (name === KSM.limit) acc.ksmLimit = value;
    else if (name === KSM.restarts) acc.restarts = value;
    // Older kube-state-metrics list every reason with 0: only a 1 means "the last termination was this".
    else if (name === KSM.lastReason && s.labels.reason === 'OOMKilled' && value === 1) acc.oomKilled = true;
  }
  return pods;
}

/** The namespace's pod rows from one cAdvisor and one kube-state-metrics instant result, worst first. */
export function assembleNamespacePods(input: NamespacePodsInput): NamespacePod[] {
  return buildNamespacePods(collect(input));
}
