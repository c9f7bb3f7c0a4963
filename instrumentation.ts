/**
 * Runs once when the server starts: loads and validates the configuration so a broken config file
 * stops podmem at start with the file, line and key, instead of failing the first request.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return;
  const { readiness } = await import('@/lib/server/readiness');
  const r = readiness();
  if (!r.ready) {
    process.stderr.write(`${JSON.stringify({ time: new Date().toISOString(), level: 'fatal', msg: 'invalid configuration', error: r.body.error })}\n`);
    process.exit(1);
  }
  process.stdout.write(`${JSON.stringify({ time: new Date().toISOString(), level: 'info', msg: 'configuration loaded', ...r.body })}\n`);
}
