import 'server-only';
import { readiness } from './readiness';

/** At server start: a broken configuration stops podmem with the file, line and key; a good one is logged (without secrets: they are file paths). */
export function checkConfigAtStart(): void {
  const r = readiness();
  if (!r.ready) {
    process.stderr.write(`${JSON.stringify({ time: new Date().toISOString(), level: 'fatal', msg: 'invalid configuration', error: r.body.error })}\n`);
    process.exit(1);
  }
  process.stdout.write(`${JSON.stringify({ time: new Date().toISOString(), level: 'info', msg: 'configuration loaded', ...r.body })}\n`);
}
