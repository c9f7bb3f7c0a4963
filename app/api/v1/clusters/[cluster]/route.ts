import type { NextRequest } from 'next/server';
import { parseClusterId } from '@/lib/api/params';
import { getClusterCapabilities } from '@/lib/server/capabilities';
import { respond } from '@/lib/server/respond';

export const dynamic = 'force-dynamic';

/** GET /api/v1/clusters/{cluster} — which scrape layout, metrics and cgroup version the cluster's data has (docs/api-cluster.md). */
export function GET(_request: NextRequest, ctx: RouteContext<'/api/v1/clusters/[cluster]'>) {
  return respond(async () => {
    const p = await ctx.params;
    return getClusterCapabilities(parseClusterId(p.cluster));
  });
}
