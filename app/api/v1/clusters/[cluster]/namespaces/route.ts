import type { NextRequest } from 'next/server';
import { apiRoute, must } from '@/lib/server/api-route';
import { fetchNamespaces } from '@/lib/server/namespace-pods';

export const dynamic = 'force-dynamic';

/** GET /api/v1/clusters/{cluster}/namespaces — namespaces with cAdvisor working-set series in the last day, sorted (only those the cluster's namespace globs allow). */
export const GET = apiRoute(async (request: NextRequest, scope) => {
  const { namespaces, warnings } = await fetchNamespaces(must(scope, 'cluster'), Date.now() / 1000, request.signal);
  return { namespaces, warnings };
});
