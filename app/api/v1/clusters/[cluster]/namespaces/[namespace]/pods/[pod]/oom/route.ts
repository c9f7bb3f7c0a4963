import type { NextRequest } from 'next/server';
import { apiRoute, must, requestGrid } from '@/lib/server/api-route';
import { fetchPodOom } from '@/lib/server/oom';

export const dynamic = 'force-dynamic';

/** GET …/pods/{pod}/oom?start=&end= — every OOM kill in the range: kind, layers before it, what grew, a summary. */
export const GET = apiRoute((request: NextRequest, scope) =>
  fetchPodOom(
    { cluster: must(scope, 'cluster'), namespace: must(scope, 'namespace'), pod: must(scope, 'pod'), grid: requestGrid(request.nextUrl.searchParams) },
    request.signal,
  ),
);
