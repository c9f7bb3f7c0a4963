import type { AlertAdvice, AlertCandidate, CandidateResult } from '@/lib/memory/alert-advisor';
import type { I18n } from './i18n';

export interface CandidateText {
  candidate: AlertCandidate;
  name: string;
  /** "above for 3 min in 1 interval", "never above" or "not applicable: no limit". */
  firing: string;
}

export interface AdviceText {
  /** The recommendation and what the range showed, in a few sentences. */
  recommendation: string;
  candidates: CandidateText[];
}

/** Renders the advisor's structured result in a language. */
export function renderAdvice(advice: AlertAdvice, i18n: I18n): AdviceText {
  const t = i18n.t.advisor;
  const dur = i18n.formatDuration;
  const threshold = i18n.formatPercent(advice.threshold);
  const find = (c: AlertCandidate): CandidateResult | undefined => advice.candidates.find((r) => r.candidate === c);
  const seconds = (c: AlertCandidate, key: 'firingSeconds' | 'firingSecondsWithoutOom') => find(c)?.[key] ?? 0;

  const sentences: string[] = [];
  switch (advice.reason) {
    case 'no-limit':
      sentences.push(t.noLimit);
      break;
    case 'oom-caught': {
      const rec = advice.recommended ?? 'workingSetMinusActive';
      const other: AlertCandidate = rec === 'workingSet' ? 'workingSetMinusActive' : 'workingSet';
      sentences.push(
        t.oomCaught(
          t.candidates[rec],
          find(rec)?.oomKillsCaught ?? 0,
          advice.oomKills,
          dur(seconds(rec, 'firingSecondsWithoutOom')),
          t.candidates[other],
          dur(seconds(other, 'firingSecondsWithoutOom')),
        ),
      );
      break;
    }
    case 'oom-missed':
      sentences.push(t.oomMissed(threshold, advice.oomKills));
      break;
    case 'cache-false-alarms':
      sentences.push(t.cacheFalseAlarms(threshold, dur(seconds('workingSet', 'firingSeconds')), dur(seconds('workingSetMinusActive', 'firingSeconds'))));
      break;
    case 'near-misses':
      sentences.push(t.nearMisses(threshold, dur(seconds('workingSetMinusActive', 'firingSeconds'))));
      break;
    case 'quiet':
      sentences.push(t.quiet(threshold));
      break;
  }
  const rss = find('rss');
  if (advice.reason === 'oom-caught' && advice.recommended !== 'rss' && rss && rss.oomKillsCaught < advice.oomKills) {
    sentences.push(t.rssMissed(advice.oomKills - rss.oomKillsCaught));
  }
  if (advice.restarts > advice.oomKills) sentences.push(t.otherRestarts(advice.restarts - advice.oomKills));
  if (advice.psiStallSeconds !== null) sentences.push(advice.psiStallSeconds > 0 ? t.psiStalled(dur(advice.psiStallSeconds)) : t.psiNone);

  const candidates = advice.candidates.map((c) => ({
    candidate: c.candidate,
    name: t.candidates[c.candidate],
    firing: !c.applicable ? t.notApplicable : c.intervals.length === 0 ? t.neverFired : t.firedFor(dur(c.firingSeconds), c.intervals.length),
  }));
  return { recommendation: sentences.join(i18n.t.punctuation.sentenceGap), candidates };
}
