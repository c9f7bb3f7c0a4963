/**
 * `npx tsx scripts/lab/screenshot.ts URL [OUT]`: a headless Chromium screenshot of the lab's pod page
 * (while `npm run lab` runs), for docs/lab.md. Fails on console errors so a broken page is not kept.
 */
import { chromium } from 'playwright-core';

const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

async function main(): Promise<void> {
  const [url, out = 'public/screenshots/lab.png'] = process.argv.slice(2);
  if (!url) throw new Error('usage: npx tsx scripts/lab/screenshot.ts URL [OUT]');
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'en-US' });
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    await page.goto(url, { waitUntil: 'networkidle' });
    await page.getByRole('heading', { name: 'dd-experiment' }).first().waitFor();
    await page.waitForTimeout(2000); // recharts animates the areas in; a script, not a test
    if (errors.length > 0) throw new Error(`console errors on ${url}: ${errors.join('; ')}`);
    await page.screenshot({ path: out, fullPage: true });
    console.log(`screenshot: ${out}`);
  } finally {
    await browser.close();
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : String(err));
  process.exit(1);
});
