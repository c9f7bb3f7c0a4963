import 'server-only';
import { headers } from 'next/headers';

/**
 * Who oauth2-proxy (or another authenticating proxy) says is signed in: X-Forwarded-Email, else
 * X-Forwarded-User (oauth2-proxy's --pass-user-headers), else the X-Auth-Request-* pair of its
 * auth_request mode. Display only: podmem makes no access decision on it, since only the proxy in
 * front can vouch for these headers.
 */
export async function signedInUser(): Promise<string | null> {
  const h = await headers();
  const raw = h.get('x-forwarded-email') ?? h.get('x-forwarded-user') ?? h.get('x-auth-request-email') ?? h.get('x-auth-request-user');
  const who = raw?.trim().slice(0, 120);
  return who && /^[\x20-\x7e]+$/.test(who) ? who : null;
}
