/** First-load JavaScript per page: the scripts a page's HTML loads before anything else, gzipped as a server would send them. */
import { gzipSync } from 'node:zlib';

export interface BundleSize {
  page: string;
  files: number;
  raw: number;
  gzip: number;
}

/** The `<script src>` of a page's HTML (Next's chunks), fetched and gzipped at level 9 one by one. */
export async function firstLoadScripts(baseUrl: string, path: string): Promise<string[]> {
  const html = await (await fetch(baseUrl + path)).text();
  return [...new Set([...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => (m[1] ?? '').replace(/&amp;/g, '&')))].filter((s) =>
    s.startsWith('/_next/'),
  );
}

export async function measureBundles(baseUrl: string, pages: ReadonlyArray<readonly [string, string]>): Promise<BundleSize[]> {
  const cache = new Map<string, Buffer>();
  const out: BundleSize[] = [];
  for (const [page, path] of pages) {
    let raw = 0;
    let gzip = 0;
    const scripts = await firstLoadScripts(baseUrl, path);
    for (const src of scripts) {
      let body = cache.get(src);
      if (!body) {
        body = Buffer.from(await (await fetch(baseUrl + src)).arrayBuffer());
        cache.set(src, body);
      }
      raw += body.length;
      gzip += gzipSync(body, { level: 9 }).length;
    }
    out.push({ page, files: scripts.length, raw, gzip });
  }
  return out;
}
