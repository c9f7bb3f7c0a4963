import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';
import { defineConfig, globalIgnores } from 'eslint/config';
import tseslint from 'typescript-eslint';

/**
 * The house layers (docs/architecture.md). Each zone names a layer and the layers it must never import;
 * every allowed edge only leads to layers that obey the same rules, so a forbidden import cannot sneak
 * in through a third module either. The client-bundle test (lib/testing/client-bundle.test.ts) checks
 * the built browser chunks on top.
 */
const LAYERS = {
  domain: './lib/memory',
  learn: './lib/learn',
  promql: './lib/promql',
  prometheus: './lib/prometheus',
  server: './lib/server',
  config: './lib/config',
  i18n: './lib/i18n',
  api: './lib/api',
  queries: './lib/queries',
  urls: './lib/urls.ts',
  time: './lib/time.ts',
  components: './components',
  app: './app',
};
const SERVER_ONLY = [LAYERS.server, LAYERS.prometheus, LAYERS.promql, LAYERS.config];
const UI = [LAYERS.components, LAYERS.app, LAYERS.queries];

/** `target` may not import from any of `from`. */
const zone = (target, from, message) => ({ target, from, message });

const zones = [
  zone(
    LAYERS.domain,
    [...SERVER_ONLY, LAYERS.i18n, LAYERS.learn, ...UI],
    'lib/memory is the pure domain: no Prometheus, no PromQL, no server, no words, no UI',
  ),
  zone(LAYERS.learn, [...SERVER_ONLY, LAYERS.i18n, ...UI], "lib/learn holds the /learn page's data: pure, like the domain"),
  zone(LAYERS.promql, [LAYERS.server, LAYERS.prometheus, LAYERS.config, LAYERS.i18n, LAYERS.api, ...UI], 'lib/promql builds query text only'),
  // lib/prometheus reads its upstream settings from lib/config and (for now) throws lib/api's ApiError.
  zone(LAYERS.prometheus, [LAYERS.server, LAYERS.domain, LAYERS.i18n, ...UI], 'lib/prometheus is the HTTP client only'),
  zone(LAYERS.config, [LAYERS.server, LAYERS.prometheus, LAYERS.domain, LAYERS.i18n, LAYERS.api, ...UI], 'lib/config reads the environment only'),
  zone(LAYERS.api, [...SERVER_ONLY, LAYERS.i18n, ...UI], 'lib/api holds the wire schemas shared by server and browser'),
  zone(LAYERS.i18n, [...SERVER_ONLY, ...UI], 'lib/i18n turns domain results into words; it is shipped to the browser'),
  zone(LAYERS.queries, [...SERVER_ONLY, LAYERS.components, LAYERS.app], 'lib/queries runs in the browser: it talks to /api/v1 only'),
  zone(LAYERS.urls, [...SERVER_ONLY, LAYERS.domain, LAYERS.i18n, LAYERS.api, ...UI], 'lib/urls builds URLs from strings only'),
  zone(LAYERS.time, [...SERVER_ONLY, LAYERS.domain, LAYERS.i18n, LAYERS.api, ...UI], 'lib/time reads time texts only'),
  zone(LAYERS.server, [LAYERS.components, LAYERS.app], 'lib/server never imports UI code'),
  // The pages' URL state (lib/queries/time-range.ts) is plain parsing the server also reads (link previews).
  { target: LAYERS.server, from: LAYERS.queries, except: ['./time-range.ts'], message: 'lib/server never imports browser data code' },
  zone(LAYERS.components, [...SERVER_ONLY, LAYERS.app], 'components run in the browser: data comes through lib/queries'),
];

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores(['.next/**', '.next-*/**', '.demo/**', '.e2e/**', 'next-env.d.ts', 'test-results/**', 'playwright-report/**', '*.config.*']),
  {
    files: ['**/*.ts', '**/*.tsx'],
    extends: [tseslint.configs.strictTypeChecked],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    // import/no-cycle follows imports by parsing each imported file; packages cannot import our files, so
    // they are never parsed (half of the whole lint's time went into parsing next, react and friends).
    settings: { 'import/ignore': ['node_modules'] },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-non-null-assertion': 'error',
      // Numbers and booleans in template literals are the norm for messages; objects still are not.
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true, allowBoolean: true }],
      // `onClick={() => setOpen(true)}` and `(x) => expect(x)…` stay one-liners.
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
      // Passing a caller's abort reason or an unknown failure on unchanged is fine.
      '@typescript-eslint/prefer-promise-reject-errors': ['error', { allowThrowingAny: true, allowThrowingUnknown: true }],
      'import/no-cycle': ['error', { ignoreExternal: true }],
      'import/no-restricted-paths': ['error', { zones }],
      // Colours are theme tokens (app/globals.css): no hex literal in code.
      'no-restricted-syntax': [
        'error',
        { selector: 'Literal[value=/^#[0-9a-fA-F]{3,8}$/]', message: 'use a colour token from app/globals.css, e.g. var(--color-grid)' },
      ],
    },
  },
  {
    // The domain stays free of frameworks and of the YAML writer.
    files: ['lib/memory/**', 'lib/learn/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['react', 'react-*', 'next', 'next/*', 'yaml', 'server-only', 'zod'], message: 'lib/memory is pure TypeScript' }] },
      ],
    },
  },
  {
    // Code that runs in the browser never imports server-only packages.
    files: ['components/**', 'lib/queries/**', 'lib/i18n/**', 'lib/api/**', 'app/**/client.tsx'],
    ignores: ['lib/i18n/server.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['yaml', 'server-only', 'next/headers'], message: 'server-only: keep it out of the browser bundle' }] },
      ],
    },
  },
  {
    // Tests and scripts may reach across layers (they set up the real parts); their stubs implement async interfaces.
    files: ['**/*.test.ts', 'e2e/**', 'scripts/**', 'lib/testing/**', 'deploy/**'],
    rules: {
      'import/no-restricted-paths': 'off',
      'no-restricted-imports': 'off',
      '@typescript-eslint/require-await': 'off',
      // Test fixtures and scripts read untyped JSON/YAML and drive processes; the strict any rules stay for app code.
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-dynamic-delete': 'off',
      '@typescript-eslint/no-implied-eval': 'off',
      '@typescript-eslint/no-confusing-void-expression': 'off',
    },
  },
  {
    // A PNG drawn on the server (satori) or on a canvas needs resolved colours, not CSS variables.
    files: ['components/share/pod-card-image.tsx', 'components/share/chart-png.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
]);
