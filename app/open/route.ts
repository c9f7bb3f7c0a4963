import { NextResponse, type NextRequest } from 'next/server';
import { pageHref } from '@/lib/urls';

/** GET /open?cluster=&namespace=&pod= — the home page form; redirects to the pod page. */
export function GET(request: NextRequest) {
  const q = request.nextUrl.searchParams;
  const parts = ['cluster', 'namespace', 'pod'].map((k) => (q.get(k) ?? '').trim());
  if (parts.some((p) => p === '')) return NextResponse.redirect(new URL(pageHref.home(), request.url));
  const [cluster = '', namespace = '', pod = ''] = parts;
  return NextResponse.redirect(new URL(pageHref.pod({ cluster, namespace, pod }), request.url));
}
