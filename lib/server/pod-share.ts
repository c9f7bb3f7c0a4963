import 'server-only';
import { parseLangParam, parseOptionalTime } from '@/lib/api/params';
import type { PodView } from '@/lib/api/pod-view';
import type { Locale } from '@/lib/i18n/locales';
import { podSnapshot, type PodSnapshot } from '@/lib/memory/pod-snapshot';
import type { TimeGrid } from '@/lib/memory/time-grid';
import { podViewHref } from '@/lib/page-href';
import { requestGrid } from './api-route';
import { getConfig } from './context';
import { fetchPodView } from './pod-view';

export interface PodShareRequest {
  ref: { cluster: string; namespace: string; pod: string };
  grid: TimeGrid;
  at: number | null;
  locale: Locale;
}

/** Reads `start`, `end`, `step`, `at` and `lang` of a share route (summary, CSV, card) for the checked pod; 400s name the bad one. */
export function parsePodShareRequest(search: URLSearchParams, ref: PodShareRequest['ref'], nowSeconds: number): PodShareRequest {
  return { ref, grid: requestGrid(search, nowSeconds), at: parseOptionalTime('at', search.get('at')), locale: parseLangParam(search.get('lang')) };
}

/**
 * The origin shared links start with: PODMEM_PUBLIC_URL, else the Host the browser used (a proxy's
 * X-Forwarded-Host/-Proto first), which is what the page's own "Copy link" sees as its origin.
 */
export function publicOrigin(h: Pick<Headers, 'get'>): string {
  const configured = getConfig().publicUrl;
  if (configured) return configured;
  const host = h.get('x-forwarded-host')?.split(',')[0]?.trim() || h.get('host') || 'localhost';
  const proto = h.get('x-forwarded-proto')?.split(',')[0]?.trim() || 'http';
  return `${proto}://${host}`;
}

export interface PodShare {
  view: PodView;
  snapshot: PodSnapshot | null;
  /** The page for the same frozen range, instant and language (path and query, no origin). */
  href: string;
}

/** The pod view for a share route — the same orchestration (and checks) as the JSON API — and its snapshot at `at`. */
export async function fetchPodShare(req: PodShareRequest, signal?: AbortSignal): Promise<PodShare> {
  const view = await fetchPodView({ ...req.ref, grid: req.grid }, signal);
  return {
    view,
    snapshot: podSnapshot({ timestamps: view.timestamps, containers: view.containers, events: view.context.events, cache: view.context.containers }, req.at),
    href: podViewHref(req.ref, { start: view.start, end: view.end, at: req.at, lang: req.locale }),
  };
}
