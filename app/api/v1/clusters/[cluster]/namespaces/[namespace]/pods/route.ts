import type { NextRequest } from 'next/server';
import { parseClusterId, parseK8sName, parseTime } from '@/lib/api/params';
import { fetchNamespacePods } from '@/lib/server/namespace-pods';
import { respond } from '@/lib/server/respond';

export const dynamic = 'force-dynamic';

/** GET …/namespaces/{namespace}/pods?at= — every pod's working set, share of limit, restarts and OOM kills at one instant. */
export function GET(request: NextRequest, ctx: RouteContext<'/api/v1/clusters/[cluster]/namespaces/[namespace]/pods'>) {
  return respond(async () => {
    const p = await ctx.params;
    const cluster = parseClusterId(p.cluster);
    const namespace = parseK8sName('namespace', p.namespace);
    const at = request.nextUrl.searchParams.get('at');
    const time = at !== null && at !== '' ? parseTime('at', at) : Math.floor(Date.now() / 1000);
    return fetchNamespacePods({ cluster, namespace, time }, request.signal);
  });
}
