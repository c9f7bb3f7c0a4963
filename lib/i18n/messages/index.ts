import type { Locale } from '../locales';
import { en, type Messages } from './en';
import { zh } from './zh';

export type { EquationParts, Messages } from './en';

const CATALOGUES: Record<Locale, Messages> = { en, zh };

/** The message catalogue for a locale. */
export function getMessages(locale: Locale): Messages {
  return CATALOGUES[locale];
}
