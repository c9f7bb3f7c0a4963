import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';
import { defineConfig, globalIgnores } from 'eslint/config';

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores(['.next/**', '.next-*/**', '.demo/**', '.e2e/**', 'next-env.d.ts', 'test-results/**', 'playwright-report/**']),
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-non-null-assertion': 'error',
    },
  },
  {
    // The browser must never reach Prometheus directly: only route handlers and server code may.
    files: ['components/**', 'lib/queries/**', 'app/**/client.tsx'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['@/lib/prometheus/*', '@/lib/promql/*'], message: 'server-only: the browser talks to /api/v1, never to Prometheus' }] }],
    },
  },
]);
