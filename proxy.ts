import { NextResponse, type NextRequest } from 'next/server';
import { LANG_COOKIE, LANG_PARAM, parseLocale } from '@/lib/i18n/locales';

// Same name as LANG_HEADER in lib/i18n/server.ts, which is server-only and cannot be imported here.
const LANG_HEADER = 'x-podmem-lang';


/** `?lang=zh|en` on any page: pass it to the layout and remember it in the cookie. */
export function proxy(request: NextRequest) {
  const locale = parseLocale(request.nextUrl.searchParams.get(LANG_PARAM));
  if (!locale) return NextResponse.next();
  const headers = new Headers(request.headers);
  headers.set(LANG_HEADER, locale);
  const response = NextResponse.next({ request: { headers } });
  response.cookies.set(LANG_COOKIE, locale, { path: '/', maxAge: 365 * 24 * 3600, sameSite: 'lax' });
  return response;
}

export const config = { matcher: ['/((?!api|_next|icon.svg|screenshots).*)'] };
