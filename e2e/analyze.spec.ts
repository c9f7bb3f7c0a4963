import { readFileSync } from 'node:fs';
import { formatBytes, formatPercent } from '../lib/i18n/format';
import { realFixture } from '../lib/testing/real-fixtures';
import { expect, expectAccessible, test } from './fixtures';

// A real cgroup v1 memory.stat of an EKS pod container (SOURCES.md §5): usage 1215860736,
// total_inactive_file 78557184, hierarchical_memory_limit 2 GiB → working set 1137303552.
const V1 = readFileSync(realFixture('elastic__elastic-agent-system-metrics', 'memory.stat'), 'utf8');
const WSS = 1215860736 - 78557184;
const LIMIT = 2147483648;

test('a pasted cgroup v1 memory.stat gets the split, the bar and the verdict; switching language re-asks', async ({ page }) => {
  await page.goto('/analyze?lang=en');
  await page.getByLabel('memory.stat').fill(V1);
  await page.getByLabel('Usage (optional)').fill('1215860736');
  await page.getByRole('button', { name: 'Analyze' }).click();
  const result = page.getByRole('region', { name: 'Result' });
  await expect(result.getByRole('row', { name: /^Working set/ })).toContainText(`${formatBytes(WSS, 'en')}${formatPercent(WSS / LIMIT, 'en')}`);
  await expect(result).toContainText('cgroup v1');
  await expect(result).toContainText(`of the ${formatBytes(LIMIT, 'en', { trimWhole: true })} limit`);
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Switch language to 简体中文' }).click();
  await expect(page.getByRole('region', { name: '结果' })).toContainText(`工作集 ${formatBytes(WSS, 'zh')}`);
});

test.describe('bad input', () => {
  test.use({ allowConsole: /status of 400|HTTP 400 \/api\/v1\/memory-stat/ });
  test('a malformed line is named in the error', async ({ page }) => {
    await page.goto('/analyze?lang=en');
    await page.getByLabel('memory.stat').fill('cache 1294336\nrss 12ab\n');
    await page.getByRole('button', { name: 'Analyze' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'Could not analyze' })).toContainText('line 2: "rss 12ab" is not "<key> <integer>"');
  });
});
