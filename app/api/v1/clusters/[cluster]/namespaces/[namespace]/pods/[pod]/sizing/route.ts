import type { NextRequest } from 'next/server';
import { parseSizingOptions } from '@/lib/api/sizing-params';
import { apiRoute, must, requestGrid } from '@/lib/server/api-route';
import { fetchPodSizing } from '@/lib/server/sizing';

export const dynamic = 'force-dynamic';

/** GET …/pods/{pod}/sizing?start=&end=&headroom=&cache= — recommended request and limit per container, beside KRR, VPA and Kubecost. */
export const GET = apiRoute((request: NextRequest, scope) => {
  const search = request.nextUrl.searchParams;
  const pod = { cluster: must(scope, 'cluster'), namespace: must(scope, 'namespace'), pod: must(scope, 'pod') };
  return fetchPodSizing({ ...pod, grid: requestGrid(search), options: parseSizingOptions(search) }, request.signal);
});
