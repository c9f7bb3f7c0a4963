import type { NextRequest } from 'next/server';
import { renderPodSummary } from '@/lib/i18n/share-text';
import { fetchPodShare, parsePodShareRequest, publicOrigin } from '@/lib/server/pod-share';
import { respondRaw } from '@/lib/server/respond';

export const dynamic = 'force-dynamic';

/** GET …/pods/{pod}/summary.md?start&end&at&lang — the page's "Copy summary" Markdown, for chat bots. */
export function GET(request: NextRequest, ctx: RouteContext<'/api/v1/clusters/[cluster]/namespaces/[namespace]/pods/[pod]/summary.md'>) {
  return respondRaw(async () => {
    const req = parsePodShareRequest(request, await ctx.params, Date.now() / 1000);
    const share = await fetchPodShare(req, request.signal);
    const text = renderPodSummary({
      ref: req.ref,
      range: { start: share.view.start, end: share.view.end },
      snapshot: share.snapshot,
      link: publicOrigin(request.headers) + share.href,
      locale: req.locale,
    });
    return new Response(text, { headers: { 'content-type': 'text/markdown; charset=utf-8', 'cache-control': 'no-store' } });
  });
}
