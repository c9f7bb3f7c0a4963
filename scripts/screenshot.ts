/**
 * Maintainer tool: `npx tsx scripts/screenshot.ts` refreshes the README screenshots from the demo data
 * (the seed pod in phase C with the tooltip open, desktop and phone). Needs a build (`npm run build`).
 */
import { chromium } from '@playwright/test';
import { join } from 'node:path';
import { startDemoStack } from './lib/demo-stack';
import { startNext } from './lib/next-server';
import { freePort } from './lib/system';

const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

async function main(): Promise<void> {
  const stack = await startDemoStack(join(process.cwd(), '.demo-shots'), await freePort());
  const port = await freePort();
  const next = await startNext(port, { PODMEM_CLUSTERS: `demo=${stack.prometheus.url}`, PROMETHEUS_URL: '' }, undefined, '127.0.0.1');
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ARGS });
  try {
    const url = `${next.url}/clusters/demo/namespaces/demo/pods/ta-7b6f5d56fb-94svm?start=${stack.endSeconds - 3600}&end=${stack.endSeconds}`;
    const page = await browser.newPage({ viewport: { width: 1280, height: 1100 }, timezoneId: 'UTC' });
    await page.goto(url);
    const chart = page.getByRole('figure', { name: 'Memory chart: Pod total' });
    const box = await chart.boundingBox();
    if (box) await page.mouse.move(box.x + 64 + (box.width - 72) * 0.85, box.y + box.height / 2);
    await page.getByRole('table', { name: /^Values at/ }).waitFor();
    const card = await page.getByRole('region', { name: 'Pod total', exact: true }).boundingBox();
    await page.screenshot({
      path: 'public/screenshots/seed-pod-phase-c.png',
      clip: { x: 0, y: 0, width: 1280, height: (card?.y ?? 0) + (card?.height ?? 600) + 12 },
    });
    const phone = await browser.newPage({ viewport: { width: 375, height: 812 }, deviceScaleFactor: 2, timezoneId: 'UTC' });
    await phone.goto(url);
    await phone.getByRole('region', { name: 'Pod total', exact: true }).waitFor();
    await phone.getByRole('table', { name: /^What each tool shows/ }).waitFor();
    await phone.screenshot({ path: 'public/screenshots/seed-pod-phone.png' });
    console.log('wrote public/screenshots/seed-pod-phase-c.png and seed-pod-phone.png');
  } finally {
    await browser.close();
    await next.stop();
    await stack.prometheus.stop();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
