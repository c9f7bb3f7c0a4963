'use client';

import { useState } from 'react';
import { THEME_COOKIE, THEMES, type Theme } from '@/lib/theme';
import { useShare } from './use-share';

const ONE_YEAR_SECONDS = 365 * 24 * 3600;

/** Pins the theme (or returns to the system's): applied at once via `data-theme` on <html>, remembered in a cookie. */
export function ThemeSwitch({ initial }: { initial: Theme }) {
  const { s } = useShare();
  const [theme, setTheme] = useState<Theme>(initial);
  const choose = (next: Theme) => {
    setTheme(next);
    const root = document.documentElement;
    if (next === 'system') {
      delete root.dataset.theme;
      document.cookie = `${THEME_COOKIE}=; path=/; max-age=0; samesite=lax`;
    } else {
      root.dataset.theme = next;
      document.cookie = `${THEME_COOKIE}=${next}; path=/; max-age=${ONE_YEAR_SECONDS}; samesite=lax`;
    }
  };
  return (
    <select
      aria-label={s.theme.label}
      value={theme}
      onChange={(e) => choose(e.target.value as Theme)}
      className="rounded border border-slate-300 bg-white px-1 py-1 text-sm text-slate-700"
    >
      {THEMES.map((th) => (
        <option key={th} value={th}>
          {s.theme[th]}
        </option>
      ))}
    </select>
  );
}
