/** The colour theme: `system` follows the OS (prefers-color-scheme); the others pin it. */
export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

/** Cookie that remembers a pinned theme for a year; absent = system. */
export const THEME_COOKIE = 'podmem_theme';

/** The theme a cookie value stands for; anything unknown is `system`. */
export function parseTheme(value: string | null | undefined): Theme {
  return value === 'light' || value === 'dark' ? value : 'system';
}
