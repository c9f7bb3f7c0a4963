import type { NextRequest } from 'next/server';
import { podMemoryCsv } from '@/lib/api/memory-csv';
import { fetchPodShare, parsePodShareRequest } from '@/lib/server/pod-share';
import { respondRaw } from '@/lib/server/respond';

export const dynamic = 'force-dynamic';

/** GET …/pods/{pod}/memory.csv?start&end&step — the JSON API's layers as CSV, one row per timestamp and container. */
export function GET(request: NextRequest, ctx: RouteContext<'/api/v1/clusters/[cluster]/namespaces/[namespace]/pods/[pod]/memory.csv'>) {
  return respondRaw(async () => {
    const req = parsePodShareRequest(request, await ctx.params, Date.now() / 1000);
    const { view } = await fetchPodShare(req, request.signal);
    const filename = `${req.ref.namespace}_${req.ref.pod}_${view.start}-${view.end}.csv`;
    return new Response(podMemoryCsv(view), {
      headers: { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': `attachment; filename="${filename}"`, 'cache-control': 'no-store' },
    });
  });
}
