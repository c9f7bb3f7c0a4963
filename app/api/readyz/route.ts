import { NextResponse } from 'next/server';
import { readiness } from '@/lib/server/readiness';

export const dynamic = 'force-dynamic';

/** GET /api/readyz — the configuration is loaded (readiness; deliberately not tied to Prometheus being up). */
export function GET() {
  const r = readiness();
  return NextResponse.json(r.body, { status: r.ready ? 200 : 503, headers: { 'cache-control': 'no-store' } });
}
