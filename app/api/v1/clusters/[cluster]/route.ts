import { apiRoute, must } from '@/lib/server/api-route';
import { getClusterCapabilities } from '@/lib/server/capabilities';

export const dynamic = 'force-dynamic';

/** GET /api/v1/clusters/{cluster} — which scrape layout, metrics and cgroup version the cluster's data has (docs/api-cluster.md). */
export const GET = apiRoute(async (_request, scope) => getClusterCapabilities(must(scope, 'cluster')));
