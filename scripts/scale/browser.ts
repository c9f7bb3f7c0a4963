/**
 * Browser timings for the scale bench, in Debian's Chromium through Playwright: the namespace page's first
 * pod row, sort and filter, scrolling, and the pod page's chart against Prometheus' /classic/graph drawing
 * the same pod over the same range in the same run. Each page load gets a fresh context (cold cache).
 */
import { chromium, type Browser, type Page } from '@playwright/test';
import { median } from './measure';
import { CHROMIUM_ARGS } from '../lib/chromium';

export interface BrowserInput {
  baseUrl: string;
  promUrl: string;
  cluster: string;
  namespace: string;
  pod: string;
  runs: number;
}

export interface BrowserTimings {
  firstRow: number;
  sort: number;
  filter: number;
  scroll: { frames: number; p50: number; p95: number; long: number };
  podChart: number;
  classicGraph: number;
}

/** Milliseconds from navigation start until `selector` exists in the page (checked every frame). */
async function timeUntil(page: Page, selector: string, timeoutMs = 60_000): Promise<number> {
  const handle = await page.waitForFunction((sel) => (document.querySelector(sel) ? performance.now() : false), selector, {
    polling: 'raf',
    timeout: timeoutMs,
  });
  return (await handle.jsonValue()) as number;
}

async function fresh(browser: Browser, url: string, selector: string): Promise<{ ms: number; page: Page; close: () => Promise<void> }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-GB', timezoneId: 'UTC' });
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'commit' });
  const ms = await timeUntil(page, selector);
  return { ms, page, close: () => context.close() };
}

/** ms from a page action until `done` holds, in the page's own clock, frame by frame. */
async function timeAction(page: Page, act: () => Promise<void>, done: (arg: string) => boolean, arg: string): Promise<number> {
  await page.evaluate(() => ((window as unknown as { __t0: number }).__t0 = performance.now()));
  await act();
  const h = await page.waitForFunction(
    ({ src, a }) => {
      const ok = (new Function('a', `return (${src})(a)`) as (x: string) => boolean)(a);
      return ok ? performance.now() - (window as unknown as { __t0: number }).__t0 : false;
    },
    { src: done.toString(), a: arg },
    { polling: 'raf' },
  );
  return (await h.jsonValue()) as number;
}

/**
 * Frame gaps while the list scrolls 120 px per frame for 180 frames. The page script is a string: the
 * bench runs through tsx, whose compiled functions call a `__name` helper the page does not have.
 */
const SCROLL_SCRIPT = `new Promise((resolve) => {
  const out = [];
  let last = performance.now();
  let n = 0;
  const step = (t) => {
    out.push(t - last);
    last = t;
    window.scrollBy(0, 120);
    if (++n < 180) requestAnimationFrame(step);
    else resolve(out.slice(1));
  };
  requestAnimationFrame(step);
})`;

async function scrollFrames(page: Page): Promise<BrowserTimings['scroll']> {
  const deltas = await page.evaluate<number[]>(SCROLL_SCRIPT);
  const sorted = [...deltas].sort((a, b) => a - b);
  return { frames: deltas.length, p50: median(deltas), p95: sorted[Math.floor(sorted.length * 0.95)] ?? NaN, long: deltas.filter((d) => d > 50).length };
}

export async function measureBrowser(input: BrowserInput): Promise<BrowserTimings> {
  const browser = await chromium.launch({ executablePath: process.env.PODMEM_CHROMIUM ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  try {
    const nsUrl = `${input.baseUrl}/clusters/${input.cluster}/namespaces/${input.namespace}`;
    const firstRows: number[] = [];
    const sorts: number[] = [];
    const filters: number[] = [];
    let scroll: BrowserTimings['scroll'] = { frames: 0, p50: NaN, p95: NaN, long: 0 };
    for (let i = 0; i < input.runs; i++) {
      const run = await fresh(browser, nsUrl, 'ul[aria-label] li a[href*="/pods/"]');
      firstRows.push(run.ms);
      const firstPod = async () => (await run.page.locator('ul[aria-label] li a[href*="/pods/"]').first().textContent()) ?? '';
      const before = await firstPod();
      // Sort by name: done when the first row is no longer the worst pod.
      sorts.push(
        await timeAction(
          run.page,
          async () => {
            await run.page.getByLabel('Sort').selectOption('name');
          },
          (prev) => (document.querySelector('ul[aria-label] li a[href*="/pods/"]')?.textContent ?? prev) !== prev,
          before,
        ),
      );
      // Filter on a pod name's tail: done when the count line changes.
      const needle = before.slice(-5);
      const count = (await run.page.locator('p[aria-live="polite"]').textContent()) ?? '';
      filters.push(
        await timeAction(
          run.page,
          () => run.page.getByRole('searchbox').fill(needle),
          (prev) => (document.querySelector('p[aria-live="polite"]')?.textContent ?? prev) !== prev,
          count,
        ),
      );
      if (i === input.runs - 1) {
        await run.page.getByRole('searchbox').fill('');
        await run.page.waitForFunction(() => document.querySelectorAll('ul[aria-label] li').length > 5);
        scroll = await scrollFrames(run.page);
      }
      await run.close();
    }
    const podUrl = `${input.baseUrl}/clusters/${input.cluster}/namespaces/${input.namespace}/pods/${input.pod}?range=15m`;
    const expr = `container_memory_working_set_bytes{namespace="${input.namespace}",pod="${input.pod}",container!=""}`;
    const classicUrl = `${input.promUrl}/classic/graph?g0.expr=${encodeURIComponent(expr)}&g0.tab=0&g0.range_input=15m`;
    const pods: number[] = [];
    const classic: number[] = [];
    for (let i = 0; i < input.runs; i++) {
      // Alternating order: neither side always runs right after the other's load.
      const a = async () => {
        const r = await fresh(browser, podUrl, 'figure[aria-label] svg .recharts-area-area');
        pods.push(r.ms);
        await r.close();
      };
      const b = async () => {
        const r = await fresh(browser, classicUrl, '.graph_area svg path, #graph_0 svg path, .graph svg path');
        classic.push(r.ms);
        await r.close();
      };
      if (i % 2) {
        await b();
        await a();
      } else {
        await a();
        await b();
      }
    }
    return { firstRow: median(firstRows), sort: median(sorts), filter: median(filters), scroll, podChart: median(pods), classicGraph: median(classic) };
  } finally {
    await browser.close();
  }
}
