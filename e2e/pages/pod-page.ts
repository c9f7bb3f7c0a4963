import { expect, type Locator, type Page } from '@playwright/test';

/** Page object for /clusters/{c}/namespaces/{ns}/pods/{pod}. */
export class PodPage {
  constructor(private readonly page: Page) {}

  async open(cluster: string, namespace: string, pod: string, range: { start: number; end: number }, lang?: 'en' | 'zh'): Promise<void> {
    await this.page.goto(`/clusters/${cluster}/namespaces/${namespace}/pods/${pod}?start=${range.start}&end=${range.end}${lang ? `&lang=${lang}` : ''}`);
  }

  /** The verdict sentence for one container (by its accessible title, e.g. "Container ta"). */
  verdict(title: string): Locator {
    return this.page.getByRole('article', { name: title, exact: true }).getByRole('paragraph');
  }

  section(title: string): Locator {
    return this.page.getByRole('region', { name: title, exact: true });
  }

  containerSections(): Locator {
    return this.page.getByRole('region', { name: /^Container / });
  }

  /** The latest value of a stat ("Working set", "RSS", …) in a section. */
  stat(title: string, label: string): Locator {
    return this.section(title).getByRole('group', { name: label, exact: true }).getByRole('status');
  }

  chart(title: string): Locator {
    return this.page.getByRole('figure', { name: `Memory chart: ${title}` });
  }

  private async pointAt(title: string, fraction: number): Promise<{ x: number; y: number }> {
    const chart = this.chart(title);
    await chart.scrollIntoViewIfNeeded();
    const box = await chart.boundingBox();
    if (!box) throw new Error(`chart ${title} has no box`);
    return { x: box.x + 64 + (box.width - 64 - 8) * fraction, y: box.y + box.height / 2 };
  }

  /** Clicks the chart at a fraction of its plot width (pins that instant). */
  async click(title: string, fraction: number): Promise<void> {
    const { x, y } = await this.pointAt(title, fraction);
    await this.page.mouse.move(x, y);
    await this.page.mouse.click(x, y);
  }

  /** Hovers the chart at a fraction of its plot width and returns the tooltip table. */
  async hover(title: string, fraction: number): Promise<Locator> {
    const { x, y } = await this.pointAt(title, fraction);
    await this.page.mouse.move(x, y);
    const table = this.page.getByRole('table', { name: /^Values at / });
    await expect(table).toBeVisible();
    return table;
  }

  /** Reads a tooltip row: [MiB text, % of limit text]. */
  async tooltipRow(table: Locator, label: string): Promise<[string, string]> {
    const row = table.getByRole('row', { name: new RegExp(`^${label} `) });
    const cells = row.getByRole('cell');
    return [(await cells.nth(0).innerText()).trim(), (await cells.nth(1).innerText()).trim()];
  }
}
