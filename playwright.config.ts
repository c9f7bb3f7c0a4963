import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS } from './scripts/lib/chromium';
import { ENGINE_INDEPENDENT_SPECS, SHARED_UPSTREAM_SPECS } from './scripts/lib/e2e-specs';

const files = (names: readonly string[]) => names.map((n) => `**/${n}.spec.ts`);
const engineIgnored = process.env.E2E_ENGINE === 'victoriametrics' ? files(ENGINE_INDEPENDENT_SPECS) : [];
const desktop = { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 900 } };

/** Run through `npm run test:e2e` (scripts/e2e.ts), which starts Prometheus and podmem and sets E2E_BASE_URL. */
export default defineConfig({
  testDir: './e2e',
  // Files spread over two browsers (tests within a file stay in order). Most of a test is waiting for a
  // page, so two fit this 2-core machine; PODMEM_E2E_WORKERS=1 runs one file at a time.
  fullyParallel: false,
  workers: Number(process.env.PODMEM_E2E_WORKERS ?? 2),
  retries: 0,
  forbidOnly: true,
  reporter: [['list'], ['json', { outputFile: process.env.E2E_JSON_OUTPUT ?? '.test-results/e2e.json' }]],
  timeout: 30_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: process.env.E2E_BASE_URL ?? 'http://127.0.0.1:3000',
    timezoneId: 'UTC',
    locale: 'en-GB',
    trace: 'off',
    launchOptions: {
      executablePath: process.env.E2E_CHROMIUM ?? '/usr/bin/chromium',
      args: CHROMIUM_ARGS,
    },
  },
  projects: [
    { name: 'desktop', testIgnore: [...files(SHARED_UPSTREAM_SPECS), ...engineIgnored], use: desktop },
    { name: 'shared-upstream', testMatch: files(SHARED_UPSTREAM_SPECS), testIgnore: engineIgnored, workers: 1, use: desktop },
  ],
});
