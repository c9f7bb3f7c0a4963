'use client';

import { useState } from 'react';
import { useSizing } from './use-sizing';

export interface CopyBlockProps {
  label: string;
  text: string;
}

/** A labelled block of text to paste (a command, a patch) with a copy button; wraps on phones. */
export function CopyBlock({ label, text }: CopyBlockProps) {
  const { s } = useSizing();
  const [copied, setCopied] = useState(false);
  return (
    <figure className="mt-1">
      <figcaption className="flex items-center justify-between gap-2 text-xs text-slate-600">
        <span>{label}</span>
        <button
          type="button"
          className="rounded border border-slate-300 bg-white px-2 py-0.5 text-xs hover:bg-slate-50"
          onClick={() => {
            void navigator.clipboard.writeText(text).then(
              () => setCopied(true),
              () => setCopied(false),
            );
          }}
        >
          {copied ? s.card.copied : s.card.copy}
        </button>
      </figcaption>
      <pre aria-label={label} className="mt-1 overflow-x-auto whitespace-pre-wrap break-all rounded bg-slate-900 p-2 text-xs text-slate-50">
        {text}
      </pre>
    </figure>
  );
}
