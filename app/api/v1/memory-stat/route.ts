import { ApiError } from '@/lib/api/errors';
import { MEMORY_STAT_MAX_BODY_BYTES, type MemoryStatAnalysisBody } from '@/lib/api/memory-stat';
import { LANG_COOKIE, parseLocale, resolveLocale } from '@/lib/i18n/locales';
import { loadI18n } from '@/lib/i18n/i18n';
import { renderMemoryStatAnalysis, renderMemoryStatError } from '@/lib/i18n/memory-stat-text';
import { NO_LIMIT_FROM_BYTES } from '@/lib/memory/limit';
import { analyzeMemoryStat, MemoryStatError } from '@/lib/memory/memory-stat';
import { parseByteQuantity } from '@/lib/memory/quantity';
import { apiRoute } from '@/lib/server/api-route';
import { readTextBody } from '@/lib/server/text-body';

export const dynamic = 'force-dynamic';

/**
 * An optional size parameter: absent or empty → undefined (only whitespace is a 400, like any other text that
 * is not a size); "max" → null (limit only); else whole bytes up to
 * 2^53 − 1, or a 400 naming it and what is allowed. A limit from 2^62 up (cgroup v1's "unlimited") passes
 * through for the domain to read as no limit.
 */
function parseSizeParam(search: URLSearchParams, name: 'usageBytes' | 'limitBytes'): number | null | undefined {
  const raw = search.get(name);
  if (raw === null || raw === '') return undefined;
  if (name === 'limitBytes' && raw.trim().toLowerCase() === 'max') return null;
  const bytes = parseByteQuantity(raw);
  if (bytes === null) {
    const also = name === 'limitBytes' ? ', "max"' : '';
    throw new ApiError('bad_request', `${name} ${JSON.stringify(raw.slice(0, 40))} must be a whole number of bytes or a size like 256Mi${also}`);
  }
  // cgroup v1 writes "no limit" as about 2^63; far past that a number is a typo or an attack.
  const unlimited = name === 'limitBytes' && bytes >= NO_LIMIT_FROM_BYTES && bytes <= 2 ** 64;
  if (bytes > Number.MAX_SAFE_INTEGER && !unlimited) {
    throw new ApiError('bad_request', `${name} ${JSON.stringify(raw.slice(0, 40))} is out of range: it must be between 0 and ${Number.MAX_SAFE_INTEGER} bytes`);
  }
  return bytes;
}

function cookieValue(header: string | null, name: string): string | null {
  const pair = header
    ?.split(';')
    .map((p) => p.trim())
    .find((p) => p.startsWith(`${name}=`));
  return pair === undefined ? null : decodeURIComponent(pair.slice(name.length + 1));
}

/** POST /api/v1/memory-stat?usageBytes=&limitBytes=&lang= — body: the text of memory.stat. */
export const POST = apiRoute(async (request: Request): Promise<MemoryStatAnalysisBody> => {
  const search = new URL(request.url).searchParams;
  const lang = search.get('lang');
  if (lang !== null && lang !== '' && parseLocale(lang) === null)
    throw new ApiError('bad_request', `lang ${JSON.stringify(lang.slice(0, 20))} must be en or zh`);
  const locale = resolveLocale(search.get('lang'), cookieValue(request.headers.get('cookie'), LANG_COOKIE), request.headers.get('accept-language'));
  const usageBytes = parseSizeParam(search, 'usageBytes') ?? undefined;
  const limitBytes = parseSizeParam(search, 'limitBytes');
  const text = await readTextBody(request, MEMORY_STAT_MAX_BODY_BYTES);
  const i18n = await loadI18n(locale);
  try {
    return renderMemoryStatAnalysis(analyzeMemoryStat(text, { usageBytes, limitBytes }), i18n);
  } catch (err) {
    if (err instanceof MemoryStatError) throw new ApiError('bad_request', renderMemoryStatError(err, i18n));
    throw err;
  }
});
