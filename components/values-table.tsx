'use client';

import { VALUE_ROWS, type SeriesKey } from '@/lib/memory/layers';
import { useI18n } from './i18n-provider';

export interface ValuesTableProps {
  label: string;
  caption: string;
  values: Readonly<Record<SeriesKey, number | null>>;
  limitBytes: number | null;
}

/** One instant's layers as a table: name, MiB, % of limit. Used by the tooltip and the pinned instant. */
export function ValuesTable({ label, caption, values, limitBytes }: ValuesTableProps) {
  const { t, formatBytes, formatPercent } = useI18n();
  return (
    <table aria-label={label} className="border-separate border-spacing-x-2">
      <caption className="pb-1 text-left font-medium text-slate-700">{caption}</caption>
      <thead className="sr-only">
        <tr>
          <th scope="col">{t.pod.layerCol}</th>
          <th scope="col">{t.pod.sizeCol}</th>
          <th scope="col">{t.pod.pctCol}</th>
        </tr>
      </thead>
      <tbody>
        {VALUE_ROWS.map((key) => {
          const v = values[key];
          return (
            <tr key={key} className={key === 'workingSet' ? 'font-semibold' : undefined}>
              <th scope="row" className="text-left font-normal">
                {t.layers[key].name}
              </th>
              <td className="text-right tabular-nums">{v === null ? '–' : formatBytes(v)}</td>
              <td className="text-right tabular-nums text-slate-500">{v !== null && limitBytes ? formatPercent(v / limitBytes) : t.pod.noLimit}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
