import 'server-only';
import { getConfig } from './context';

/** Ready when the configuration loads; the message of a broken one names the file, line and key. */
export function readiness(): { ready: boolean; body: Record<string, unknown> } {
  try {
    const config = getConfig();
    return { ready: true, body: { status: 'ready', config: config.source === 'environment' ? 'environment' : 'file', clusters: config.clusters.length } };
  } catch (err) {
    return { ready: false, body: { status: 'not ready', error: err instanceof Error ? err.message : 'configuration error' } };
  }
}
