import type { Page } from '@playwright/test';
import { formatBytes, formatPercent } from '../lib/i18n/format';
import { demoWindow } from './demo-model';
import { expect, expectAccessible, test } from './fixtures';
import { PodPage } from './pages/pod-page';

const SEED_POD = 'ta-7b6f5d56fb-94svm';
const CHECKOUT = 'checkout-6d9f8b-k2x7w';
const podApi = (pod: string) => `/api/v1/clusters/demo/namespaces/demo/pods/${pod}`;

interface MemoryAnswer {
  start: number;
  end: number;
  step: number;
  timestamps: number[];
  containers: Array<
    { container: string; limitBytes: number | null; requestBytes: number | null } & Record<
      'rss' | 'activeFile' | 'other' | 'inactiveFile' | 'workingSet' | 'usage',
      Array<number | null>
    >
  >;
}

async function memory(page: Page, pod: string, query: string): Promise<MemoryAnswer> {
  const res = await page.request.get(`${podApi(pod)}/memory?${query}`);
  expect(res.status(), await res.text()).toBe(200);
  return (await res.json()) as MemoryAnswer;
}

async function clipboard(page: Page): Promise<string> {
  return page.evaluate(() => navigator.clipboard.readText());
}

test.describe('header search', () => {
  test('"/" focuses the box; typing and the keyboard reach a demo pod', async ({ page }) => {
    await page.goto('/');
    const box = page.getByRole('combobox', { name: 'Search namespaces and pods' });
    // The "/" shortcut is a listener React attaches once the page is hydrated: a key pressed before that
    // is lost (as it would be for a person), so press again until the box takes focus.
    await expect(async () => {
      await page.locator('body').press('/');
      await expect(box).toBeFocused({ timeout: 1000 });
    }).toPass({ timeout: 15_000 });
    await box.pressSequentially('checkout');
    const option = page.getByRole('option', { name: /checkout-6d9f8b-k2x7w/ });
    await expect(option).toBeVisible();
    await expect(option).toHaveAttribute('aria-selected', 'true');
    await box.press('ArrowDown');
    await box.press('ArrowUp');
    await box.press('Enter');
    await expect(page).toHaveURL(/\/clusters\/demo\/namespaces\/demo\/pods\/checkout-6d9f8b-k2x7w$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(CHECKOUT);
  });

  test('the API: namespaces and pods containing the text, at most 50; a fragment that is not a name is a 400', async ({ request }) => {
    const all = await request.get('/api/v1/clusters/demo/search?q=demo');
    expect(all.status()).toBe(200);
    const body = (await all.json()) as { namespaces: string[]; pods: Array<{ namespace: string; pod: string }>; truncated: boolean };
    expect(body.namespaces).toEqual(['demo']);
    const pods = await request.get('/api/v1/clusters/demo/search?q=-0');
    const podBody = (await pods.json()) as typeof body;
    expect(podBody.pods).toEqual([
      { namespace: 'demo', pod: 'renderer-0' },
      { namespace: 'demo', pod: 'log-indexer-0' },
    ]);
    expect(podBody.namespaces.length + podBody.pods.length).toBeLessThanOrEqual(50);
    const scoped = (await (await request.get('/api/v1/clusters/demo/search?q=DEMO/TA-7')).json()) as typeof body;
    expect(scoped.pods).toEqual([{ namespace: 'demo', pod: SEED_POD }]);
    for (const q of ['a b', 'pod"}', '', '..%2A']) {
      const bad = await request.get(`/api/v1/clusters/demo/search?q=${q}`);
      expect(bad.status(), q).toBe(400);
      expect(((await bad.json()) as { error: { message: string } }).error.message).toMatch(/^q /);
    }
  });
});

test.describe('copy and export', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('Copy link freezes a relative range; the link in a fresh browser shows the same view', async ({ page, browser }) => {
    test.setTimeout(60_000);
    await page.goto(`/clusters/demo/namespaces/demo/pods/${CHECKOUT}?range=1h`);
    const pod = new PodPage(page);
    const verdict = await pod.verdict('Container app').innerText();
    const total = await pod.stat('Pod total', 'Working set').innerText();
    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect(page.getByRole('button', { name: 'Copied' })).toBeVisible();
    const link = new URL(await clipboard(page));
    expect(link.searchParams.get('range')).toBeNull();
    const start = Number(link.searchParams.get('start'));
    const end = Number(link.searchParams.get('end'));
    expect(end - start).toBeGreaterThanOrEqual(3600 - 15);
    expect(end - start).toBeLessThanOrEqual(3600 + 15);
    const fresh = await browser.newContext({ timezoneId: 'UTC' });
    try {
      const other = await fresh.newPage();
      await other.goto(link.toString());
      const otherPod = new PodPage(other);
      await expect(otherPod.verdict('Container app')).toHaveText(verdict);
      await expect(otherPod.stat('Pod total', 'Working set')).toHaveText(total);
      await expect(other.getByRole('combobox', { name: 'Range' })).toHaveValue('custom');
    } finally {
      await fresh.close();
    }
  });

  test('Copy summary equals summary.md, and its numbers equal the memory API', async ({ page }) => {
    const win = demoWindow();
    await new PodPage(page).open('demo', 'demo', CHECKOUT, win);
    await page.getByRole('button', { name: 'Copy summary' }).click({ timeout: 30_000 });
    await expect(page.getByRole('button', { name: 'Copied' })).toBeVisible();
    const copied = await clipboard(page);
    const api = await memory(page, CHECKOUT, `start=${win.start}&end=${win.end}`);
    const res = await page.request.get(`${podApi(CHECKOUT)}/summary.md?start=${api.start}&end=${api.end}&lang=en`);
    expect(res.status()).toBe(200);
    expect(res.headers()['content-type']).toBe('text/markdown; charset=utf-8');
    expect(await res.text()).toBe(copied);
    const last = api.timestamps.length - 1;
    for (const c of api.containers) {
      const at = (k: 'rss' | 'activeFile' | 'inactiveFile' | 'other' | 'workingSet') => formatBytes(c[k][last] ?? NaN, 'en');
      const limit = c.limitBytes ?? NaN;
      const ws = c.workingSet[last] ?? NaN;
      expect(copied).toContain(`**Container \`${c.container}\`**: The platform is right: working set ${at('workingSet')}`);
      expect(copied).toContain(
        `- Working set: ${at('workingSet')} (${formatPercent(ws / limit, 'en')} of the ${formatBytes(limit, 'en', { trimWhole: true })} limit)`,
      );
      expect(copied).toContain(
        `- RSS: ${at('rss')}\n- Active page cache: ${at('activeFile')}\n- Inactive page cache (reclaimable): ${at('inactiveFile')}\n- Other (kernel, shmem): ${at('other')}`,
      );
    }
    expect(copied).toContain('- OOM kills in range: 0');
    expect(copied).toContain(`(${new URL(page.url()).origin}/clusters/demo/namespaces/demo/pods/${CHECKOUT}?start=${api.start}&end=${api.end}&lang=en)`);
    const zh = await page.request.get(`${podApi(CHECKOUT)}/summary.md?start=${api.start}&end=${api.end}&lang=zh`);
    expect(await zh.text()).toContain(`- 工作集：${formatBytes(api.containers[0]?.workingSet[last] ?? NaN, 'zh')}`);
    const bad = await page.request.get(`${podApi(CHECKOUT)}/summary.md?lang=fr`);
    expect(bad.status()).toBe(400);
  });

  test('memory.csv has the JSON API numbers, one row per timestamp and container; the page links it', async ({ page }) => {
    const win = demoWindow();
    const query = `start=${win.start}&end=${win.end}&step=60`;
    const api = await memory(page, CHECKOUT, query);
    const res = await page.request.get(`${podApi(CHECKOUT)}/memory.csv?${query}`);
    expect(res.status()).toBe(200);
    expect(res.headers()['content-type']).toBe('text/csv; charset=utf-8');
    const [header, ...rows] = (await res.text()).trimEnd().split('\r\n');
    expect(header).toBe(
      'timestamp,time,container,rss_bytes,active_file_bytes,other_bytes,inactive_file_bytes,working_set_bytes,usage_bytes,limit_bytes,request_bytes',
    );
    expect(rows).toHaveLength(api.timestamps.length * api.containers.length);
    const n = (v: number | null | undefined) => (v === null || v === undefined ? '' : String(v));
    const want = api.timestamps.flatMap((t, i) =>
      api.containers.map((c) =>
        [
          t,
          new Date(t * 1000).toISOString(),
          c.container,
          n(c.rss[i]),
          n(c.activeFile[i]),
          n(c.other[i]),
          n(c.inactiveFile[i]),
          n(c.workingSet[i]),
          n(c.usage[i]),
          n(c.limitBytes),
          n(c.requestBytes),
        ].join(','),
      ),
    );
    expect(rows).toEqual(want);
    await new PodPage(page).open('demo', 'demo', CHECKOUT, win);
    const href = await page.getByRole('link', { name: 'Download CSV' }).getAttribute('href');
    expect(href).toMatch(new RegExp(`/memory\\.csv\\?start=\\d+&end=\\d+$`));
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download PNG of Pod total' }).click();
    expect((await download).suggestedFilename()).toMatch(/^checkout-6d9f8b-k2x7w-total-\d+-\d+\.png$/);
  });
});

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
function pngSize(buf: Buffer): { width: number; height: number } {
  expect([...buf.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(buf.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

test('link unfurl: the pod page names card.png with a frozen range; it is a 1200×630 PNG in English and Chinese', async ({ request }) => {
  // The HTML a chat crawler reads (no browser: the page's own data fetch is not part of this).
  const html = await (
    await request.get(`/clusters/demo/namespaces/demo/pods/${SEED_POD}?range=1h`, {
      headers: { 'user-agent': 'Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)' },
    })
  ).text();
  const meta = (attr: string, name: string) => new RegExp(`<meta ${attr}="${name}" content="([^"]*)"`).exec(html)?.[1]?.replaceAll('&amp;', '&') ?? null;
  const image = meta('property', 'og:image');
  expect(image).toMatch(new RegExp(`${podApi(SEED_POD)}/card\\.png\\?start=\\d+&end=\\d+&lang=en$`));
  expect(meta('name', 'twitter:card')).toBe('summary_large_image');
  expect(meta('name', 'twitter:image')).toBe(image);
  expect(meta('property', 'og:title')).toBe(`${SEED_POD} · demo · demo`);
  // The crawler gets the verdict with its numbers as the description.
  expect(meta('property', 'og:description')).toMatch(/^The platform is right: working set \d+\.\d MiB \(\d+(\.\d)? % of the 256 MiB limit\)/);
  const url = new URL(image ?? '');
  const res = await request.get(url.pathname + url.search);
  expect(res.status()).toBe(200);
  expect(res.headers()['content-type']).toBe('image/png');
  expect(res.headers()['cache-control']).toMatch(/^public, max-age=\d+/);
  expect(pngSize(await res.body())).toEqual({ width: 1200, height: 630 });
  // A range that ended ten minutes before the demo data did (so more than two minutes ago, however soon
  // this test runs) no longer changes: crawlers may keep its picture for a day.
  const { start, end } = demoWindow();
  const zh = await request.get(`${podApi(CHECKOUT)}/card.png?start=${start}&end=${end - 600}&lang=zh`);
  expect(zh.status()).toBe(200);
  expect(zh.headers()['cache-control']).toBe('public, max-age=86400, immutable');
  expect(pngSize(await zh.body())).toEqual({ width: 1200, height: 630 });
});

test.describe('time', () => {
  test('dragging across a chart zooms (the URL changes) and Back restores the range', async ({ page }) => {
    const win = demoWindow();
    const pod = new PodPage(page);
    test.setTimeout(60_000);
    await pod.open('demo', 'demo', CHECKOUT, win);
    await expect(pod.chart('Pod total')).toBeVisible({ timeout: 30_000 });
    const before = page.url();
    const box = await pod.chart('Pod total').boundingBox();
    if (!box) throw new Error('no chart box');
    const y = box.y + box.height / 2;
    const x = (f: number) => box.x + 64 + (box.width - 72) * f;
    await page.mouse.move(x(0.3), y);
    await page.mouse.down();
    await page.mouse.move(x(0.45), y, { steps: 5 });
    await page.mouse.move(x(0.6), y, { steps: 5 });
    await page.mouse.up();
    await expect(page).not.toHaveURL(before);
    const zoomed = new URL(page.url());
    const start = Number(zoomed.searchParams.get('start'));
    const end = Number(zoomed.searchParams.get('end'));
    expect(start).toBeGreaterThan(win.start + 600);
    expect(end).toBeLessThan(win.end - 600);
    expect(end - start).toBeGreaterThan(600);
    expect(end - start).toBeLessThan(1500);
    // The browser's Back (a same-document history step: no load event to wait for).
    await page.evaluate(() => history.back());
    await expect(page).toHaveURL(before);
    await expect(pod.stat('Pod total', 'Working set')).toBeVisible();
  });

  test('an absolute range in the local time zone, with its UTC offset; Now turns it into a live range', async ({ page }) => {
    const win = demoWindow();
    await new PodPage(page).open('demo', 'demo', SEED_POD, win);
    await page.getByRole('button', { name: 'From – To' }).click();
    const form = page.getByRole('form', { name: 'Time range' });
    await expect(form).toContainText('UTC (UTC+00:00)');
    const iso = (t: number) => new Date(t * 1000).toISOString().slice(0, 19);
    await form.getByLabel('From').fill(iso(win.start + 600));
    await form.getByLabel('To').fill(iso(win.start + 1800));
    await form.getByRole('button', { name: 'Apply' }).click();
    await expect(page).toHaveURL(new RegExp(`start=${win.start + 600}&end=${win.start + 1800}`));
    await page.getByRole('button', { name: 'Now' }).click();
    await expect(page).toHaveURL(/range=20m/);
    await expect(page.getByText('Live', { exact: true })).toBeVisible();
  });
});

test.describe('dark mode', () => {
  const pages = ['/', '/clusters/demo', '/clusters/demo/namespaces/demo', `/clusters/demo/namespaces/demo/pods/${CHECKOUT}`, '/analyze', '/learn'];

  // One load per page: the colours are CSS light-dark() tokens, so the system setting applies without a reload.
  for (const path of pages) {
    test(`${path}: light and dark (system setting) each have their background and no serious axe violation`, async ({ page }) => {
      test.setTimeout(90_000);
      await page.emulateMedia({ colorScheme: 'light' });
      const { start, end } = demoWindow();
      await page.goto(path.includes('/pods/') ? `${path}?start=${start}&end=${end}` : path);
      if (path.includes('/pods/')) await expect(page.getByRole('button', { name: 'Copy summary' })).toBeVisible({ timeout: 30_000 });
      await page.waitForLoadState('networkidle');
      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        // The page background's lightness (CSS lab/oklch): near white in light, near black in dark.
        const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
        const m = /^(lab|oklch)\(([\d.]+)/.exec(bg);
        const lightness = m ? Number(m[2]) * (m[1] === 'oklch' ? 100 : 1) : NaN;
        if (scheme === 'dark') expect(lightness, `${scheme}: ${bg}`).toBeLessThan(15);
        else expect(lightness, `${scheme}: ${bg}`).toBeGreaterThan(90);
        await expectAccessible(page);
      }
    });
  }

  test('the switch pins a theme against the system setting and a cookie remembers it', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto('/');
    await page.getByRole('combobox', { name: 'Theme' }).selectOption('dark');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(page.getByRole('combobox', { name: 'Theme' })).toHaveValue('dark');
    await page.getByRole('combobox', { name: 'Theme' }).selectOption('system');
    await page.reload();
    await expect(page.locator('html')).not.toHaveAttribute('data-theme', /./);
  });
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 375, height: 800 }, permissions: ['clipboard-read', 'clipboard-write'] });

  test('search, share buttons and the range fit 375 px, in Chinese too', async ({ page }) => {
    const win = demoWindow();
    test.setTimeout(60_000);
    await new PodPage(page).open('demo', 'demo', SEED_POD, win, 'zh');
    await expect(page.getByRole('button', { name: '复制摘要' })).toBeVisible({ timeout: 30_000 });
    await expect(page.getByRole('link', { name: '下载 CSV' })).toBeVisible();
    await expect(page.getByRole('combobox', { name: '搜索命名空间和 Pod' })).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.getByRole('button', { name: '复制摘要' }).click();
    expect(await clipboard(page)).toContain('**容器 `ta`**：');
  });
});
