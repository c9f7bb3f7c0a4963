import type { Messages } from './messages/en';
import type { Locale } from './locales';

export type { EquationParts, Messages } from './messages/en';

/**
 * One loader per locale: each catalogue is its own chunk, so the browser downloads only the language
 * it shows. `Record<Locale, …>` makes the compiler name a locale without a loader.
 */
const LOADERS: Record<Locale, () => Promise<Messages>> = {
  en: () => import('./messages/en').then((m) => m.en),
  zh: () => import('./messages/zh').then((m) => m.zh),
};

const loaded = new Map<Locale, Promise<Messages>>();

/** The message catalogue for a locale (loaded once, then the same promise, so React's `use` can wait on it). */
export function loadMessages(locale: Locale): Promise<Messages> {
  let p = loaded.get(locale);
  if (!p) {
    p = LOADERS[locale]();
    loaded.set(locale, p);
  }
  return p;
}
