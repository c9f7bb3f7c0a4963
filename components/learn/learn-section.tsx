import type { ReactNode } from 'react';

export interface LearnSectionProps {
  /** Anchor for the table of contents; the heading gets `${id}-heading`. */
  id: string;
  heading: string;
  children: ReactNode;
}

/** One card of the learn page: a region named by its h2. */
export function LearnSection({ id, heading, children }: LearnSectionProps) {
  return (
    <section id={id} aria-labelledby={`${id}-heading`} className="scroll-mt-4 space-y-3 rounded-lg border border-slate-200 bg-white p-3 sm:p-5">
      <h2 id={`${id}-heading`} className="text-lg font-semibold">
        {heading}
      </h2>
      {children}
    </section>
  );
}

/** A short list of points, the page's main text form (short and visual, not a wall of text). */
export function Points({ items }: { items: readonly string[] }) {
  return (
    <ul className="max-w-3xl list-disc space-y-1 pl-5 text-sm text-slate-700">
      {items.map((p) => (
        <li key={p}>{p}</li>
      ))}
    </ul>
  );
}
