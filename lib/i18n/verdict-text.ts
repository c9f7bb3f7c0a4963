import type { Verdict } from '@/lib/memory/verdict';
import { formatBytes, formatPercent } from './format';
import type { Locale } from './locales';
import { getMessages, type EquationParts } from './messages';

/** Formats the verdict's numbers into the pieces of the working-set equation. */
export function buildEquationParts(verdict: Verdict, locale: Locale): EquationParts {
  const n = verdict.numbers;
  const parts: EquationParts = {
    workingSet: formatBytes(n.workingSet, locale),
    rss: formatBytes(n.rss, locale),
    activeFile: formatBytes(n.activeFile, locale),
    other: formatBytes(n.other, locale),
  };
  if (n.limitBytes !== null && n.workingSetOfLimit !== null) {
    parts.limit = { percent: formatPercent(n.workingSetOfLimit, locale), bytes: formatBytes(n.limitBytes, locale, { trimWhole: true }) };
  }
  return parts;
}

/** Renders a verdict as one or two plain sentences with its numbers, in the given language. */
export function renderVerdict(verdict: Verdict, locale: Locale): string {
  const t = getMessages(locale).verdict;
  const n = verdict.numbers;
  const eq = t.equation(buildEquationParts(verdict, locale));
  const stop = locale === 'zh' ? '。' : '.';
  const lead = `${verdict.severity === 'critical' ? t.platformRightCritical : t.platformRight}${locale === 'zh' ? '：' : ': '}${eq}${stop}`;
  const join = (a: string, b: string) => (locale === 'zh' ? `${a}${b}` : `${a} ${b}`);
  switch (verdict.kind) {
    case 'oom-killed':
      return t.oomKilled(n.oomKills, eq);
    case 'no-limit':
      return t.noLimit(eq);
    case 'near-limit-reclaimable':
      return t.nearLimitReclaimable(eq, formatPercent(n.unreclaimableOfLimit ?? 0, locale));
    case 'mostly-active-cache':
      return join(lead, t.mostlyActiveCache);
    case 'mostly-rss':
      return join(lead, t.mostlyRss);
    case 'large-other':
      return join(lead, t.largeOther(formatBytes(n.other, locale)));
    case 'healthy':
      return join(lead, t.healthy);
  }
}
