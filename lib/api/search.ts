import { z } from 'zod';
import { ApiError } from './errors';

/** What `GET /api/v1/clusters/{cluster}/search?q=` answers: at most SEARCH_LIMIT entries in all. */
export const searchResultSchema = z.object({
  namespaces: z.array(z.string()),
  pods: z.array(z.object({ namespace: z.string(), pod: z.string() })),
  /** More matched than were returned: type more of the name. */
  truncated: z.boolean(),
});
export type SearchResult = z.infer<typeof searchResultSchema>;

/** At most this many namespaces + pods per answer. */
export const SEARCH_LIMIT = 50;

/** A parsed search: a fragment of a name, or `namespace-fragment/pod-fragment`. */
export interface SearchQuery {
  /** The normalized text (lower case, trimmed): the cache key. */
  text: string;
  /** Set for `ns/pod`: only pods whose namespace contains it. */
  namespacePart: string | null;
  podPart: string;
}

const FRAGMENT = /^[a-z0-9.-]*$/;

/**
 * Reads `q`: part of a Kubernetes name (letters, digits, `-` and `.`, case ignored since names are lower
 * case), or `namespace/pod` with a part of each. Anything else is a 400 naming what is wrong.
 */
export function parseSearchQuery(raw: string | null): SearchQuery {
  const text = (raw ?? '').trim().toLowerCase();
  if (text === '') throw new ApiError('bad_request', 'q is required: part of a namespace or pod name, e.g. q=checkout');
  if (text.length > 253) throw new ApiError('bad_request', `q is ${text.length} characters long; a Kubernetes name has at most 253`);
  const slash = text.indexOf('/');
  const [ns, pod] = slash < 0 ? [null, text] : [text.slice(0, slash), text.slice(slash + 1)];
  if ((ns !== null && !FRAGMENT.test(ns)) || !FRAGMENT.test(pod) || (ns === '' && pod === '')) {
    throw new ApiError(
      'bad_request',
      `q ${JSON.stringify(text.slice(0, 80))} is not part of a Kubernetes name: use letters, digits, "-" and "." (or namespace/pod)`,
    );
  }
  return { text, namespacePart: ns, podPart: pod };
}
