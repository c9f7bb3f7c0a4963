import type { NextRequest } from 'next/server';
import { parseRangeParams } from '@/lib/api/params';
import { apiRoute, must } from '@/lib/server/api-route';
import { getConfig } from '@/lib/server/context';
import { fetchPodView } from '@/lib/server/pod-view';

export const dynamic = 'force-dynamic';

/** GET …/pods/{pod}/memory?start=&end=&step= — the pod's memory layers per container, events and context. */
export const GET = apiRoute(async (request: NextRequest, scope) => {
  const config = getConfig();
  const grid = parseRangeParams(request.nextUrl.searchParams, {
    nowSeconds: Date.now() / 1000,
    defaultRangeSeconds: config.defaultRangeSeconds,
    minStepSeconds: config.minStepSeconds,
  });
  return fetchPodView({ cluster: must(scope, 'cluster'), namespace: must(scope, 'namespace'), pod: must(scope, 'pod'), grid }, request.signal);
});
