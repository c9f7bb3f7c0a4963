import type { NextRequest } from 'next/server';
import { parseClusterId, parseK8sName, parseRangeParams } from '@/lib/api/params';
import { parseSizingOptions } from '@/lib/api/sizing-params';
import { getConfig } from '@/lib/server/context';
import { respond } from '@/lib/server/respond';
import { fetchPodSizing } from '@/lib/server/sizing';

export const dynamic = 'force-dynamic';

/** GET …/pods/{pod}/sizing?start=&end=&headroom=&cache= — recommended request and limit per container, beside KRR, VPA and Kubecost. */
export function GET(request: NextRequest, ctx: RouteContext<'/api/v1/clusters/[cluster]/namespaces/[namespace]/pods/[pod]/sizing'>) {
  return respond(async () => {
    const p = await ctx.params;
    const config = getConfig();
    const search = request.nextUrl.searchParams;
    const grid = parseRangeParams(search, { nowSeconds: Date.now() / 1000, defaultRangeSeconds: config.defaultRangeSeconds, minStepSeconds: config.minStepSeconds });
    const options = parseSizingOptions(search);
    return fetchPodSizing(
      { cluster: parseClusterId(p.cluster), namespace: parseK8sName('namespace', p.namespace), pod: parseK8sName('pod', p.pod), grid, options },
      request.signal,
    );
  });
}
