import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    alias: {
      '@': fileURLToPath(new URL('./', import.meta.url)),
      'server-only': fileURLToPath(new URL('./lib/testing/server-only-stub.ts', import.meta.url)),
    },
  },
  test: {
    include: ['lib/**/*.test.ts', 'app/**/*.test.ts', 'scripts/**/*.test.ts', 'components/**/*.test.ts', 'deploy/**/*.test.ts'],
    exclude: ['e2e/**', 'node_modules/**'],
    environment: 'node',
    // Route tests answer hundreds of requests: their one-line-per-request log would bury the report.
    env: { PODMEM_REQUEST_LOG: 'off' },
    // A timeout is a time assertion: on a shared 2-core machine running several suites, promtool and the
    // real-capture parsers take 6–10 s where they take 1 s alone. Tests assert behaviour, not speed.
    testTimeout: 60_000,
    // Vitest's default is one worker per core minus one: a single worker on 2 cores, which ran the two
    // integration files (a real Prometheus and VictoriaMetrics; the lab's timed phases) one after the
    // other and everything else behind them. Most of their time is waiting on those processes.
    maxWorkers: 3,
  },
});
