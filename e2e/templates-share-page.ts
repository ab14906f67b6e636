// Page object for the issue-7 tools on the editor page: Templates, Import, Export, share links and
// Platform checks, all found by their accessible names.
import { expect, type Locator } from '@playwright/test';
import { EditorPage } from './editor-page';

export class ToolsPage extends EditorPage {
  get templatesDialog(): Locator {
    return this.page.getByRole('dialog', { name: 'Templates' });
  }
  get importDialog(): Locator {
    return this.page.getByRole('dialog', { name: 'Import' });
  }
  get shareLinkField(): Locator {
    return this.page.getByRole('textbox', { name: 'Share link' });
  }
  get platformSelect(): Locator {
    return this.page.getByRole('combobox', { name: 'Target platform' });
  }
  get platformChecks(): Locator {
    return this.page.getByRole('region', { name: 'Platform checks' });
  }

  async applyTemplate(title: string, confirm = false): Promise<void> {
    await this.page.getByRole('button', { name: 'Templates', exact: true }).click();
    await expect(this.templatesDialog).toBeVisible();
    await this.templatesDialog.getByRole('button', { name: `Apply ${title}`, exact: true }).click();
    if (confirm) {
      await expect(this.templatesDialog.getByRole('alert')).toContainText('Your current draft has changes');
      await this.templatesDialog.getByRole('button', { name: 'Replace my draft' }).click();
    }
    await expect(this.templatesDialog).toBeHidden();
  }

  async openImport(): Promise<void> {
    await this.page.getByRole('button', { name: 'Import', exact: true }).click();
    await expect(this.importDialog).toBeVisible();
  }

  /** The draft as the preview shows it (JSON tab), parsed. */
  async previewObject(): Promise<Record<string, unknown>> {
    return JSON.parse(await this.previewText()) as Record<string, unknown>;
  }

  async copyShareLink(): Promise<string> {
    await this.page.getByRole('button', { name: 'Copy share link' }).click();
    await expect(this.shareLinkField).toBeVisible();
    return this.shareLinkField.inputValue();
  }
}
