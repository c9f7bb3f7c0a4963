'use client';

import { useI18n, type I18n } from '@/components/i18n-provider';
import { learnMessages, type LearnMessages } from '@/lib/i18n/learn-messages';

/** The app's i18n plus the learn page's own catalogue (`l`) for the current language. */
export function useLearn(): I18n & { l: LearnMessages } {
  const i18n = useI18n();
  return { ...i18n, l: learnMessages[i18n.locale] };
}
