'use client';

import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { PodContext, PodEvent } from '@/lib/api/pod-context';
import type { ContainerMemory } from '@/lib/api/pod-memory';
import { adviseAlert } from '@/lib/memory/alert-advisor';
import { alertRuleQueryOptions, type AlertRuleKey } from '@/lib/queries/alert-rule';
import { renderAdvice } from '@/lib/i18n/advisor-text';
import { useI18n } from './i18n-provider';

export interface AlertAdvisorProps {
  namespace: string;
  timestamps: number[];
  step: number;
  containers: readonly ContainerMemory[];
  context: PodContext;
  events: readonly PodEvent[];
  /** 0–1, from the URL. */
  threshold: number;
  onThreshold: (percent: number) => void;
}

/** When each alert candidate would have fired over the range, against what happened, and the rule to paste. */
export function AlertAdvisor({ namespace, timestamps, step, containers, context, events, threshold, onThreshold }: AlertAdvisorProps) {
  const i18n = useI18n();
  const { t } = i18n;
  return (
    <section aria-labelledby="advisor-heading" className="space-y-3 rounded-lg border border-slate-200 bg-white p-3 text-sm">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="advisor-heading" className="text-base font-semibold">
          {t.pod.advisorTitle}
        </h2>
        <label className="flex items-center gap-1">
          {t.pod.threshold}
          <input
            type="number"
            min={1}
            max={100}
            step={1}
            defaultValue={Math.round(threshold * 100)}
            onChange={(e) => {
              const v = Number(e.target.value);
              if (Number.isFinite(v) && v >= 1 && v <= 100) onThreshold(v);
            }}
            className="w-16 rounded border border-slate-300 px-1 py-0.5 text-right"
          />
          %
        </label>
      </div>
      {containers.map((c) => {
        const mine = events.filter((e) => e.container === c.container);
        const advice = adviseAlert(
          { timestamps, stepSeconds: step, rss: c.rss, activeFile: c.activeFile, other: c.other, workingSet: c.workingSet, limitBytes: c.limitBytes },
          {
            oomKillTimestamps: mine.filter((e) => e.kind !== 'restart').map((e) => e.t),
            restartTimestamps: mine.filter((e) => e.kind !== 'oom-event').map((e) => e.t),
            psiStallSeconds: context.containers.find((x) => x.container === c.container)?.psiStalledSeconds ?? null,
          },
          threshold,
        );
        const text = renderAdvice(advice, i18n);
        const failcnt = context.containers.find((x) => x.container === c.container)?.failcntIncrease ?? null;
        return (
          <article key={c.container} aria-label={`${t.pod.advisorTitle}: ${c.container}`} className="space-y-2 border-t border-slate-100 pt-2">
            {containers.length > 1 && <h3 className="font-medium">{t.pod.container(c.container)}</h3>}
            <p className="text-slate-600">
              {t.pod.eventsSummary(advice.oomKills, advice.restarts)}. {failcnt ? t.pod.failcnt(failcnt) : ''}
            </p>
            <div className="overflow-x-auto">
              <table className="w-full text-left" aria-label={`${t.pod.candidateCol}: ${c.container}`}>
                <thead className="text-xs text-slate-500">
                  <tr>
                    <th scope="col" className="pr-3 font-normal">
                      {t.pod.candidateCol}
                    </th>
                    <th scope="col" className="font-normal">
                      {t.pod.firedCol}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {text.candidates.map((cand) => (
                    <tr key={cand.candidate} className={`border-t border-slate-100 ${cand.candidate === advice.recommended ? 'font-semibold' : ''}`}>
                      <th scope="row" className="py-1 pr-3 font-normal">
                        {cand.name}
                        {cand.candidate === advice.recommended && (
                          <span className="ml-1 rounded bg-emerald-100 px-1 text-xs text-emerald-800">{t.pod.recommended}</span>
                        )}
                      </th>
                      <td className="py-1">{cand.firing}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <p role="note">{text.recommendation}</p>
            {advice.recommended && <RuleBlock rule={{ candidate: advice.recommended, namespace, threshold }} />}
          </article>
        );
      })}
    </section>
  );
}

/** The rule to paste, built by the server (GET /api/v1/alert-rule) so no PromQL or YAML code ships to the browser. */
function RuleBlock({ rule }: { rule: AlertRuleKey }) {
  const { t } = useI18n();
  const [copied, setCopied] = useState(false);
  const answer = useQuery(alertRuleQueryOptions(rule));
  const yaml = answer.data?.yaml ?? (answer.isError ? answer.error.message : '…');
  return (
    <details>
      <summary className="cursor-pointer text-blue-700">{t.pod.ruleTitle}</summary>
      <button
        type="button"
        disabled={answer.data === undefined}
        className="mt-1 rounded border border-slate-300 px-2 py-0.5 text-xs"
        onClick={() =>
          void navigator.clipboard.writeText(yaml).then(
            () => setCopied(true),
            () => setCopied(false),
          )
        }
      >
        {copied ? t.pod.copied : t.pod.copy}
      </button>
      <pre className="mt-1 max-h-80 overflow-auto rounded bg-slate-900 p-2 text-xs text-slate-100">{yaml}</pre>
    </details>
  );
}
