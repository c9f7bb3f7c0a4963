'use client';

import { shareMessages, type ShareMessages } from '@/lib/i18n/share-messages';
import { useI18n, type I18n } from '../i18n-provider';

/** The i18n context plus the share catalogue as `s`. */
export function useShare(): I18n & { s: ShareMessages } {
  const i18n = useI18n();
  return { ...i18n, s: shareMessages[i18n.locale] };
}
