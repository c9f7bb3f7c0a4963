/**
 * Runs once when the server starts: loads and validates the configuration so a broken config file
 * stops podmem at start with the file, line and key, instead of failing the first request; then starts
 * capability detection so the first page does not wait for it.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return;
  const { checkConfigAtStart } = await import('./lib/server/startup');
  checkConfigAtStart();
  const { warmCapabilities } = await import('./lib/server/capabilities');
  try {
    warmCapabilities();
  } catch (err) {
    // A cluster that cannot be reached yet is reported by the first request that needs it.
    console.error('podmem: capability warm-up skipped:', err instanceof Error ? err.message : err);
  }
}
