'use client';

import { LearnSection, Points } from './learn-section';
import { useI18n } from '@/components/i18n-provider';

const HATCH = { background: 'repeating-linear-gradient(45deg, var(--color-inactive) 0 2px, transparent 2px 6px)', opacity: 0.8 };

/** Section a: the process, the page cache inside the container's cgroup, and the disk below. */
export function PageCacheSection() {
  const { t } = useI18n();
  const l = t.learn;
  const m = l.pageCache;
  return (
    <LearnSection id="page-cache" heading={m.heading}>
      <figure aria-label={m.figureLabel} className="max-w-3xl">
        <div className="rounded-lg border-2 border-dashed border-limit/70 p-2 sm:p-3">
          <p className="mb-2 text-xs font-medium text-slate-700">{m.cgroup}</p>
          <div className="flex flex-col items-stretch gap-2 sm:flex-row sm:items-center">
            <div className="rounded border-2 border-rss bg-rss/10 p-2 sm:w-40">
              <p className="font-medium">{m.process}</p>
              <p className="text-xs text-slate-700">{m.processNote}</p>
            </div>
            <p className="text-center text-xs text-slate-700 sm:w-28">
              <span aria-hidden className="block text-lg leading-none">
                <span className="sm:hidden">⇅</span>
                <span className="hidden sm:inline">⇄</span>
              </span>
              {m.arrowIo}
            </p>
            <div className="flex-1 rounded border-2 border-active bg-active/10 p-2">
              <p className="font-medium">{m.cache}</p>
              <p className="text-xs text-slate-700">{m.cacheNote}</p>
              <div aria-hidden className="mt-2 flex h-4 overflow-hidden rounded text-[10px]">
                <div className="w-1/3 bg-active" />
                <div className="w-2/3" style={HATCH} />
              </div>
              <p className="mt-1 flex justify-between font-mono text-[11px] text-slate-700">
                <span>active_file</span>
                <span>inactive_file</span>
              </p>
            </div>
          </div>
          <p className="mt-2 rounded bg-slate-100 px-2 py-1 font-mono text-xs">{m.usage}</p>
        </div>
        <p className="py-1 text-center text-xs text-slate-700">
          <span aria-hidden className="mr-1">
            ⇅
          </span>
          {m.arrowDisk}
        </p>
        <div className="rounded border-2 border-slate-400 bg-slate-100 p-2 text-center font-medium">{m.disk}</div>
      </figure>
      <Points items={m.points} />
    </LearnSection>
  );
}
