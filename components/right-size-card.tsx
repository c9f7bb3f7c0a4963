'use client';

import { useQuery } from '@tanstack/react-query';
import type { ContainerSizingBody } from '@/lib/api/sizing';
import { renderCacheVerdict, renderComparison, renderSizingWarning } from '@/lib/i18n/sizing-text';
import type { SizingWarning } from '@/lib/memory/sizing';
import { isPatchable, kubectlSetResources } from '@/lib/memory/sizing-sweep';
import { podMemoryQueryOptions, type PodKey } from '@/lib/queries/pod-memory';
import { podSizingQueryOptions, type SizingKnobs } from '@/lib/queries/sizing';
import type { TimeRangeState } from '@/lib/queries/time-range';
import { CopyBlock } from './copy-block';
import { SizingKnobsForm } from './sizing-knobs';
import { useSizing } from './use-sizing';

export interface RightSizeCardProps {
  pod: PodKey;
  range: TimeRangeState;
  knobs: SizingKnobs;
  onKnobs: (knobs: SizingKnobs) => void;
}

/** A warning as the API sends it, back to the domain's shape so it renders in the page's language. */
export const asWarning = (w: { code: string; params: Record<string, unknown> }): SizingWarning => ({ code: w.code, ...w.params }) as SizingWarning;

/** The Right-size card: per container the peaks, podmem's recommendation and the published formulas beside it. */
export function RightSizeCard({ pod, range, knobs, onKnobs }: RightSizeCardProps) {
  const { s } = useSizing();
  // After the memory view has answered, and only when it found the pod: the first screen never waits
  // behind these range queries, and a missing pod is said once, by the memory view.
  const memory = useQuery(podMemoryQueryOptions(pod, range));
  const query = useQuery({ ...podSizingQueryOptions(pod, range, knobs), enabled: memory.isSuccess });
  if (memory.isError) return null;
  return (
    <section aria-labelledby="right-size-title" className="rounded-lg border border-slate-200 bg-white p-3 sm:p-4">
      <h2 id="right-size-title" className="text-lg font-semibold">
        {s.card.title}
      </h2>
      <p className="text-sm text-slate-600">{s.card.intro}</p>
      <SizingKnobsForm knobs={knobs} onKnobs={onKnobs} />
      {query.isPending ? (
        <p role="status" className="mt-2 text-sm text-slate-500">
          {s.card.loading}
        </p>
      ) : query.isError ? (
        <div role="alert" className="mt-2 rounded border border-red-200 bg-red-50 p-2 text-sm text-red-900">
          {s.card.error(query.error.message)}{' '}
          <button type="button" onClick={() => void query.refetch()} className="ml-1 rounded border border-red-300 bg-white px-2 py-0.5">
            {s.card.retry}
          </button>
        </div>
      ) : (
        <div className="mt-2 space-y-4" aria-busy={query.isFetching}>
          {query.data.containers.map((c) => (
            <ContainerSizing key={c.container} c={c} namespace={pod.namespace} pod={pod.pod} />
          ))}
          {query.data.containers[0] && (
            <div>
              <h3 className="text-sm font-semibold">{s.card.applyTitle}</h3>
              <WorkloadNote workload={query.data.containers[0].workload} />
              {query.data.patchYaml !== '' && <CopyBlock label={s.card.patchLabel(pod.pod)} text={query.data.patchYaml} />}
            </div>
          )}
        </div>
      )}
    </section>
  );
}

/** Which workload the kubectl lines and the patch change (its owner in kube-state-metrics, or a guess from the pod name), and why a Job or Pod cannot simply be patched. */
function WorkloadNote({ workload: w }: { workload: ContainerSizingBody['workload'] }) {
  const { s } = useSizing();
  const caveat = w.kind === 'Job' ? s.card.notInPlaceJob : w.kind === 'Pod' ? s.card.notInPlacePod : isPatchable(w) ? null : s.card.notPatchable(w.kind);
  return (
    <p data-workload={`${w.kind}/${w.name}`} data-source={w.source} className="text-xs text-slate-600">
      {w.source === 'kube-state-metrics' ? s.card.workloadOwner(w.kind, w.name) : s.card.workloadGuess(w.kind, w.name)}
      {caveat && <span className="block">{caveat}</span>}
    </p>
  );
}

function ContainerSizing({ c, namespace, pod }: { c: ContainerSizingBody; namespace: string; pod: string }) {
  const i18n = useSizing();
  const { s, formatBytes, formatPercent } = i18n;
  const b = (v: number | null) => (v === null ? s.card.none : formatBytes(v));
  const lim = (v: number | null) => (v === null ? s.card.none : formatBytes(v, { trimWhole: true }));
  const kubectl = kubectlSetResources(namespace, { pod, container: c.container, workload: c.workload, current: c.current, recommended: c.recommended });
  const compare = (tool: 'krr' | 'vpa' | 'kubecost', v: number | null) =>
    renderComparison(tool, v, c.recommended, c.peaks.activeFile, c.peaks.workingSet, i18n);
  const others: Array<[string, number | null, string | null]> = [
    [s.card.krr, c.alternatives.krrSimple.limitBytes, compare('krr', c.alternatives.krrSimple.limitBytes)],
    [s.card.vpa, c.alternatives.vpaTarget.requestBytes, compare('vpa', c.alternatives.vpaTarget.requestBytes)],
    [s.card.kubecost, c.alternatives.kubecost.requestBytes, compare('kubecost', c.alternatives.kubecost.requestBytes)],
  ];
  return (
    <article aria-label={s.card.articleLabel(c.container)} className="rounded border border-slate-200 p-2 sm:p-3">
      <h3 className="font-medium">{s.card.container(c.container)}</h3>
      <div className="overflow-x-auto">
        <table aria-label={`${s.card.recommended}: ${c.container}`} className="mt-1 w-full text-left text-sm">
          <thead className="text-xs text-slate-500">
            <tr>
              <th scope="col" className="pr-3 font-normal" />
              <th scope="col" className="pr-3 font-normal">
                {s.card.current}
              </th>
              <th scope="col" className="font-normal">
                {s.card.recommended}
              </th>
            </tr>
          </thead>
          <tbody className="tabular-nums">
            <tr className="border-t border-slate-100">
              <th scope="row" className="pr-3 text-left font-normal">
                {s.card.request}
              </th>
              <td className="pr-3">{lim(c.current.requestBytes)}</td>
              <td data-field="recommended-request" className="font-semibold">
                {lim(c.recommended.requestBytes)}
              </td>
            </tr>
            <tr className="border-t border-slate-100">
              <th scope="row" className="pr-3 text-left font-normal">
                {s.card.limit}
              </th>
              <td className="pr-3">{lim(c.current.limitBytes)}</td>
              <td data-field="recommended-limit" className="font-semibold">
                {lim(c.recommended.limitBytes)}
              </td>
            </tr>
          </tbody>
        </table>
      </div>
      {c.basis && c.recommended.requestBytes !== null && c.recommended.limitBytes !== null ? (
        <p className="mt-1 text-xs text-slate-600">
          {s.card.formula(
            b(c.basis.needBase),
            b(c.basis.cacheAllowanceBytes),
            formatPercent(c.basis.cacheAllowance),
            lim(c.recommended.requestBytes),
            formatPercent(c.basis.headroom),
            lim(c.recommended.limitBytes),
          )}
        </p>
      ) : (
        <p className="mt-1 text-sm">{s.card.noData}</p>
      )}
      {/* The heading sits outside the list: a <dt> without its <dd> is an invalid definition list (axe). */}
      <h4 className="mt-2 text-xs font-semibold uppercase tracking-wide text-slate-500">{s.card.peaks}</h4>
      <dl className="grid grid-cols-2 gap-x-3 gap-y-0.5 text-sm sm:grid-cols-3">
        {(
          [
            ['workingSet', s.card.workingSet],
            ['rss', s.card.rss],
            ['unreclaimable', s.card.unreclaimable],
            ['activeFile', s.card.activeFile],
            ...(c.peaks.swap ? [['swap', s.card.swap] as const] : []),
          ] as const
        ).map(([key, label]) => (
          <div key={key} className="min-w-0">
            <dt className="text-xs text-slate-500">{label}</dt>
            <dd data-peak={key} className="tabular-nums">
              {b(c.peaks[key])}
            </dd>
          </div>
        ))}
      </dl>
      {c.warnings.length > 0 && (
        <div role="note" aria-label={`${c.container} warnings`} className="mt-2 rounded border border-amber-200 bg-amber-50 p-2 text-sm text-amber-900">
          <ul className="space-y-1">
            {c.warnings.map((w) => (
              <li key={w.code} data-warning={w.code}>
                {renderSizingWarning(asWarning(w), i18n)}
              </li>
            ))}
          </ul>
        </div>
      )}
      <h4 className="mt-2 text-sm font-semibold">{s.card.cacheTitle}</h4>
      <p data-cache={c.cache.state} className="text-sm">
        {renderCacheVerdict(c.cache, i18n)}
      </p>
      <h4 className="mt-2 text-sm font-semibold">{s.card.othersTitle}</h4>
      <ul className="space-y-1 text-sm">
        {others.map(([name, v, words]) => (
          <li key={name} className="border-t border-slate-100 pt-1">
            <span className="font-medium">{name}</span>: <span className="tabular-nums">{b(v)}</span>
            {words && <span className="block text-xs text-slate-600">{words}</span>}
          </li>
        ))}
      </ul>
      {kubectl && <CopyBlock label={s.card.kubectlLabel(c.container)} text={kubectl} />}
    </article>
  );
}
