'use client';

import { sizingMessages, type SizingMessages } from '@/lib/i18n/sizing-messages';
import { useI18n, type I18n } from './i18n-provider';

/** The app's i18n plus the sizing catalogue (`s`) for the current language. */
export function useSizing(): I18n & { s: SizingMessages } {
  const i18n = useI18n();
  return { ...i18n, s: sizingMessages[i18n.locale] };
}
