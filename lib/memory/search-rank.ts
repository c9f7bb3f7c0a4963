/** Orders search hits the way a person scanning the list expects: names starting with the text first, then shorter, then A–Z. */
export function rankNames(names: Iterable<string>, fragment: string): string[] {
  return [...names].sort((a, b) => {
    const pa = a.startsWith(fragment) ? 0 : 1;
    const pb = b.startsWith(fragment) ? 0 : 1;
    return pa - pb || a.length - b.length || a.localeCompare(b);
  });
}

export interface PodRef {
  namespace: string;
  pod: string;
}

/** Distinct (namespace, pod) pairs from series label sets, ranked by pod name. */
export function rankPods(labelSets: Iterable<Readonly<Record<string, string>>>, podFragment: string): PodRef[] {
  const byKey = new Map<string, PodRef>();
  for (const l of labelSets) {
    const namespace = l.namespace ?? '';
    const pod = l.pod ?? '';
    if (namespace !== '' && pod !== '') byKey.set(`${namespace}/${pod}`, { namespace, pod });
  }
  const order = new Map(rankNames([...new Set([...byKey.values()].map((p) => p.pod))], podFragment).map((p, i) => [p, i]));
  return [...byKey.values()].sort((a, b) => (order.get(a.pod) ?? 0) - (order.get(b.pod) ?? 0) || a.namespace.localeCompare(b.namespace));
}

/** True when `name` contains the fragment (the same test the upstream regex applies). */
export function containsFragment(name: string, fragment: string): boolean {
  return name.includes(fragment);
}
