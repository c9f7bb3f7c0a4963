import 'server-only';
import { cookies, headers } from 'next/headers';
import { LANG_COOKIE, resolveLocale, type Locale } from './locales';

/** The request's locale in a server component: `?lang=` (pass the searchParam), then cookie, then Accept-Language. */
export async function getRequestLocale(langParam: string | string[] | undefined): Promise<Locale> {
  const [cookieStore, headerList] = await Promise.all([cookies(), headers()]);
  const param = Array.isArray(langParam) ? langParam[0] : langParam;
  return resolveLocale(param, cookieStore.get(LANG_COOKIE)?.value, headerList.get('accept-language'));
}
