import type { NextRequest } from 'next/server';
import { parseSearchQuery } from '@/lib/api/search';
import { apiRoute, must } from '@/lib/server/api-route';
import { searchCluster } from '@/lib/server/search';

export const dynamic = 'force-dynamic';

/** GET /api/v1/clusters/{cluster}/search?q= — namespaces and pods whose names contain q (at most 50). */
export const GET = apiRoute((request: NextRequest, scope) =>
  searchCluster(must(scope, 'cluster'), parseSearchQuery(request.nextUrl.searchParams.get('q')), Date.now() / 1000),
);
