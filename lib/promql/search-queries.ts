import { CADVISOR_MEMORY_METRICS } from './memory-queries';
import { escapeRegex } from './escape';
import { buildSelector, neq, re, type Matcher } from './selector';

/** `label=~".*fragment.*"`: a name containing the fragment, every regex character escaped. */
export function containsMatcher(label: string, fragment: string): Matcher {
  return re(label, `.*${escapeRegex(fragment)}.*`);
}

/** The label-values `match[]` for namespaces whose name contains `fragment` (cAdvisor working-set series). */
export function buildNamespaceSearchMatch(fragment: string, cadvisor: readonly Matcher[]): string {
  return buildSelector(CADVISOR_MEMORY_METRICS.workingSet, [containsMatcher('namespace', fragment), ...cadvisor]);
}

/**
 * The series `match[]` for app containers of pods whose name contains `podPart` (and whose namespace
 * contains `namespacePart`): one metric, narrowed by the fragment, so only matching pods' series come back.
 */
export function buildPodSearchMatch(podPart: string, namespacePart: string | null, cadvisor: readonly Matcher[]): string {
  const matchers = [containsMatcher('pod', podPart), neq('container', ''), neq('container', 'POD'), neq('image', ''), ...cadvisor];
  if (namespacePart) matchers.unshift(containsMatcher('namespace', namespacePart));
  return buildSelector(CADVISOR_MEMORY_METRICS.workingSet, matchers);
}
