import type { NextRequest } from 'next/server';
import { parseClusterId, parseK8sName, parseRangeParams } from '@/lib/api/params';
import { fetchPodView } from '@/lib/server/pod-view';
import { getConfig } from '@/lib/server/context';
import { respond } from '@/lib/server/respond';

export const dynamic = 'force-dynamic';

/** GET …/pods/{pod}/memory?start=&end=&step= — the pod's memory layers per container, events and context. */
export function GET(request: NextRequest, ctx: RouteContext<'/api/v1/clusters/[cluster]/namespaces/[namespace]/pods/[pod]/memory'>) {
  return respond(async () => {
    const p = await ctx.params;
    const config = getConfig();
    const grid = parseRangeParams(request.nextUrl.searchParams, {
      nowSeconds: Date.now() / 1000,
      defaultRangeSeconds: config.defaultRangeSeconds,
      minStepSeconds: config.minStepSeconds,
    });
    return fetchPodView(
      { cluster: parseClusterId(p.cluster), namespace: parseK8sName('namespace', p.namespace), pod: parseK8sName('pod', p.pod), grid },
      request.signal,
    );
  });
}
