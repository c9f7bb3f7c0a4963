import { NextResponse, type NextRequest } from 'next/server';

/** GET /open?cluster=&namespace=&pod= — the home page form; redirects to the pod page. */
export function GET(request: NextRequest) {
  const q = request.nextUrl.searchParams;
  const parts = ['cluster', 'namespace', 'pod'].map((k) => (q.get(k) ?? '').trim());
  if (parts.some((p) => p === '')) return NextResponse.redirect(new URL('/', request.url));
  const [cluster, namespace, pod] = parts.map(encodeURIComponent);
  return NextResponse.redirect(new URL(`/clusters/${cluster}/namespaces/${namespace}/pods/${pod}`, request.url));
}
