import { NextResponse } from 'next/server';

export const dynamic = 'force-dynamic';

/** GET /api/healthz — the process is alive and serving (liveness; touches nothing else). */
export function GET() {
  return NextResponse.json({ status: 'ok' }, { headers: { 'cache-control': 'no-store' } });
}
