'use client';

import { useQuery } from '@tanstack/react-query';
import { sizingCsv } from '@/lib/memory/sizing-sweep';
import type { NamespaceKey } from '@/lib/queries/namespaces';
import { namespaceSizingQueryOptions, type SizingKnobs } from '@/lib/queries/sizing';
import type { TimeRangeState } from '@/lib/queries/time-range';
import { SizingKnobsForm } from './sizing-knobs';
import { useSizing } from './use-sizing';

export interface NamespaceSizingPanelProps {
  ns: NamespaceKey;
  range: TimeRangeState;
  rangeLabel: string;
  knobs: SizingKnobs;
  onKnobs: (k: SizingKnobs) => void;
}

/** A data: URL the browser downloads; small enough for a namespace's patch or CSV. */
const dataUrl = (type: string, text: string) => `data:${type};charset=utf-8,${encodeURIComponent(text)}`;

/** The namespace sizing table: current vs recommended per container, what applying all frees, CSV and YAML downloads. */
export function NamespaceSizingPanel({ ns, range, rangeLabel, knobs, onKnobs }: NamespaceSizingPanelProps) {
  const { s, formatBytes } = useSizing();
  const query = useQuery(namespaceSizingQueryOptions(ns, range, knobs));
  const lim = (v: number | null) => (v === null ? s.card.none : formatBytes(v, { trimWhole: true }));
  const signed = (v: number) => (v >= 0 ? s.sweep.freed(formatBytes(v)) : s.sweep.needed(formatBytes(-v)));
  return (
    <section aria-labelledby="ns-sizing-title" className="rounded-lg border border-slate-200 bg-white p-3">
      <h2 id="ns-sizing-title" className="text-lg font-semibold">
        {s.sweep.title}
      </h2>
      <p className="text-sm text-slate-600">{s.sweep.intro(rangeLabel)}</p>
      <SizingKnobsForm knobs={knobs} onKnobs={onKnobs} />
      {query.isPending ? (
        <p role="status" className="mt-2 text-sm text-slate-500">
          {s.sweep.loading}
        </p>
      ) : query.isError ? (
        <p role="alert" className="mt-2 rounded border border-red-200 bg-red-50 p-2 text-sm text-red-900">
          {s.sweep.error(query.error.message)}
        </p>
      ) : (
        <div className="mt-2 space-y-2" aria-busy={query.isFetching}>
          <p data-totals className="text-sm font-medium">
            {s.sweep.totals(signed(query.data.totals.requestFreedBytes), signed(query.data.totals.limitFreedBytes))}{' '}
            {query.data.totals.containersWithoutLimit > 0 && s.sweep.withoutLimit(query.data.totals.containersWithoutLimit)}
          </p>
          <div className="flex flex-wrap gap-2 text-sm">
            <a
              download={`${ns.namespace}-sizing.csv`}
              href={dataUrl('text/csv', sizingCsv(query.data.containers))}
              className="rounded border border-slate-300 bg-white px-2 py-1 text-blue-700 hover:bg-slate-50"
            >
              {s.sweep.csv}
            </a>
            <a
              download={`${ns.namespace}-sizing-patch.yaml`}
              href={dataUrl('application/yaml', query.data.patchYaml)}
              className="rounded border border-slate-300 bg-white px-2 py-1 text-blue-700 hover:bg-slate-50"
            >
              {s.sweep.yaml}
            </a>
          </div>
          <div className="overflow-x-auto">
            <table aria-label={s.sweep.tableLabel(ns.namespace)} className="w-full min-w-[36rem] text-left text-sm">
              <thead className="text-xs text-slate-500">
                <tr>
                  <th scope="col" className="pr-2 font-normal">
                    {s.sweep.pod}
                  </th>
                  <th scope="col" className="pr-2 font-normal">
                    {s.sweep.container}
                  </th>
                  <th scope="col" className="pr-2 font-normal">
                    {s.sweep.currentRequest}
                  </th>
                  <th scope="col" className="pr-2 font-normal">
                    {s.sweep.recRequest}
                  </th>
                  <th scope="col" className="pr-2 font-normal">
                    {s.sweep.currentLimit}
                  </th>
                  <th scope="col" className="pr-2 font-normal">
                    {s.sweep.recLimit}
                  </th>
                  <th scope="col" className="font-normal">
                    {s.sweep.flags}
                  </th>
                </tr>
              </thead>
              <tbody className="tabular-nums">
                {query.data.containers.map((c) => (
                  <tr key={`${c.pod}/${c.container}`} className="border-t border-slate-100 align-top">
                    <th scope="row" className="break-all pr-2 text-left font-normal">
                      {c.pod}
                    </th>
                    <td className="pr-2">{c.container}</td>
                    <td className="pr-2">{lim(c.current.requestBytes)}</td>
                    <td className="pr-2 font-semibold">{lim(c.recommended.requestBytes)}</td>
                    <td className="pr-2">{lim(c.current.limitBytes)}</td>
                    <td className="pr-2 font-semibold">{lim(c.recommended.limitBytes)}</td>
                    <td className="text-xs">{c.warnings.map((w) => s.sweep.codes[w.code] ?? w.code).join(', ')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      )}
    </section>
  );
}
