import type { CacheState, SizingWarning } from '@/lib/memory/sizing';
import type { OomKill } from '@/lib/memory/oom';
import { formatBytes, formatDuration, formatPercent } from './format';
import type { I18n } from './i18n';

const HOUR = 3600;

/** One sizing warning in words. */
export function renderSizingWarning(w: SizingWarning, i18n: I18n): string {
  const { locale } = i18n;
  const t = i18n.t.sizing.warnings;
  const b = (x: number) => formatBytes(x, locale);
  const lim = (x: number) => formatBytes(x, locale, { trimWhole: true });
  switch (w.code) {
    case 'provisional':
      return t.provisional(
        formatDuration(w.dataSeconds, locale),
        String(w.samples),
        formatDuration(w.minSeconds, locale).replace(/^168 (h|小时)$/, locale === 'zh' ? '7 天' : '7 days'),
      );
    case 'oom-killed':
      return (
        t.oomKilled(w.kills, w.limitAtKillBytes === null ? null : lim(w.limitAtKillBytes)) +
        (w.raisedToBytes !== null ? t.oomRaised(lim(w.raisedToBytes)) : t.oomAbove)
      );
    case 'trend-up': {
      const since = formatDuration(w.sinceSeconds, locale);
      if (w.limitBytes === null || w.hoursToLimit === null) return t.trendUpNoLimit(b(w.slopeBytesPerHour), since);
      const eta = w.hoursToLimit <= 0 ? null : formatDuration(Math.max(60, w.hoursToLimit * HOUR), locale);
      return t.trendUp(b(w.slopeBytesPerHour), since, lim(w.limitBytes), w.limitIsCurrent, eta);
    }
    case 'no-limit':
      return t.noLimit + (w.swapPeakBytes !== null ? t.noLimitSwap(b(w.swapPeakBytes)) : '');
    case 'swap':
      return t.swap(b(w.swapPeakBytes));
    case 'unreclaimable-other':
      return t.unreclaimableOther(b(w.otherBytes));
    case 'cache-thrashing':
      return t.cacheThrashing;
  }
}

export interface CacheVerdictInput {
  state: CacheState;
  stalledShare: number | null;
  majorFaultsPerSecond: number | null;
}

/** "Is the cache hurting?" in one or two sentences. */
export function renderCacheVerdict(c: CacheVerdictInput, i18n: I18n): string {
  const { locale } = i18n;
  const t = i18n.t.sizing.cache;
  if (c.state === 'unknown') return t.unknown;
  const how =
    c.stalledShare !== null
      ? t.psi(formatPercent(c.stalledShare, locale))
      : t.faults(new Intl.NumberFormat(locale === 'zh' ? 'zh-CN' : 'en-US', { maximumFractionDigits: 1 }).format(c.majorFaultsPerSecond ?? 0));
  return t[c.state](how);
}

/** How a published formula's number compares with podmem's, and why, in words. */
export function renderComparison(
  tool: 'krr' | 'vpa' | 'kubecost',
  theirs: number | null,
  ours: { requestBytes: number | null; limitBytes: number | null },
  activeFilePeak: number | null,
  workingSetPeak: number | null,
  i18n: I18n,
): string | null {
  const { locale } = i18n;
  const t = i18n.t.sizing.compare;
  const against = tool === 'krr' ? ours.limitBytes : ours.requestBytes;
  if (theirs === null || against === null) return null;
  const label = tool === 'krr' ? t.ourLimit : t.ourRequest;
  const diff = theirs - against;
  const mib = 1024 * 1024;
  const head = Math.abs(diff) < mib ? t.same(label) : diff > 0 ? t.more(formatBytes(diff, locale), label) : t.less(formatBytes(-diff, locale), label);
  const cacheHeavy = activeFilePeak !== null && workingSetPeak !== null && workingSetPeak > 0 && activeFilePeak / workingSetPeak >= 0.2;
  const why =
    tool === 'vpa' ? t.whyVpa : tool === 'kubecost' && !cacheHeavy ? t.whyKubecost : cacheHeavy ? t.whyCache(formatBytes(activeFilePeak, locale)) : t.whyRss;
  return `${head}: ${why}`;
}

/** The two sentences for the incident chat. `time` is already formatted (the server uses UTC). */
export function renderOomSummary(k: OomKill, time: string, i18n: I18n): string {
  const { locale } = i18n;
  const t = i18n.t.sizing.oom;
  const b = (x: number | null) => (x === null ? '–' : formatBytes(x, locale));
  const limit = k.limitBytes === null ? t.noLimit : formatBytes(k.limitBytes, locale, { trimWhole: true });
  const c = k.container;
  let first: string;
  switch (k.kind) {
    case 'cgroup-limit':
    case 'shmem':
      first = t.s1[k.kind](c, time, b(k.unreclaimableBytes), limit, b(k.before.rss), b(k.before.other));
      break;
    case 'node-pressure':
      first = t.s1['node-pressure'](c, time, b(k.unreclaimableBytes), limit, b(k.nodeAvailableBytes));
      break;
    case 'evicted':
      first = t.s1.evicted(c, time, b(k.before.workingSet));
      break;
    case 'unknown':
      first = t.s1.unknown(c, time, k.beforeAt === null ? t.noSample : t.lastSample(b(k.unreclaimableBytes), limit));
      break;
  }
  const window = formatDuration(k.windowSeconds, locale);
  const second =
    k.grew !== null && k.rateBytesPerMinute !== null
      ? t.grew(t.layer[k.grew] ?? k.grew, formatBytes(k.rateBytesPerMinute, locale), window, k.kind === 'cgroup-limit' || k.kind === 'shmem')
      : t.flat(window);
  return locale === 'zh' ? `${first}${second}` : `${first} ${second}`;
}
