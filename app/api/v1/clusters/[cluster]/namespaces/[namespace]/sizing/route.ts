import type { NextRequest } from 'next/server';
import { parseSizingOptions } from '@/lib/api/sizing-params';
import { apiRoute, must, requestGrid } from '@/lib/server/api-route';
import { fetchNamespaceSizing } from '@/lib/server/sizing';

export const dynamic = 'force-dynamic';

/** GET …/namespaces/{namespace}/sizing?start=&end=&headroom=&cache= — every container's current and recommended request and limit. */
export const GET = apiRoute((request: NextRequest, scope) => {
  const search = request.nextUrl.searchParams;
  return fetchNamespaceSizing(
    { cluster: must(scope, 'cluster'), namespace: must(scope, 'namespace'), grid: requestGrid(search), options: parseSizingOptions(search) },
    request.signal,
  );
});
