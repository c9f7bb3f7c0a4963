'use client';

import { browseMessages, type BrowseMessages } from '@/lib/i18n/browse-messages';
import { useI18n, type I18n } from './i18n-provider';

/** The app's i18n plus the browse catalogue (`b`) for the current language. */
export function useBrowse(): I18n & { b: BrowseMessages } {
  const i18n = useI18n();
  return { ...i18n, b: browseMessages[i18n.locale] };
}
