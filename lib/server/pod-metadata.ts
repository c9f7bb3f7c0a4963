import 'server-only';
import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { parseRangeParams } from '@/lib/api/params';
import { loadI18n } from '@/lib/i18n/i18n';
import { renderHeadline } from '@/lib/i18n/share-text';
import type { Locale } from '@/lib/i18n/locales';
import { podApiPath, podViewHref } from '@/lib/page-href';
import { parseTimeRange, resolveTimeRange, type RangeParams } from '@/lib/queries/time-range';
import { getConfig } from './context';
import { fetchPodShare, publicOrigin } from './pod-share';

/**
 * Link-preview fetchers of chat tools and social sites. Only they get the verdict in the description:
 * it costs the pod's queries a second time, which a person's browser (it fetches them itself) should not pay.
 */
const PREVIEW_BOTS =
  /bot\b|crawler|spider|preview|slack|discord|telegram|whatsapp|facebookexternalhit|linkedin|skype|teams|mattermost|embedly|vkshare|pinterest/i;

export interface PodMetadataInput {
  ref: { cluster: string; namespace: string; pod: string };
  range: RangeParams;
  at: number | null;
  locale: Locale;
}

/**
 * Open Graph and Twitter-card metadata of a pod page: title, the headline verdict with its numbers, and
 * the card picture. A relative range ("last 1h") is frozen to absolute bounds in the picture's URL and
 * og:url, so a preview posted today still shows the same thing next week.
 */
export async function podPageMetadata({ ref, range, at, locale }: PodMetadataInput, nowSeconds: number): Promise<Metadata> {
  const bounds = resolveTimeRange(parseTimeRange(range).range, nowSeconds);
  const config = getConfig();
  const grid = parseRangeParams(new URLSearchParams({ start: String(Math.floor(bounds.start)), end: String(Math.floor(bounds.end)) }), {
    nowSeconds,
    defaultRangeSeconds: config.defaultRangeSeconds,
    minStepSeconds: config.minStepSeconds,
  });
  const h = await headers();
  const origin = publicOrigin(h);
  const frozen = { start: grid.start, end: grid.end, at, lang: locale };
  const image = `${origin}${podApiPath(ref)}/card.png?${new URLSearchParams({ start: String(grid.start), end: String(grid.end), ...(at !== null ? { at: String(at) } : {}), lang: locale }).toString()}`;
  const i18n = await loadI18n(locale);
  let headline = renderHeadline(ref, undefined, i18n);
  if (PREVIEW_BOTS.test(h.get('user-agent') ?? '')) {
    try {
      const share = await fetchPodShare({ ref, grid, at, locale });
      headline = renderHeadline(ref, share.snapshot, i18n);
    } catch {
      // The page itself shows the error; the preview keeps its title and picture.
    }
  }
  const images = [{ url: image, width: 1200, height: 630, alt: headline.title }];
  return {
    title: `${ref.namespace}/${ref.pod}`,
    description: headline.description,
    openGraph: {
      type: 'website',
      siteName: 'podmem',
      title: headline.title,
      description: headline.description,
      url: `${origin}${podViewHref(ref, frozen)}`,
      images,
    },
    twitter: { card: 'summary_large_image', title: headline.title, description: headline.description, images },
  };
}
