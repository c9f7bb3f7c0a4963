import { parseAsBoolean, parseAsInteger, parseAsString, parseAsStringLiteral } from 'nuqs/server';
import { POD_SORTS } from '@/lib/memory/pod-list-order';
import { DEFAULT_SIZING_RANGE } from '@/lib/queries/sizing';
import { RANGE_PRESETS } from '@/lib/queries/time-range';

/**
 * A shared link reproduces the view: filter `q`, `sort`, and the pinned instant `at` (unix seconds).
 * Read by the page in the browser (nuqs) and by its server component, which preloads the pod list for `at`.
 */
export const urlState = {
  q: parseAsString.withDefault(''),
  sort: parseAsStringLiteral(POD_SORTS).withDefault('limit'),
  at: parseAsInteger,
  // Only pods high because of page cache; the sizing table, its range and knobs.
  pagecache: parseAsBoolean.withDefault(false),
  sizing: parseAsBoolean.withDefault(false),
  srange: parseAsStringLiteral(RANGE_PRESETS).withDefault(DEFAULT_SIZING_RANGE),
  headroom: parseAsInteger,
  cache: parseAsInteger,
};
