import { ApiError } from '@/lib/api/errors';
import { MEMORY_STAT_MAX_BODY_BYTES, type MemoryStatAnalysisBody } from '@/lib/api/memory-stat';
import { LANG_COOKIE, resolveLocale } from '@/lib/i18n/locales';
import { renderMemoryStatError } from '@/lib/i18n/memory-stat-text';
import { analyzeMemoryStat, MemoryStatError, NO_LIMIT_FROM_BYTES } from '@/lib/memory/memory-stat';
import { parseByteQuantity } from '@/lib/memory/quantity';
import { respond } from '@/lib/server/respond';
import { readTextBody } from '@/lib/server/text-body';

export const dynamic = 'force-dynamic';

/**
 * An optional size parameter: absent or empty → undefined; "max" → null (limit only); else whole bytes up to
 * 2^53 − 1, or a 400 naming it and what is allowed. A limit from 2^62 up (cgroup v1's "unlimited") passes
 * through for the domain to read as no limit.
 */
function parseSizeParam(search: URLSearchParams, name: 'usageBytes' | 'limitBytes'): number | null | undefined {
  const raw = search.get(name);
  if (raw === null || raw.trim() === '') return undefined;
  if (name === 'limitBytes' && raw.trim().toLowerCase() === 'max') return null;
  const bytes = parseByteQuantity(raw);
  if (bytes === null) {
    const also = name === 'limitBytes' ? ', "max"' : '';
    throw new ApiError('bad_request', `${name} ${JSON.stringify(raw.slice(0, 40))} must be a whole number of bytes or a size like 256Mi${also}`);
  }
  const unlimited = name === 'limitBytes' && bytes >= NO_LIMIT_FROM_BYTES;
  if (bytes > Number.MAX_SAFE_INTEGER && !unlimited) {
    throw new ApiError('bad_request', `${name} ${JSON.stringify(raw.slice(0, 40))} is out of range: it must be between 0 and ${Number.MAX_SAFE_INTEGER} bytes`);
  }
  return bytes;
}

function cookieValue(header: string | null, name: string): string | null {
  const pair = header?.split(';').map((p) => p.trim()).find((p) => p.startsWith(`${name}=`));
  return pair === undefined ? null : decodeURIComponent(pair.slice(name.length + 1));
}

/** POST /api/v1/memory-stat?usageBytes=&limitBytes=&lang= — body: the text of memory.stat. */
export function POST(request: Request) {
  return respond(async (): Promise<MemoryStatAnalysisBody> => {
    const search = new URL(request.url).searchParams;
    const locale = resolveLocale(search.get('lang'), cookieValue(request.headers.get('cookie'), LANG_COOKIE), request.headers.get('accept-language'));
    const usageBytes = parseSizeParam(search, 'usageBytes') ?? undefined;
    const limitBytes = parseSizeParam(search, 'limitBytes');
    const text = await readTextBody(request, MEMORY_STAT_MAX_BODY_BYTES);
    try {
      return analyzeMemoryStat(text, { usageBytes, limitBytes, locale });
    } catch (err) {
      if (err instanceof MemoryStatError) throw new ApiError('bad_request', renderMemoryStatError(err, locale));
      throw err;
    }
  });
}
