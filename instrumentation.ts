/** Runs once when the server starts: capability detection begins before the first page asks for it. */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { warmCapabilities } = await import('@/lib/server/capabilities');
  try {
    warmCapabilities();
  } catch (err) {
    // A configuration error is reported by the first request that needs it, with a clear message.
    console.error('podmem: capability warm-up skipped:', err instanceof Error ? err.message : err);
  }
}
