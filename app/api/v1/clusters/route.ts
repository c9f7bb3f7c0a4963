import { apiRoute } from '@/lib/server/api-route';
import { getConfig } from '@/lib/server/context';

export const dynamic = 'force-dynamic';

/** GET /api/v1/clusters — the configured data sources. */
export const GET = apiRoute(() => Promise.resolve({ clusters: getConfig().clusters.map((c) => ({ id: c.id, name: c.name })) }));
