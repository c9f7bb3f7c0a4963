import type { NextRequest } from 'next/server';
import { podMemoryCsv } from '@/lib/api/memory-csv';
import { apiRoute, must } from '@/lib/server/api-route';
import { fetchPodShare, parsePodShareRequest } from '@/lib/server/pod-share';

export const dynamic = 'force-dynamic';

/** GET …/pods/{pod}/memory.csv?start&end&step — the JSON API's layers as CSV, one row per timestamp and container. */
export const GET = apiRoute(async (request: NextRequest, scope) => {
  const ref = { cluster: must(scope, 'cluster'), namespace: must(scope, 'namespace'), pod: must(scope, 'pod') };
  const req = parsePodShareRequest(request.nextUrl.searchParams, ref, Date.now() / 1000);
  const { view } = await fetchPodShare(req, request.signal);
  const filename = `${ref.namespace}_${ref.pod}_${view.start}-${view.end}.csv`;
  return new Response(podMemoryCsv(view), {
    headers: { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': `attachment; filename="${filename}"`, 'cache-control': 'no-store' },
  });
});
