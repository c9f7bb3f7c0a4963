/**
 * Runs once when the server starts: loads and validates the configuration so a broken config file
 * stops podmem at start with the file, line and key, instead of failing the first request.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME === 'nodejs' && process.env.NEXT_PHASE !== 'phase-production-build') {
    const { checkConfigAtStart } = await import('./lib/server/startup');
    checkConfigAtStart();
  }
}
