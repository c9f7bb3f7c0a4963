import type { Layers } from './split';

/**
 * "What each tool shows": the numbers a user sees in each tool for the same container, so the page
 * can explain why `top` and kubectl disagree (docs/memory-model.md §1). Pure; strings live in lib/i18n.
 */

export type ToolId = 'kubectl-top' | 'top-res' | 'top-header' | 'limit' | 'oom-killer';

/** Node memory as /proc/meminfo has it; `availableBytes` is null when only machine_memory_bytes is known. */
export interface NodeMemory {
  totalBytes: number;
  availableBytes: number | null;
}

export interface ToolsInput {
  /** One container's layers, or the pod total (sum over app containers). */
  layers: Layers;
  /** container_memory_mapped_file (v1 total_mapped_file, v2 file_mapped); null when not scraped. */
  mappedFileBytes: number | null;
  node: NodeMemory | null;
  /** null = no limit. */
  limitBytes: number | null;
}

export interface ToolRow {
  tool: ToolId;
  /** The number the tool shows; null when unknown or (limit) not set. For top's header: used memory. */
  valueBytes: number | null;
  /** Upper end when the tool's number is a range (the OOM killer's view); else null. */
  highBytes: number | null;
  /** Node total for top's header; else null. */
  totalBytes: number | null;
  /** valueBytes / limit when both exist. */
  ofLimit: number | null;
  /** True when valueBytes is an approximation (RES without mapped_file, the OOM killer's view). */
  approximate: boolean;
}

function row(tool: ToolId, valueBytes: number | null, limit: number | null, extra: Partial<ToolRow> = {}): ToolRow {
  return {
    tool,
    valueBytes,
    highBytes: null,
    totalBytes: null,
    ofLimit: valueBytes !== null && limit !== null ? valueBytes / limit : null,
    approximate: false,
    ...extra,
  };
}

/**
 * Builds the five rows in display order:
 * - kubectl top: working set (for a pod, the sum over app containers);
 * - top/ps RES: ≈ rss + mapped_file, per process (shared pages count in every process that maps them);
 * - top's header: the node's used memory (total − available) of its total, not the container's;
 * - the limit the kernel enforces;
 * - the OOM killer: memory the kernel could not reclaim, between rss + other (all page cache
 *   reclaimed) and the working set (no active page cache reclaimed in time).
 */
export function buildToolRows(input: ToolsInput): ToolRow[] {
  const { layers, mappedFileBytes, node } = input;
  const limit = input.limitBytes !== null && input.limitBytes > 0 ? input.limitBytes : null;
  const nodeUsed = node !== null && node.availableBytes !== null ? Math.max(node.totalBytes - node.availableBytes, 0) : null;
  return [
    row('kubectl-top', layers.workingSet, limit),
    row('top-res', layers.rss + (mappedFileBytes ?? 0), limit, { approximate: true }),
    { ...row('top-header', nodeUsed, null), totalBytes: node?.totalBytes ?? null },
    row('limit', limit, limit),
    row('oom-killer', layers.rss + layers.other, limit, { highBytes: layers.workingSet, approximate: true }),
  ];
}
