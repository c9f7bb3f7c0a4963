'use client';

import { pageHref } from '@/lib/urls';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { LearnSection, Points } from './learn-section';
import { useI18n } from '@/components/i18n-provider';

/** One nested box of the figure: what it is and which tool reads it. */
function Box({ name, reads, className, children }: { name: string; reads: string; className: string; children?: ReactNode }) {
  return (
    <div className={`rounded-lg border-2 p-2 sm:p-3 ${className}`}>
      <p className="font-medium">{name}</p>
      <p className="font-mono text-xs break-words text-slate-700">{reads}</p>
      {children !== undefined ? <div className="mt-2">{children}</div> : null}
    </div>
  );
}

/** Section d: top's header reads the node's /proc/meminfo; RES is per process; the container's numbers live in its cgroup. */
export function TopSection() {
  const { t, locale } = useI18n();
  const l = t.learn;
  const m = l.top;
  return (
    <LearnSection id="top" heading={m.heading}>
      <figure aria-label={m.figureLabel} className="max-w-3xl">
        <Box name={m.node} reads={m.nodeReads} className="border-slate-400 bg-slate-50">
          <Box name={m.cgroup} reads={m.cgroupReads} className="border-dashed border-limit/70 bg-white">
            <Box name={m.process} reads={m.processReads} className="border-rss bg-rss/10" />
          </Box>
        </Box>
      </figure>
      <Points items={m.points} />
      <Link href={pageHref.analyze(locale)} className="inline-block text-sm text-blue-700 underline hover:no-underline">
        {m.analyzeLink}
      </Link>
    </LearnSection>
  );
}
