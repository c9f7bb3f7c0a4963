import type { Locator, Page } from '@playwright/test';

/** Page object for /clusters/{c}/namespaces/{ns}. */
export class NamespacePage {
  constructor(private readonly page: Page) {}

  /** Opens the list at a pinned instant (unix seconds) with extra query parameters. */
  async open(cluster: string, namespace: string, at: number, extra: Record<string, string> = {}): Promise<void> {
    const query = new URLSearchParams({ at: String(at), ...extra });
    await this.page.goto(`/clusters/${cluster}/namespaces/${namespace}?${query.toString()}`);
  }

  list(name = 'Pods in demo'): Locator {
    return this.page.getByRole('list', { name, exact: true });
  }

  rows(name?: string): Locator {
    return this.list(name).getByRole('listitem');
  }

  /** The row of one pod, found by its link. */
  row(pod: string, listName?: string): Locator {
    return this.rows(listName).filter({ has: this.page.getByRole('link', { name: pod, exact: true }) });
  }

  /** The pod names in the order shown. */
  async podNames(listName?: string): Promise<string[]> {
    return this.rows(listName).getByRole('link').allInnerTexts();
  }

  filter(label = 'Filter pods by name'): Locator {
    return this.page.getByRole('searchbox', { name: label });
  }

  sort(label = 'Sort by'): Locator {
    return this.page.getByRole('combobox', { name: label });
  }
}
