/**
 * Which e2e specs run where; read by playwright.config.ts and printed by scripts/e2e.ts.
 *
 * Engine-independent specs assert podmem itself, not what the engine answered: input validation (the
 * fuzz), faults through a stub or a switching proxy, the page chrome and themes, the bundles, the
 * pasted memory.stat, the docs pages and the share/export formats (each checked against podmem's own
 * API). They run once, on Prometheus; the VictoriaMetrics run keeps every spec that reads the engine's
 * answers (api, pod page, verdicts, sizing, browse, data source, production).
 */
export const ENGINE_INDEPENDENT_SPECS = ['analyze', 'claims', 'client-bundle', 'faults', 'hostile', 'learn', 'performance', 'share'];

/** Specs that drive or count a proxy shared by the run (watched, restricted, flaky): one at a time, beside the others. */
export const SHARED_UPSTREAM_SPECS = ['faults', 'hostile', 'production'];
