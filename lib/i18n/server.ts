import 'server-only';
import { cookies, headers } from 'next/headers';
import { LANG_COOKIE, resolveLocale, type Locale } from './locales';

/** Set by proxy.ts from `?lang=` so layouts, which do not see search params, agree with the page. */
export const LANG_HEADER = 'x-podmem-lang';

/** The request's locale in a server component: `?lang=` (pass the searchParam), then cookie, then Accept-Language. */
export async function getRequestLocale(langParam: string | string[] | undefined): Promise<Locale> {
  const [cookieStore, headerList] = await Promise.all([cookies(), headers()]);
  const param = (Array.isArray(langParam) ? langParam[0] : langParam) ?? headerList.get(LANG_HEADER) ?? undefined;
  return resolveLocale(param, cookieStore.get(LANG_COOKIE)?.value, headerList.get('accept-language'));
}
