import { expect, expectAccessible, test } from './fixtures';

test('the data-source page says in words what podmem detected on the demo cluster', { tag: '@engine' }, async ({ page }) => {
  await page.goto('/clusters/demo?lang=en');
  await expect(page.getByRole('heading', { name: 'Data source of cluster demo' })).toBeVisible();
  await expect(page.getByText('cAdvisor scraped the kube-prometheus way (job "kubelet", /metrics/cadvisor)')).toBeVisible();
  await expect(page.getByText('Active and inactive page cache are measured (kubelet 1.32 or newer).')).toBeVisible();
  await expect(page.getByText('From kube-state-metrics (job "kube-state-metrics", detected from the data).')).toBeVisible();
  await expect(page.getByText('Some containers use swap; podmem shows it separately.')).toBeVisible();
  await expectAccessible(page);
});

test('… and in Chinese', async ({ page }) => {
  await page.goto('/clusters/demo?lang=zh');
  await expect(page.getByRole('heading', { name: '集群 demo 的数据源' })).toBeVisible();
  await expect(page.getByText('活跃和非活跃页缓存都是测量值（kubelet 1.32 或更新）。')).toBeVisible();
});

test.describe('an unknown cluster', () => {
  test.use({ allowConsole: /status of 404|HTTP 404 \/clusters\/nope/ });
  test('names the known ones', async ({ page }) => {
    await page.goto('/clusters/nope?lang=en');
    await expect(page.getByRole('alert').filter({ hasText: 'nope' })).toContainText(
      'Could not read the data source of cluster nope: unknown cluster "nope" (known: demo',
    );
  });
});
