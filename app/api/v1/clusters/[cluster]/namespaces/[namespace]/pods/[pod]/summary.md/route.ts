import type { NextRequest } from 'next/server';
import { loadI18n } from '@/lib/i18n/i18n';
import { renderPodSummary } from '@/lib/i18n/share-text';
import { apiRoute, must } from '@/lib/server/api-route';
import { fetchPodShare, parsePodShareRequest, publicOrigin } from '@/lib/server/pod-share';

export const dynamic = 'force-dynamic';

/** GET …/pods/{pod}/summary.md?start&end&at&lang — the page's "Copy summary" Markdown, for chat bots. */
export const GET = apiRoute(async (request: NextRequest, scope) => {
  const ref = { cluster: must(scope, 'cluster'), namespace: must(scope, 'namespace'), pod: must(scope, 'pod') };
  const req = parsePodShareRequest(request.nextUrl.searchParams, ref, Date.now() / 1000);
  const share = await fetchPodShare(req, request.signal);
  const text = renderPodSummary({
    ref,
    range: { start: share.view.start, end: share.view.end },
    snapshot: share.snapshot,
    link: publicOrigin(request.headers) + share.href,
    i18n: await loadI18n(req.locale),
  });
  return new Response(text, { headers: { 'content-type': 'text/markdown; charset=utf-8', 'cache-control': 'no-store' } });
});
