'use client';

import { useI18n } from '@/components/i18n-provider';
import { MemoryBar } from '@/components/memory-bar';
import type { MemoryStatAnalysisBody } from '@/lib/api/memory-stat';

export interface AnalyzeResultProps {
  result: MemoryStatAnalysisBody;
}

const OTHER_PARTS = ['slabReclaimable', 'slabUnreclaimable', 'kernelStack', 'shmem', 'rest'] as const;

const SEVERITY_CLASS = {
  ok: 'border-slate-200 bg-white',
  info: 'border-sky-200 bg-sky-50',
  warning: 'border-amber-300 bg-amber-50',
  critical: 'border-red-300 bg-red-50',
} as const;

/** The analysis: verdict, bar against the limit, and the numbers in MiB and % of the limit. */
export function AnalyzeResult({ result }: AnalyzeResultProps) {
  const { t, formatBytes, formatPercent } = useI18n();
  const ofLimit = (b: number) => (result.limitBytes === null ? '–' : formatPercent(b / result.limitBytes));
  // "other" broken down by memory.stat's own lines; only the parts the file has.
  const otherRows = OTHER_PARTS.flatMap((part) => {
    const bytes = result.otherParts[part];
    return bytes === null ? [] : [{ key: `other-${part}`, name: t.analyze.ofWhich(t.analyze.otherParts[part]), bytes, strong: false, sub: true }];
  });
  const rows = [
    { key: 'rss', name: t.layers.rss.name, bytes: result.rss, strong: false, sub: false },
    { key: 'activeFile', name: t.layers.activeFile.name, bytes: result.activeFile, strong: false, sub: false },
    { key: 'other', name: t.layers.other.name, bytes: result.other, strong: false, sub: false },
    ...otherRows,
    { key: 'workingSet', name: t.layers.workingSet.name, bytes: result.workingSet, strong: true, sub: false },
    { key: 'inactiveFile', name: t.layers.inactiveFile.name, bytes: result.inactiveFile, strong: false, sub: false },
    { key: 'usage', name: t.layers.usage.name, bytes: result.usage, strong: false, sub: false },
  ];
  return (
    <section aria-labelledby="analyze-result" className="space-y-3 rounded-lg border border-slate-200 bg-white p-3 sm:p-4">
      <div className="flex flex-wrap items-baseline gap-2">
        <h2 id="analyze-result" className="font-semibold">
          {t.analyze.resultTitle}
        </h2>
        <span className="rounded bg-slate-100 px-1.5 text-xs text-slate-700">{t.analyze.cgroupVersion(result.cgroupVersion)}</span>
        <span className="rounded bg-slate-100 px-1.5 text-xs text-slate-700">
          {result.usageSource === 'given' ? t.analyze.usageGiven : t.analyze.usageEstimated}
        </span>
      </div>
      <p className={`rounded border p-3 text-sm ${SEVERITY_CLASS[result.severity]}`}>{result.verdict}</p>
      <MemoryBar layers={result} limitBytes={result.limitBytes} />
      <div className="overflow-x-auto">
        <table className="w-full text-sm">
          <thead>
            <tr className="border-b border-slate-200 text-left">
              <th scope="col" className="py-1 pr-2 font-medium">
                {t.analyze.layer}
              </th>
              <th scope="col" className="py-1 pr-2 text-right font-medium">
                {t.analyze.bytes}
              </th>
              <th scope="col" className="py-1 text-right font-medium">
                {t.analyze.ofLimit}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.key} data-row={r.key} className={`border-b border-slate-100 ${r.strong ? 'font-semibold' : ''} ${r.sub ? 'text-slate-600' : ''}`}>
                <th scope="row" className={`py-1 pr-2 text-left font-normal ${r.sub ? 'pl-4' : ''}`}>
                  {r.strong ? <strong>{r.name}</strong> : r.name}
                </th>
                <td className="py-1 pr-2 text-right tabular-nums">{formatBytes(r.bytes)}</td>
                <td className="py-1 text-right tabular-nums">{ofLimit(r.bytes)}</td>
              </tr>
            ))}
            <tr>
              <th scope="row" className="py-1 pr-2 text-left font-normal">
                {t.layers.limit.name}
              </th>
              <td className="py-1 pr-2 text-right tabular-nums">
                {result.limitBytes === null ? t.analyze.noLimit : formatBytes(result.limitBytes, { trimWhole: true })}
              </td>
              <td className="py-1 text-right tabular-nums">{result.limitBytes === null ? '–' : formatPercent(1)}</td>
            </tr>
          </tbody>
        </table>
      </div>
      {result.notes.length > 0 ? (
        <ul className="list-disc space-y-1 pl-5 text-xs text-slate-600">
          {result.notes.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
