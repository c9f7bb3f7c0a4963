import 'server-only';
import { LRUCache } from 'lru-cache';
import { SEARCH_LIMIT, type SearchQuery, type SearchResult } from '@/lib/api/search';
import { containsFragment, rankNames, rankPods, type PodRef } from '@/lib/memory/search-rank';
import { buildNamespaceSearchMatch, buildPodSearchMatch } from '@/lib/promql/search-queries';
import { getClusterSelectors } from './capabilities';
import { getCluster, visibleNamespaces } from './context';

/** Names seen in the last day, like the namespace list: a pod that crashed this morning is still found. */
const SEARCH_WINDOW_SECONDS = 24 * 3600;
/** Briefly: typing a name takes seconds; pods come and go over minutes. */
const TTL_MS = 30_000;
/** Past this many upstream hits an answer is kept as "incomplete" and never filtered for a longer text. */
const RAW_CAP = 1000;
/** Namespaces shown at most, so pods (what one usually looks for) keep most of the 50 places. */
const MAX_NAMESPACES = 10;

interface RawHits {
  namespaces: string[];
  pods: PodRef[];
  /** Every upstream match is in here (not cut at RAW_CAP): a longer text may be answered by filtering. */
  complete: boolean;
}

const cache = new LRUCache<string, Promise<RawHits>>({ max: 200, ttl: TTL_MS });

const cacheKey = (cluster: string, text: string) => `${cluster}\n${text}`;

/** Two lookups in parallel: namespace label values and the series of matching pods' working set (pairs pod with namespace). */
async function fetchHits(clusterId: string, q: SearchQuery, nowSeconds: number): Promise<RawHits> {
  const { client } = getCluster(clusterId);
  const { cadvisor } = await getClusterSelectors(clusterId);
  const end = Math.floor(nowSeconds);
  const window = { start: end - SEARCH_WINDOW_SECONDS, end };
  // One search is shared by every caller with the same text: no caller's abort may cancel it.
  const [ns, pods] = await Promise.all([
    q.namespacePart === null ? client.labelValues('namespace', [buildNamespaceSearchMatch(q.podPart, cadvisor)], window) : { values: [], warnings: [] },
    client.series([buildPodSearchMatch(q.podPart, q.namespacePart, cadvisor)], window),
  ]);
  const rankedPods = rankPods(pods.labelSets, q.podPart);
  const namespaces = rankNames(
    ns.values.filter((v) => v !== ''),
    q.podPart,
  );
  return {
    namespaces: namespaces.slice(0, RAW_CAP),
    pods: rankedPods.slice(0, RAW_CAP),
    complete: namespaces.length <= RAW_CAP && rankedPods.length <= RAW_CAP,
  };
}

const slashes = (text: string) => text.split('/').length;

/** Narrows a complete earlier answer to a longer text: what a name containing "chec" holds, "check" is filtered from. */
function narrow(hits: RawHits, q: SearchQuery): RawHits {
  return {
    namespaces: rankNames(
      hits.namespaces.filter((n) => containsFragment(n, q.podPart)),
      q.podPart,
    ),
    pods: hits.pods.filter((p) => containsFragment(p.pod, q.podPart) && (q.namespacePart === null || containsFragment(p.namespace, q.namespacePart))),
    complete: true,
  };
}

/** A cached complete answer for a shorter prefix of the same shape (typing one more letter costs no upstream query). */
async function fromPrefix(clusterId: string, q: SearchQuery): Promise<RawHits | null> {
  for (let k = q.text.length - 1; k >= 1; k--) {
    const prefix = q.text.slice(0, k);
    if (slashes(prefix) !== slashes(q.text)) break;
    const entry = cache.get(cacheKey(clusterId, prefix));
    if (!entry) continue;
    const hits = await entry.catch(() => null);
    if (hits?.complete) return narrow(hits, q);
  }
  return null;
}

function hitsFor(clusterId: string, q: SearchQuery, nowSeconds: number): Promise<RawHits> {
  const key = cacheKey(clusterId, q.text);
  let entry = cache.get(key);
  if (!entry) {
    entry = fromPrefix(clusterId, q).then((reused) => reused ?? fetchHits(clusterId, q, nowSeconds));
    cache.set(key, entry);
    entry.catch(() => cache.delete(key));
  }
  return entry;
}

/**
 * Namespaces and pods whose names contain the text, at most SEARCH_LIMIT in all (namespaces first, at
 * most 10). Answers are cached 30 s and shared by concurrent callers; a longer text is filtered from a
 * complete answer for its prefix, so a burst of keystrokes costs at most one pair of upstream lookups.
 */
export async function searchCluster(clusterId: string, q: SearchQuery, nowSeconds: number): Promise<SearchResult> {
  getCluster(clusterId); // 404 for an unknown cluster before anything is cached
  const raw = await hitsFor(clusterId, q, nowSeconds);
  // The cluster's namespace globs: a hidden namespace and its pods are never found.
  const shown = new Set(visibleNamespaces(clusterId, [...raw.namespaces, ...raw.pods.map((p) => p.namespace)]));
  const hits = { ...raw, namespaces: raw.namespaces.filter((n) => shown.has(n)), pods: raw.pods.filter((p) => shown.has(p.namespace)) };
  const namespaces = hits.namespaces.slice(0, MAX_NAMESPACES);
  const pods = hits.pods.slice(0, SEARCH_LIMIT - namespaces.length);
  return { namespaces, pods, truncated: !hits.complete || namespaces.length < hits.namespaces.length || pods.length < hits.pods.length };
}
