import type { NextRequest } from 'next/server';
import { parseClusterId } from '@/lib/api/params';
import { fetchNamespaces } from '@/lib/server/namespace-pods';
import { respond } from '@/lib/server/respond';

export const dynamic = 'force-dynamic';

/** GET /api/v1/clusters/{cluster}/namespaces — namespaces with cAdvisor working-set series in the last day, sorted. */
export function GET(request: NextRequest, ctx: RouteContext<'/api/v1/clusters/[cluster]/namespaces'>) {
  return respond(async () => {
    const p = await ctx.params;
    const { namespaces, warnings } = await fetchNamespaces(parseClusterId(p.cluster), Date.now() / 1000, request.signal);
    return { namespaces, warnings };
  });
}
