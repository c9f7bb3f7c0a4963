import type { ToolId, ToolRow } from '@/lib/memory/tools';
import type { I18n } from './i18n';

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
export function renderToolRow(row: ToolRow, i18n: I18n): ToolRowText {
  const t = i18n.t.tools;
  const bytes = (b: number | null, trimWhole = false) => (b === null ? t.unknown : i18n.formatBytes(b, { trimWhole }));
  const ofLimit = row.ofLimit === null ? null : i18n.formatPercent(row.ofLimit);
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
