import type { NextRequest } from 'next/server';
import { parseClusterId } from '@/lib/api/params';
import { parseSearchQuery } from '@/lib/api/search';
import { respond } from '@/lib/server/respond';
import { searchCluster } from '@/lib/server/search';

export const dynamic = 'force-dynamic';

/** GET /api/v1/clusters/{cluster}/search?q= — namespaces and pods whose names contain q (at most 50). */
export function GET(request: NextRequest, ctx: RouteContext<'/api/v1/clusters/[cluster]/search'>) {
  return respond(async () => {
    const p = await ctx.params;
    return searchCluster(parseClusterId(p.cluster), parseSearchQuery(request.nextUrl.searchParams.get('q')), Date.now() / 1000);
  });
}
