import type { Verdict } from '@/lib/memory/verdict';
import type { EquationParts } from './catalogue';
import type { I18n } from './i18n';

/** Formats the verdict's numbers into the pieces of the working-set equation. */
export function buildEquationParts(verdict: Verdict, i18n: I18n): EquationParts {
  const n = verdict.numbers;
  const parts: EquationParts = {
    workingSet: i18n.formatBytes(n.workingSet),
    rss: i18n.formatBytes(n.rss),
    activeFile: i18n.formatBytes(n.activeFile),
    other: i18n.formatBytes(n.other),
  };
  if (n.limitBytes !== null && n.workingSetOfLimit !== null) {
    parts.limit = { percent: i18n.formatPercent(n.workingSetOfLimit), bytes: i18n.formatBytes(n.limitBytes, { trimWhole: true }) };
  }
  return parts;
}

/** Renders a verdict as one or two plain sentences with its numbers, in the given language. */
export function renderVerdict(verdict: Verdict, i18n: I18n): string {
  const t = i18n.t.verdict;
  const { stop, colon, sentenceGap } = i18n.t.punctuation;
  const n = verdict.numbers;
  const eq = t.equation(buildEquationParts(verdict, i18n));
  const lead = `${verdict.severity === 'critical' ? t.platformRightCritical : t.platformRight}${colon}${eq}${stop}`;
  const join = (a: string, b: string) => `${a}${sentenceGap}${b}`;
  switch (verdict.kind) {
    case 'oom-killed':
      return t.oomKilled(n.oomKills, eq);
    case 'no-limit':
      return t.noLimit(eq);
    case 'near-limit-thrashing':
      return t.nearLimitThrashing(eq, i18n.formatPercent(n.unreclaimableOfLimit ?? 0));
    case 'near-limit-reclaimable':
      return t.nearLimitReclaimable(eq, i18n.formatPercent(n.unreclaimableOfLimit ?? 0));
    case 'mostly-active-cache':
      return join(lead, t.mostlyActiveCache);
    case 'mostly-rss':
      return join(lead, t.mostlyRss);
    case 'large-other':
      return join(lead, t.largeOther(i18n.formatBytes(n.other)));
    case 'healthy':
      return join(lead, t.healthy);
  }
}
