import type { Page } from '@playwright/test';
import { formatBytes } from '../lib/i18n/format';
import { en } from '../lib/i18n/messages/en';
import { zh } from '../lib/i18n/messages/zh';
import type { Locale } from '../lib/i18n/locales';
import { SEED_PHASES } from '../scripts/scenarios/demo';
import { expect, expectAccessible, test } from './fixtures';

const CATALOGUES = { en, zh };

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The seed's numbers, computed here from its memory.stat bytes (not from podmem's code). */
function seedNumbers(phase: keyof typeof SEED_PHASES) {
  const p = SEED_PHASES[phase];
  const usage = p.rss + p.cache;
  return { activeFile: p.activeFile, inactiveFile: p.inactiveFile, workingSet: usage - p.inactiveFile };
}

/** Opens /learn in a language and picks a step of the dd experiment; returns the step's region. */
async function openStep(page: Page, locale: Locale, phase: keyof typeof SEED_PHASES) {
  const l = CATALOGUES[locale].learn;
  await page.goto(`/learn?lang=${locale}`);
  await expect(page.getByRole('heading', { level: 1, name: l.title })).toBeVisible();
  const steps = page.getByRole('navigation', { name: l.experiment.stepsLabel });
  const region = page.getByRole('region', { name: l.experiment.steps[phase].title });
  // The step buttons work once React has hydrated the page: a click before that is lost (as a person's
  // would be), so click again until the step shows.
  await expect(async () => {
    await steps.getByRole('button', { name: l.experiment.stepButton(phase, l.experiment.steps[phase].name) }).click();
    await expect(region).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 15_000 });
  return region;
}

for (const locale of ['en', 'zh'] as const) {
  test(`${locale}: step C shows 100.3 MiB active page cache and a 128.5 MiB working set, live from the demo pod too`, async ({ page }) => {
    const l = CATALOGUES[locale].learn;
    const t = CATALOGUES[locale];
    const c = seedNumbers('C');
    const active = formatBytes(c.activeFile, locale);
    const wss = formatBytes(c.workingSet, locale);
    expect([active, wss]).toEqual(['100.3 MiB', '128.5 MiB']);

    const step = await openStep(page, locale, 'C');
    const table = step.getByRole('table', { name: l.experiment.numbersLabel('C') });
    const size = (name: string) =>
      table
        .getByRole('row', { name: new RegExp(`^${escape(name)} `) })
        .getByRole('cell')
        .first();
    await expect(size(t.layers.activeFile.name)).toHaveText(active);
    await expect(size(t.layers.workingSet.name)).toHaveText(wss);
    await expect(size(t.layers.inactiveFile.name)).toHaveText(formatBytes(c.inactiveFile, locale));
    await expect(step.getByRole('img', { name: new RegExp(escape(`${t.layers.activeFile.name} ${active}`)) })).toBeVisible();
    await expect(step.getByRole('figure', { name: l.experiment.statLabel('C') })).toContainText(`total_active_file ${SEED_PHASES.C.activeFile}`);

    // The live chart: the demo cluster is configured in the e2e stack, so the chart replaces the note.
    await expect(page.getByRole('figure', { name: l.live.chartLabel('C') })).toBeVisible();
    await expect(page.getByText(l.live.needsDemo)).toHaveCount(0);
    const measured = new RegExp(escape(l.live.measured('@', wss, active)).replace('@', '\\d\\d:\\d\\d:\\d\\d'));
    await expect(page.getByText(measured)).toBeVisible();
    await expectAccessible(page);
  });
}

test('en: step B — written once, the file lands in inactive_file and the working set stays put', async ({ page }) => {
  const l = en.learn;
  const t = en;
  const [a, b] = [seedNumbers('A'), seedNumbers('B')];
  const step = await openStep(page, 'en', 'B');
  const table = step.getByRole('table', { name: l.experiment.numbersLabel('B') });
  const row = (name: string) => table.getByRole('row', { name: new RegExp(`^${escape(name)} `) }).getByRole('cell');
  await expect(row(t.layers.inactiveFile.name).first()).toHaveText(formatBytes(b.inactiveFile, 'en'));
  await expect(row(t.layers.inactiveFile.name).nth(1)).toHaveText(`+${formatBytes(b.inactiveFile - a.inactiveFile, 'en')}`);
  await expect(row(t.layers.workingSet.name).first()).toHaveText(formatBytes(b.workingSet, 'en'));
  await expect(page.getByRole('figure', { name: l.live.chartLabel('B') })).toBeVisible();
  await page.getByRole('button', { name: l.experiment.next }).click();
  await expect(page.getByRole('region', { name: l.experiment.steps.C.title })).toBeVisible();
  await expect(page.getByRole('figure', { name: l.live.chartLabel('C') })).toBeVisible();
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 375, height: 800 } });
  for (const locale of ['en', 'zh'] as const) {
    test(`${locale}: readable at 375 px without horizontal scrolling; the formulas table scrolls in its own box`, async ({ page }) => {
      const l = CATALOGUES[locale].learn;
      await openStep(page, locale, 'C');
      await expect(page.getByRole('figure', { name: l.live.chartLabel('C') })).toBeVisible();
      await expect(page.getByRole('region', { name: l.formulas.tableLabel })).toBeVisible();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await expectAccessible(page);
    });
  }
});

test('the alert section recommends (working set − active_file) / limit and links to the pod page', async ({ page }) => {
  const l = en.learn;
  await page.goto('/learn?lang=en');
  const section = page.getByRole('region', { name: l.alert.heading });
  await expect(section.getByRole('heading', { level: 3 })).toHaveText([
    l.alert.candidates.workingSet.name,
    l.alert.candidates.rss.name,
    l.alert.candidates.unreclaimable.name,
    l.alert.recommendationHeading,
  ]);
  await expect(section.getByRole('img', { name: l.alert.atStepC('50.2 %') })).toBeVisible();
  await expect(section.getByRole('link', { name: l.alert.advisorLink })).toHaveAttribute('href', '/clusters/demo/namespaces/demo/pods/ta-7b6f5d56fb-94svm');
});
