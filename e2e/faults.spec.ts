import { DEMO_PODS, demoWindow } from './demo-model';
import { expect, test } from './fixtures';
import { flaky } from './proxy-control';

const POD = DEMO_PODS[0]?.pod ?? '';

// Each case asks for its own grid, so no answer cached by an earlier case can hide the fault.
let shift = 0;
function freshPath(): string {
  const { start, end } = demoWindow();
  shift += 15;
  return `/api/v1/clusters/flaky/namespaces/demo/pods/${POD}/memory?start=${start}&end=${end - shift}&step=15`;
}

test.describe('a failing data source (real engine behind a fault-switching proxy)', () => {
  test.afterEach(async () => flaky.mode('pass'));

  const cases: Array<[string, string, number, string, RegExp]> = [
    ['refusing connections', 'refuse', 502, 'upstream_unavailable', /Prometheus is unreachable/],
    ['answering an HTML login page', 'html', 502, 'upstream_error', /not JSON: <!doctype html>/],
    ['answering truncated JSON', 'garbage', 502, 'upstream_error', /not JSON/],
    ['answering HTTP 500', 'error500', 502, 'upstream_error', /Prometheus error \(internal\): storage is broken/],
    ['answering 503 while starting', 'unavailable503', 504, 'upstream_timeout', /HTTP 503: Service Unavailable/],
    ['too slow', 'slow', 504, 'upstream_timeout', /did not answer within 2 s/],
    ['restarted mid-answer', 'cut', 502, 'upstream_error', /closed the connection mid-answer/],
  ];
  for (const [what, mode, status, code, message] of cases) {
    test(`${what}: ${status} ${code}, then it recovers by itself`, async ({ request }) => {
      await flaky.mode(mode);
      const path = freshPath();
      const res = await request.get(path);
      expect(res.status()).toBe(status);
      const body = (await res.json()) as { error: { code: string; message: string } };
      expect(body.error.code).toBe(code);
      expect(body.error.message).toMatch(message);
      await flaky.mode('pass');
      // Upstream requests sent during the fault may still be in flight (a retry, a read) and are shared
      // by identical requests until they settle: recovery takes at most a timeout, with no restart.
      await expect.poll(async () => (await request.get(path)).status(), { timeout: 20_000, intervals: [250, 500, 1000] }).toBe(200);
    });
  }

  test('one connection reset is retried and the user never sees it', async ({ request }) => {
    await flaky.reset();
    await flaky.mode('reset-once');
    const res = await request.get(freshPath());
    expect(res.status(), await res.text()).toBe(200);
    const log = await flaky.log();
    const keys = log.map((r) => `${r.path} ${r.queries.join(' ')}`);
    // Exactly one query was sent twice: the one whose connection was reset.
    expect(keys.length - new Set(keys).size).toBe(1);
  });

  test.describe('the page', () => {
    test.use({ allowConsole: /status of 502|HTTP 502 \/api\/v1\/clusters\/flaky/ });
    test('says Prometheus is failing, and shows the pod again once it is back, without a reload', async ({ page }) => {
      test.setTimeout(120_000);
      await flaky.mode('html');
      // A relative range refreshes by itself (every 30 s for the last hour).
      await page.goto(`/clusters/flaky/namespaces/demo/pods/${POD}?range=1h`);
      // (Next's route announcer is an alert too: look for the one that explains.)
      const failing = page.getByRole('alert').filter({ hasText: 'not JSON' });
      await expect(failing).toBeVisible({ timeout: 30_000 });
      await flaky.mode('pass');
      await expect(failing).toHaveCount(0, { timeout: 90_000 });
      await expect(page.getByRole('region', { name: 'Pod total', exact: true })).toBeVisible();
    });
  });
});
