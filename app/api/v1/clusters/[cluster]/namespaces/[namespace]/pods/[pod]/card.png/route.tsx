import { ImageResponse } from 'next/og';
import type { NextRequest } from 'next/server';
import { CARD_HEIGHT, CARD_WIDTH, PodCardImage } from '@/components/share/pod-card-image';
import { loadMessages } from '@/lib/i18n/catalogue';
import { headlineContainer } from '@/lib/memory/pod-snapshot';
import { apiRoute, must } from '@/lib/server/api-route';
import { cardFonts } from '@/lib/server/card-font';
import { fetchPodShare, parsePodShareRequest } from '@/lib/server/pod-share';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

/** A range that ended this long ago no longer changes: crawlers may keep its picture for a day. */
const SETTLED_SECONDS = 120;

/** GET …/pods/{pod}/card.png?start&end&at&lang — the 1200×630 link-preview picture of the pod view. */
export const GET = apiRoute(async (request: NextRequest, scope) => {
  const now = Date.now() / 1000;
  const ref = { cluster: must(scope, 'cluster'), namespace: must(scope, 'namespace'), pod: must(scope, 'pod') };
  const req = parsePodShareRequest(request.nextUrl.searchParams, ref, now);
  const [share, { fonts, cjk }] = await Promise.all([fetchPodShare(req, request.signal), cardFonts()]);
  const locale = cjk ? req.locale : 'en';
  const headline = share.snapshot ? headlineContainer(share.snapshot) : null;
  const memory = headline ? share.view.containers.find((c) => c.container === headline.container) : undefined;
  const settled = share.view.end < now - SETTLED_SECONDS;
  const messages = await loadMessages(locale);
  return new ImageResponse(
    <PodCardImage
      ref_={req.ref}
      range={{ start: share.view.start, end: share.view.end }}
      timestamps={share.view.timestamps}
      container={headline && memory ? { memory, snapshot: headline } : null}
      containerCount={share.snapshot?.containers.length ?? 0}
      locale={locale}
      messages={messages}
    />,
    {
      width: CARD_WIDTH,
      height: CARD_HEIGHT,
      fonts,
      headers: {
        // Chat crawlers fetch once and keep it; a range still running may change within minutes.
        'cache-control': settled ? 'public, max-age=86400, immutable' : 'public, max-age=300',
      },
    },
  );
});
