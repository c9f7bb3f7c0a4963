'use client';

import type { SizingMessages } from '@/lib/i18n/messages/en/sizing';
import { useI18n, type I18n } from './i18n-provider';

/** The app's i18n plus its sizing section as `s`. */
export function useSizing(): I18n & { s: SizingMessages } {
  const i18n = useI18n();
  return { ...i18n, s: i18n.t.sizing };
}
