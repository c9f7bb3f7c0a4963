import { NextResponse, type NextRequest } from 'next/server';
import { LANG_COOKIE, LANG_PARAM, parseLocale } from '@/lib/i18n/locales';

// Same name as LANG_HEADER in lib/i18n/server.ts, which is server-only and cannot be imported here.
const LANG_HEADER = 'x-podmem-lang';

/**
 * The page's Content-Security-Policy: scripts only with this response's nonce (Next puts it on its
 * own inline scripts when it finds it in the request's CSP header), no eval outside `next dev`,
 * inline style attributes allowed (charts position elements with them), and framing per
 * PODMEM_FRAME_ANCESTORS (default 'none'; e.g. "https://grafana.example.com" to embed).
 */
export function contentSecurityPolicy(nonce: string, dev: boolean, frameAncestors: string): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${frameAncestors}`,
  ].join('; ');
}

/** PODMEM_FRAME_ANCESTORS as CSP sources: 'none', 'self' or space-separated http(s) origins; anything else falls back to 'none'. */
export function frameAncestors(value: string | undefined): string {
  const v = (value ?? '').trim();
  if (v === '' || v === "'none'" || v === 'none') return "'none'";
  const sources = v.split(/\s+/);
  const ok = sources.every((s) => s === "'self'" || s === 'self' || /^https?:\/\/[a-z0-9.*-]+(:\d+)?$/i.test(s));
  return ok ? sources.map((s) => (s === 'self' ? "'self'" : s)).join(' ') : "'none'";
}

/** Every page: a fresh CSP nonce; `?lang=zh|en` is passed to the layout and remembered in the cookie. */
export function proxy(request: NextRequest) {
  const nonce = btoa(crypto.randomUUID());
  const csp = contentSecurityPolicy(nonce, process.env.NODE_ENV === 'development', frameAncestors(process.env.PODMEM_FRAME_ANCESTORS));
  const headers = new Headers(request.headers);
  headers.set('x-nonce', nonce);
  headers.set('content-security-policy', csp);
  const locale = parseLocale(request.nextUrl.searchParams.get(LANG_PARAM));
  if (locale) headers.set(LANG_HEADER, locale);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set('content-security-policy', csp);
  if (locale) response.cookies.set(LANG_COOKIE, locale, { path: '/', maxAge: 365 * 24 * 3600, sameSite: 'lax' });
  return response;
}

export const config = {
  matcher: [{ source: '/((?!api|_next/static|_next/image|icon.svg|screenshots).*)', missing: [{ type: 'header', key: 'next-router-prefetch' }] }],
};
