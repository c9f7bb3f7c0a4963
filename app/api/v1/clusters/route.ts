import { respond } from '@/lib/server/respond';
import { getConfig } from '@/lib/server/context';

export const dynamic = 'force-dynamic';

/** GET /api/v1/clusters — the configured data sources. */
export function GET() {
  return respond(() => Promise.resolve({ clusters: getConfig().clusters.map((c) => ({ id: c.id, name: c.name })) }));
}
