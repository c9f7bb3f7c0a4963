import type { ContainerSnapshot, PodSnapshot } from '@/lib/memory/pod-snapshot';
import { headlineContainer } from '@/lib/memory/pod-snapshot';
import { formatBytes, formatPercent } from './format';
import type { I18n } from './i18n';
import { renderVerdict } from './verdict-text';

export interface PodRefText {
  cluster: string;
  namespace: string;
  pod: string;
}

/** A time for a chat where readers sit in different zones: "2026-12-01 17:00:00 UTC". */
export function formatUtc(unixSeconds: number): string {
  return `${new Date(Math.round(unixSeconds) * 1000).toISOString().slice(0, 19).replace('T', ' ')} UTC`;
}

function containerLines(c: ContainerSnapshot, i18n: I18n): string[] {
  const { locale } = i18n;
  const s = i18n.t.sharing.summary;
  const colon = locale === 'zh' ? '：' : ': ';
  const head = `**${s.container(c.container)}**`;
  if (!c.layers || !c.verdict) return [`${head}${colon}${s.noData}`];
  const b = (n: number) => formatBytes(n, locale);
  const whole = (n: number) => formatBytes(n, locale, { trimWhole: true });
  const share = c.verdict.numbers.workingSetOfLimit;
  const ws =
    share !== null && c.limitBytes !== null
      ? `${b(c.layers.workingSet)}${locale === 'zh' ? '（' : ' ('}${s.ofLimit(formatPercent(share, locale), whole(c.limitBytes))}${locale === 'zh' ? '）' : ')'}`
      : b(c.layers.workingSet);
  return [
    `${head}${colon}${renderVerdict(c.verdict, i18n)}`,
    `- ${s.workingSet}${colon}${ws}`,
    `- ${s.rss}${colon}${b(c.layers.rss)}`,
    `- ${s.activeFile}${colon}${b(c.layers.activeFile)}`,
    `- ${s.inactiveFile}${colon}${b(c.layers.inactiveFile)}`,
    `- ${s.other}${colon}${b(c.layers.other)}`,
    `- ${s.limit}${colon}${c.limitBytes === null ? s.none : whole(c.limitBytes)} · ${s.request}${colon}${c.requestBytes === null ? s.none : whole(c.requestBytes)}`,
    `- ${s.oomKills}${colon}${c.oomKills}`,
  ];
}

export interface SummaryInput {
  ref: PodRefText;
  range: { start: number; end: number };
  snapshot: PodSnapshot | null;
  /** The absolute link to the same view (range frozen). */
  link: string;
  i18n: I18n;
}

/**
 * The chat summary in Markdown: pod, cluster, range, then per container the verdict sentence and its
 * numbers, OOM kills, and the link. The page's "Copy summary" and `summary.md` both call this.
 */
export function renderPodSummary({ ref, range, snapshot, link, i18n }: SummaryInput): string {
  const s = i18n.t.sharing.summary;
  const lines = [
    s.title(ref.pod, ref.namespace, ref.cluster),
    s.range(formatUtc(range.start), formatUtc(range.end), snapshot ? formatUtc(snapshot.t) : '–'),
    '',
  ];
  for (const c of snapshot?.containers ?? []) lines.push(...containerLines(c, i18n), '');
  if (!snapshot) lines.push(s.noData, '');
  lines.push(`[${s.link}](${link})`);
  return `${lines.join('\n')}\n`;
}

/**
 * Title and one-line description for link previews (Open Graph, Twitter card). `undefined`: the data
 * was not fetched (a person's browser), so the description says what the page shows instead.
 */
export function renderHeadline(ref: PodRefText, snapshot: PodSnapshot | null | undefined, i18n: I18n): { title: string; description: string } {
  const { locale } = i18n;
  const m = i18n.t.sharing;
  const title = m.card.title(ref.pod, ref.namespace, ref.cluster);
  if (snapshot === undefined) return { title, description: m.card.generic };
  const c = snapshot ? headlineContainer(snapshot) : null;
  if (!c?.verdict) return { title, description: m.card.noData };
  const prefix = snapshot && snapshot.containers.length > 1 ? `${c.container}${locale === 'zh' ? '：' : ': '}` : '';
  return { title, description: prefix + renderVerdict(c.verdict, i18n) };
}
