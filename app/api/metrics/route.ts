import { metrics } from '@/lib/server/metrics';

export const dynamic = 'force-dynamic';

/** GET /api/metrics — podmem's own metrics in the Prometheus text format. */
export async function GET() {
  const { registry } = metrics();
  return new Response(await registry.metrics(), { headers: { 'content-type': registry.contentType, 'cache-control': 'no-store' } });
}
