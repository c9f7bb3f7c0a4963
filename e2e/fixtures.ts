import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';

/** Console errors a test expects (e.g. the browser logging a 404 the page then explains). */
export interface ConsoleAllowance {
  /** Matched against console error texts and "HTTP <status> <path>" of failed responses. */
  allowConsole: RegExp | null;
}

/** The suite's test: fails on any console error or page crash it did not allow. */
// eslint-disable-next-line @typescript-eslint/no-invalid-void-type -- Playwright types an automatic fixture that provides nothing as void
export const test = base.extend<ConsoleAllowance & { consoleGuard: void }>({
  allowConsole: [null, { option: true }],
  // Navigations wait until React has hydrated the page (app/providers.tsx marks <html data-hydrated>):
  // a click, key or form submit before that is lost, as a person's would be, and the test would race.
  page: async ({ page }, provide) => {
    const hydrated = () => page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
    const goto = page.goto.bind(page);
    const reload = page.reload.bind(page);
    page.goto = async (...args) => {
      const res = await goto(...args);
      await hydrated();
      return res;
    };
    page.reload = async (...args) => {
      const res = await reload(...args);
      await hydrated();
      return res;
    };
    await provide(page);
  },
  consoleGuard: [
    async ({ page, allowConsole }, use) => {
      const errors: string[] = [];
      page.on('console', (msg) => {
        if (msg.type() === 'error' && !allowConsole?.test(msg.text())) errors.push(msg.text());
      });
      page.on('pageerror', (err) => errors.push(err.message));
      // Name the URL behind "Failed to load resource" so a failure says what was missing.
      page.on('response', (res) => {
        const text = `HTTP ${res.status()} ${new URL(res.url()).pathname}`;
        if (res.status() >= 400 && !allowConsole?.test(text)) errors.push(text);
      });
      await use();
      expect(errors, 'console errors').toEqual([]);
    },
    { auto: true },
  ],
});

/** Runs axe on the page and fails on serious or critical violations, listing them. */
export async function expectAccessible(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
}

export { expect };
