import type { NextRequest } from 'next/server';
import { apiRoute, must, requestGrid } from '@/lib/server/api-route';
import { fetchPodView } from '@/lib/server/pod-view';

export const dynamic = 'force-dynamic';

/** GET …/pods/{pod}/memory?start=&end=&step= — the pod's memory layers per container, events and context. */
export const GET = apiRoute((request: NextRequest, scope) =>
  fetchPodView(
    { cluster: must(scope, 'cluster'), namespace: must(scope, 'namespace'), pod: must(scope, 'pod'), grid: requestGrid(request.nextUrl.searchParams) },
    request.signal,
  ),
);
