'use client';

import { useQuery } from '@tanstack/react-query';
import { useId, useState, type SubmitEvent } from 'react';
import { useI18n } from '@/components/i18n-provider';
import { parseByteQuantity } from '@/lib/memory/quantity';
import { analyzeMemoryStatQueryOptions, type AnalyzeMemoryStatInput } from '@/lib/queries/memory-stat';
import { ApiRequestError } from '@/lib/queries/api-error';
import { AnalyzeResult } from './result';

type FieldErrors = Partial<Record<'usage' | 'limit', string>>;

/** The form: memory.stat text, optional usage and limit; the server does the analysis. */
export function AnalyzeClient() {
  const { locale, t } = useI18n();
  const ids = { stat: useId(), usage: useId(), usageHint: useId(), limit: useId(), limitHint: useId() };
  const [text, setText] = useState('');
  const [usage, setUsage] = useState('');
  const [limit, setLimit] = useState('');
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [submitted, setSubmitted] = useState<Omit<AnalyzeMemoryStatInput, 'locale'> | null>(null);
  // The language is part of the query: switching it re-asks the server for the verdict in that language.
  const query = useQuery(analyzeMemoryStatQueryOptions(submitted && { ...submitted, locale }));
  const pending = query.isFetching;
  const result = query.data ?? null;
  const error = query.error ? (query.error instanceof ApiRequestError && query.error.status > 0 ? query.error.message : t.analyze.networkError) : null;

  function onSubmit(e: SubmitEvent<HTMLFormElement>) {
    e.preventDefault();
    const errors: FieldErrors = {};
    const usageBytes = usage.trim() === '' ? null : parseByteQuantity(usage);
    if (usage.trim() !== '' && usageBytes === null) errors.usage = t.analyze.invalidQuantity(t.analyze.usageLabel, usage.trim());
    let limitBytes: number | null | undefined;
    if (limit.trim() === '') limitBytes = undefined;
    else if (limit.trim().toLowerCase() === 'max') limitBytes = null;
    else {
      limitBytes = parseByteQuantity(limit);
      if (limitBytes === null) errors.limit = t.analyze.invalidQuantity(t.analyze.limitLabel, limit.trim());
    }
    setFieldErrors(errors);
    if (errors.usage !== undefined || errors.limit !== undefined) return;
    setSubmitted({ text, usageBytes, limitBytes });
  }

  const inputClass = 'w-full rounded border border-slate-300 px-2 py-1 font-mono text-sm';
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <h1 className="text-xl font-semibold">{t.analyze.title}</h1>
      </div>
      <p className="max-w-3xl text-sm text-slate-600">{t.analyze.intro}</p>
      <form onSubmit={onSubmit} className="space-y-3 rounded-lg border border-slate-200 bg-white p-3 sm:p-4" noValidate>
        <div>
          <label htmlFor={ids.stat} className="block text-sm font-medium">
            {t.analyze.statLabel}
          </label>
          <textarea
            id={ids.stat}
            value={text}
            onChange={(e) => setText(e.target.value)}
            rows={10}
            spellCheck={false}
            className={`${inputClass} mt-1`}
            required
          />
        </div>
        <div className="grid gap-3 sm:grid-cols-2">
          {(
            [
              ['usage', ids.usage, ids.usageHint, t.analyze.usageLabel, t.analyze.usageHint, usage, setUsage, '13071106048'],
              ['limit', ids.limit, ids.limitHint, t.analyze.limitLabel, t.analyze.limitHint, limit, setLimit, '256Mi'],
            ] as const
          ).map(([key, id, hintId, label, hint, value, setValue, placeholder]) => (
            <div key={key}>
              <label htmlFor={id} className="block text-sm font-medium">
                {label}
              </label>
              <input
                id={id}
                value={value}
                onChange={(e) => setValue(e.target.value)}
                inputMode="text"
                autoComplete="off"
                placeholder={placeholder}
                aria-describedby={hintId}
                aria-invalid={fieldErrors[key] !== undefined}
                className={`${inputClass} mt-1`}
              />
              <p id={hintId} className="mt-1 text-xs text-slate-600">
                {fieldErrors[key] !== undefined ? <span className="text-red-700">{fieldErrors[key]}</span> : hint}
              </p>
            </div>
          ))}
        </div>
        <button type="submit" disabled={pending} className="rounded bg-slate-800 px-4 py-2 text-sm font-medium text-white disabled:opacity-60">
          {pending ? t.analyze.submitting : t.analyze.submit}
        </button>
      </form>
      {error !== null ? (
        <div role="alert" className="rounded-lg border border-red-200 bg-red-50 p-3 text-sm text-red-900">
          <p className="font-medium">{t.analyze.errorTitle}</p>
          <p className="mt-1 font-mono break-words">{error}</p>
        </div>
      ) : null}
      <div aria-live="polite">{result !== null ? <AnalyzeResult result={result} /> : null}</div>
    </div>
  );
}
