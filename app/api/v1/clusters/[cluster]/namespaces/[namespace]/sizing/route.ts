import type { NextRequest } from 'next/server';
import { parseClusterId, parseK8sName, parseRangeParams } from '@/lib/api/params';
import { parseSizingOptions } from '@/lib/api/sizing-params';
import { getConfig } from '@/lib/server/context';
import { respond } from '@/lib/server/respond';
import { fetchNamespaceSizing } from '@/lib/server/sizing';

export const dynamic = 'force-dynamic';

/** GET …/namespaces/{namespace}/sizing?start=&end=&headroom=&cache= — every container's current and recommended request and limit. */
export function GET(request: NextRequest, ctx: RouteContext<'/api/v1/clusters/[cluster]/namespaces/[namespace]/sizing'>) {
  return respond(async () => {
    const p = await ctx.params;
    const config = getConfig();
    const search = request.nextUrl.searchParams;
    const grid = parseRangeParams(search, { nowSeconds: Date.now() / 1000, defaultRangeSeconds: config.defaultRangeSeconds, minStepSeconds: config.minStepSeconds });
    return fetchNamespaceSizing({ cluster: parseClusterId(p.cluster), namespace: parseK8sName('namespace', p.namespace), grid, options: parseSizingOptions(search) }, request.signal);
  });
}
