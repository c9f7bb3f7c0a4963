import { ApiError } from '@/lib/api/errors';
import { apiRoute } from '@/lib/server/api-route';

export const dynamic = 'force-dynamic';

/** Any other /api path: a JSON 404 like every API error, not Next's HTML page. */
const notFound = apiRoute(() => Promise.reject(new ApiError('not_found', 'no such API route; see docs/api-*.md')));

export const GET = notFound;
export const POST = notFound;
export const PUT = notFound;
export const DELETE = notFound;
export const PATCH = notFound;
