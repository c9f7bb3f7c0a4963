import type { NextRequest } from 'next/server';
import { parseClusterId, parseK8sName, parseRangeParams } from '@/lib/api/params';
import { getConfig } from '@/lib/server/context';
import { fetchPodOom } from '@/lib/server/oom';
import { respond } from '@/lib/server/respond';

export const dynamic = 'force-dynamic';

/** GET …/pods/{pod}/oom?start=&end= — every OOM kill in the range: kind, layers before it, what grew, a summary. */
export function GET(request: NextRequest, ctx: RouteContext<'/api/v1/clusters/[cluster]/namespaces/[namespace]/pods/[pod]/oom'>) {
  return respond(async () => {
    const p = await ctx.params;
    const config = getConfig();
    const grid = parseRangeParams(request.nextUrl.searchParams, { nowSeconds: Date.now() / 1000, defaultRangeSeconds: config.defaultRangeSeconds, minStepSeconds: config.minStepSeconds });
    return fetchPodOom({ cluster: parseClusterId(p.cluster), namespace: parseK8sName('namespace', p.namespace), pod: parseK8sName('pod', p.pod), grid }, request.signal);
  });
}
