'use client';

import type { ShareMessages } from '@/lib/i18n/messages/en/sharing';
import { useI18n, type I18n } from '../i18n-provider';

/** The i18n context plus its sharing section as `s`. */
export function useShare(): I18n & { s: ShareMessages } {
  const i18n = useI18n();
  return { ...i18n, s: i18n.t.sharing };
}
