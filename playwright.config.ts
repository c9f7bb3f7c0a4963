import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS } from './scripts/lib/chromium';
import { ENGINE_TAG, SHARED_UPSTREAM_SPECS } from './scripts/lib/e2e-specs';

const files = (names: readonly string[]) => names.map((n) => `**/${n}.spec.ts`);
const desktop = { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 900 } };

/** Run through `npm run test:e2e` (scripts/e2e.ts), which starts Prometheus and podmem and sets E2E_BASE_URL. */
export default defineConfig({
  testDir: './e2e',
  // One file at a time: on this 2-core machine the suite is CPU-bound (Chromium, the server, the engine),
  // and two workers took as long (10.2 min against Prometheus) as one. PODMEM_E2E_WORKERS=N spreads
  // files over N browsers on a bigger machine; the shared-proxy specs still run one at a time.
  fullyParallel: false,
  workers: Number(process.env.PODMEM_E2E_WORKERS ?? 1),
  retries: 0,
  forbidOnly: true,
  // The second engine runs the tests that read the engine's answers (scripts/lib/e2e-specs.ts).
  grep: process.env.E2E_ENGINE === 'victoriametrics' ? new RegExp(ENGINE_TAG) : undefined,
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
    { name: 'desktop', testIgnore: files(SHARED_UPSTREAM_SPECS), use: desktop },
    { name: 'shared-upstream', testMatch: files(SHARED_UPSTREAM_SPECS), workers: 1, use: desktop },
  ],
});
