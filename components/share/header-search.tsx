'use client';

import { useQuery } from '@tanstack/react-query';
import { usePathname, useRouter } from 'next/navigation';
import { useEffect, useId, useRef, useState } from 'react';
import { pageHref } from '@/lib/page-href';
import { searchQueryOptions } from '@/lib/queries/search';
import { useShare } from './use-share';

/** Keystrokes closer together than this make one request. */
const DEBOUNCE_MS = 250;

type Option = { key: string; label: string; detail: string; href: string };

/** The cluster the page is about (`/clusters/{id}/…`), else the first configured one. */
function currentCluster(pathname: string, clusters: readonly string[]): string | null {
  const m = /^\/clusters\/([^/]+)/.exec(pathname);
  return m?.[1] ? decodeURIComponent(m[1]) : (clusters[0] ?? null);
}

/**
 * The header's search box: `/` focuses it; type part of a namespace or pod name (or `namespace/pod`),
 * then arrows and Enter (or a click) open the page. An ARIA 1.2 combobox over a listbox.
 */
export function HeaderSearch({ clusters }: { clusters: readonly string[] }) {
  const { s } = useShare();
  const router = useRouter();
  const pathname = usePathname();
  const cluster = currentCluster(pathname, clusters);
  const [text, setText] = useState('');
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const inputRef = useRef<HTMLInputElement>(null);
  const listId = useId();

  useEffect(() => {
    const id = setTimeout(() => setQuery(text.trim().toLowerCase()), DEBOUNCE_MS);
    return () => clearTimeout(id);
  }, [text]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey) return;
      const el = e.target as HTMLElement | null;
      if (el && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName))) return;
      e.preventDefault();
      inputRef.current?.focus();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  const result = useQuery({ ...searchQueryOptions(cluster ?? '', query), enabled: cluster !== null && query !== '' });
  if (cluster === null) return null;

  const data = query !== '' ? result.data : undefined;
  const options: Option[] = [
    ...(data?.namespaces ?? []).map((ns) => ({ key: `ns:${ns}`, label: ns, detail: s.search.namespaces, href: pageHref.namespace(cluster, ns) })),
    ...(data?.pods ?? []).map((p) => ({
      key: `pod:${p.namespace}/${p.pod}`,
      label: p.pod,
      detail: p.namespace,
      href: pageHref.pod(cluster, p.namespace, p.pod),
    })),
  ];
  const expanded = open && query !== '';
  const activeIndex = Math.min(active, options.length - 1);
  const optionId = (i: number) => `${listId}-o${i}`;

  const go = (o: Option | undefined) => {
    if (!o) return;
    setOpen(false);
    setText('');
    setQuery('');
    inputRef.current?.blur();
    router.push(o.href);
  };

  return (
    <div className="relative w-full sm:w-72">
      <input
        ref={inputRef}
        type="search"
        role="combobox"
        aria-label={clusters.length > 1 ? `${s.search.label} ${s.search.cluster(cluster)}` : s.search.label}
        aria-expanded={expanded}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={expanded && options.length > 0 ? optionId(activeIndex) : undefined}
        placeholder={s.search.placeholder}
        autoComplete="off"
        spellCheck={false}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          setOpen(true);
          setActive(0);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') {
            e.preventDefault();
            setOpen(true);
            setActive((a) => (options.length ? (a + 1) % options.length : 0));
          } else if (e.key === 'ArrowUp') {
            e.preventDefault();
            setActive((a) => (options.length ? (a - 1 + options.length) % options.length : 0));
          } else if (e.key === 'Enter') {
            e.preventDefault();
            go(options[activeIndex]);
          } else if (e.key === 'Escape') {
            if (open) setOpen(false);
            else setText('');
          }
        }}
        className="w-full rounded border border-slate-300 bg-white px-2 py-1 text-sm text-slate-900 placeholder:text-slate-500"
      />
      <div role="status" aria-live="polite" className="sr-only">
        {expanded && data ? s.search.count(options.length) : ''}
      </div>
      <div hidden={!expanded} className="absolute right-0 left-0 z-20 mt-1 max-h-96 overflow-auto rounded border border-slate-300 bg-white text-sm shadow-lg">
        <ul id={listId} role="listbox" aria-label={s.search.label}>
          {options.map((o, i) => (
            <li
              key={o.key}
              id={optionId(i)}
              role="option"
              aria-selected={i === activeIndex}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => go(o)}
              onMouseEnter={() => setActive(i)}
              className={`flex cursor-pointer items-baseline justify-between gap-2 px-2 py-1 ${i === activeIndex ? 'bg-slate-200' : ''}`}
            >
              <span className="break-all text-slate-900">{o.label}</span>
              <span className="shrink-0 text-xs text-slate-600">{o.detail}</span>
            </li>
          ))}
        </ul>
        {result.isError && <p className="px-2 py-1 text-red-700">{s.search.error(result.error.message)}</p>}
        {!result.isError && !data && <p className="px-2 py-1 text-slate-600">{s.search.searching}</p>}
        {data && options.length === 0 && <p className="px-2 py-1 text-slate-600">{s.search.none(query)}</p>}
        {data?.truncated && <p className="px-2 py-1 text-xs text-slate-600">{s.search.more}</p>}
      </div>
    </div>
  );
}
