import type { NextRequest } from 'next/server';
import { parseTime } from '@/lib/api/params';
import { apiRoute, must } from '@/lib/server/api-route';
import { fetchNamespacePods } from '@/lib/server/namespace-pods';

export const dynamic = 'force-dynamic';

/** GET …/namespaces/{namespace}/pods?at= — every pod's working set, share of limit, restarts and OOM kills at one instant. */
export const GET = apiRoute(async (request: NextRequest, scope) => {
  const at = request.nextUrl.searchParams.get('at');
  const time = at !== null && at !== '' ? parseTime('at', at) : Math.floor(Date.now() / 1000);
  return fetchNamespacePods({ cluster: must(scope, 'cluster'), namespace: must(scope, 'namespace'), time }, request.signal);
});
