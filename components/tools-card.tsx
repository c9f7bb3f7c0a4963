'use client';

import type { PodContext } from '@/lib/api/pod-context';
import type { ContainerMemory } from '@/lib/api/pod-memory';
import { layersAt } from '@/lib/memory/instant';
import { buildToolRows } from '@/lib/memory/tools';
import { renderToolRow } from '@/lib/i18n/tools-text';
import { useI18n } from './i18n-provider';

export interface ToolsCardProps {
  memory: ContainerMemory;
  context: PodContext;
  index: number;
}

/** kubectl top, top's RES and header, the limit and the OOM killer's view side by side, at the instant. */
export function ToolsCard({ memory, context, index }: ToolsCardProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const layers = layersAt(memory, index);
  if (!layers) return null;
  const extra = context.containers.find((c) => c.container === memory.container);
  const total = context.node.totalBytes?.[index] ?? null;
  const rows = buildToolRows({
    layers,
    mappedFileBytes: extra?.mappedFile?.[index] ?? null,
    node: total === null ? null : { totalBytes: total, availableBytes: context.node.availableBytes?.[index] ?? null },
    limitBytes: memory.limitBytes,
  }).map((r) => renderToolRow(r, i18n));
  return (
    <details className="mt-2 rounded border border-slate-200 p-2 text-sm" open>
      <summary className="cursor-pointer font-medium">{t.pod.toolsTitle}</summary>
      <div className="overflow-x-auto">
        <table aria-label={`${t.pod.toolsTitle}: ${memory.container}`} className="mt-1 w-full text-left">
          <thead className="text-xs text-slate-500">
            <tr>
              <th scope="col" className="pr-3 font-normal">
                {t.pod.toolCol}
              </th>
              <th scope="col" className="font-normal">
                {t.pod.showsCol}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.tool} className="border-t border-slate-100 align-top">
                <th scope="row" className="py-1 pr-3 text-left font-normal">
                  <span className="font-medium">{r.name}</span>
                  <span className="block text-xs text-slate-500">{r.what}</span>
                </th>
                <td className="py-1 tabular-nums">
                  {r.value}
                  {r.ofLimit && <span className="ml-1 text-xs text-slate-500">({r.ofLimit})</span>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
