/**
 * Which e2e tests run where; read by playwright.config.ts and printed by scripts/e2e.ts.
 *
 * Tests tagged `@engine` read what the engine answered: the memory API to the byte, detection, the
 * namespace list and rows, sizing and OOM answers, verdicts from the engine's data, the authenticated
 * gateway and the upstream query counts. They run against Prometheus and against VictoriaMetrics. The
 * rest assert podmem itself given those answers (the page's words in every language, charts, themes,
 * fuzzing, faults, bundles, sharing formats) and run once, against Prometheus.
 */
export const ENGINE_TAG = '@engine';

/** Spec files that drive or count a proxy shared by the run (watched, restricted, flaky): one at a time, beside the others. */
export const SHARED_UPSTREAM_SPECS = ['faults', 'hostile', 'production'];
