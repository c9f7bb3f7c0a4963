import type { ToolId, ToolRow } from '@/lib/memory/tools';
import { formatBytes, formatPercent } from './format';
import type { Locale } from './locales';
import { getMessages } from './messages';

/** One row of the "what each tool shows" card, ready to display. */
export interface ToolRowText {
  tool: ToolId;
  name: string;
  /** The number as the tool would show it ("128.5 MiB", "6,144.0 MiB used of 16.0 GiB", "no limit: …"). */
  value: string;
  /** "50.2 %" of the limit, or null. */
  ofLimit: string | null;
  /** One phrase saying what the number is. */
  what: string;
}

const KEYS = { 'kubectl-top': 'kubectlTop', 'top-res': 'topRes', 'top-header': 'topHeader', limit: 'limit', 'oom-killer': 'oomKiller' } as const;

/** Renders a ToolRow in a language; bytes in MiB (GiB from 10 GiB), limits without a trailing ".0". */
export function renderToolRow(row: ToolRow, locale: Locale): ToolRowText {
  const t = getMessages(locale).tools;
  const bytes = (b: number | null, trimWhole = false) => (b === null ? t.unknown : formatBytes(b, locale, { trimWhole }));
  const ofLimit = row.ofLimit === null ? null : formatPercent(row.ofLimit, locale);
  const name = t[KEYS[row.tool]].name;
  switch (row.tool) {
    case 'kubectl-top':
      return { tool: row.tool, name, value: bytes(row.valueBytes), ofLimit, what: t.kubectlTop.what };
    case 'top-res':
      return { tool: row.tool, name, value: `≈ ${bytes(row.valueBytes)}`, ofLimit, what: t.topRes.what };
    case 'top-header': {
      let value = t.unknown;
      if (row.totalBytes !== null) {
        value = row.valueBytes === null ? t.topHeader.totalOnly(bytes(row.totalBytes)) : t.topHeader.usedOf(bytes(row.valueBytes), bytes(row.totalBytes));
      }
      return { tool: row.tool, name, value, ofLimit: null, what: t.topHeader.what };
    }
    case 'limit':
      return { tool: row.tool, name, value: row.valueBytes === null ? t.limit.none : bytes(row.valueBytes, true), ofLimit: null, what: t.limit.what };
    case 'oom-killer':
      return { tool: row.tool, name, value: t.oomKiller.range(bytes(row.valueBytes), bytes(row.highBytes)), ofLimit, what: t.oomKiller.what };
  }
}

/** The `top-res` description depends on whether mapped_file was known. */
export function describeTopRes(mappedFileKnown: boolean, locale: Locale): string {
  const t = getMessages(locale).tools.topRes;
  return mappedFileKnown ? t.what : t.whatWithoutMapped;
}
