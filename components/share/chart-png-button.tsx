'use client';

import { useState, type RefObject } from 'react';
import { useShare } from './use-share';

/** "Download PNG" under a chart; the drawing code loads on first use. */
export function ChartPngButton({ figure, title, filename }: { figure: RefObject<HTMLElement | null>; title: string; filename: string }) {
  const { s } = useShare();
  const [error, setError] = useState<string | null>(null);
  const save = async () => {
    setError(null);
    try {
      const el = figure.current;
      if (!el) return;
      const { downloadChartPng } = await import('./chart-png');
      await downloadChartPng(el, title, `${filename}.png`);
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    }
  };
  return (
    <div className="mt-1 flex justify-end text-xs">
      <button
        type="button"
        onClick={() => void save()}
        aria-label={s.share.downloadPngOf(title)}
        className="rounded border border-slate-300 bg-white px-2 py-0.5 text-slate-700 hover:bg-slate-100"
      >
        {s.share.downloadPng}
      </button>
      {error && (
        <span role="alert" className="ml-2 text-red-700">
          {error}
        </span>
      )}
    </div>
  );
}
