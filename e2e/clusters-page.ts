// Page object for the cluster bar, the "Policies in <namespace>" list and Save changes.
import { expect, type Locator, type Page } from '@playwright/test';

export class ClustersPage {
  constructor(readonly page: Page) {}

  get clusterSelect(): Locator {
    return this.page.getByLabel('Cluster', { exact: true });
  }
  get namespaceInUse(): Locator {
    return this.page.getByLabel('Namespace in use', { exact: true });
  }
  get connection(): Locator {
    return this.page.getByTestId('connection-state');
  }
  get server(): Locator {
    return this.page.getByTestId('cluster-server');
  }
  /** The bar's note about the last failed request (create, review reads...). */
  get accessAlert(): Locator {
    return this.page.getByRole('group', { name: 'Cluster connection' }).getByRole('alert');
  }
  get policies(): Locator {
    return this.page.getByRole('region', { name: /^Policies in / });
  }
  row(name: string): Locator {
    return this.policies.getByRole('row').filter({ has: this.page.getByRole('rowheader', { name, exact: true }) });
  }
  get saveBar(): Locator {
    return this.page.getByRole('group', { name: 'Update on the cluster' });
  }
  get saveButton(): Locator {
    return this.saveBar.getByRole('button', { name: 'Save changes' });
  }
  get deleteDialog(): Locator {
    return this.page.getByRole('dialog');
  }

  async selectCluster(name: string): Promise<void> {
    await this.clusterSelect.selectOption(name);
    await expect(this.clusterSelect).toHaveValue(name);
  }

  async openInEditor(name: string): Promise<void> {
    await this.row(name).getByRole('button', { name: 'Open in editor' }).click();
  }

  async deletePolicy(name: string): Promise<void> {
    await this.row(name).getByRole('button', { name: 'Delete' }).click();
    await expect(this.deleteDialog).toBeVisible();
    const confirm = this.deleteDialog.getByRole('button', { name: 'Delete' });
    await expect(confirm).toBeDisabled();
    await this.deleteDialog.getByLabel(`Type ${name} to confirm`).fill(name);
    await confirm.click();
    await expect(this.deleteDialog).toBeHidden();
  }
}
