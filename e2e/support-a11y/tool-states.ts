// The issue-7 tools walked through every state they can show, with axe run in each: the Import
// dialog (refusal and choice, syntax error, replace-draft question), the share link (copied,
// restored, broken), platform warnings, the template confirmation and the delete confirmation.
// Used by the accessibility spec once per colour scheme.
import { expect, type APIRequestContext, type Page } from '@playwright/test';
import { stringify } from 'yaml';
import { ClustersPage } from '../clusters-page';
import { SEED_POLICY } from '../seed-policy';
import { ToolsPage } from '../templates-share-page';
import { expectAccessible } from './axe';
import { RICH_POLICY, deletePolicy, loadDraft, openEditor } from './drafts';

export async function importDialogStates(page: Page, label: string): Promise<void> {
  const editor = await openEditor(page);
  const tools = new ToolsPage(page);
  await tools.openImport();
  await expectAccessible(page, `${label}: import dialog, empty`);
  await tools.importDialog
    .getByLabel('Policy text')
    .fill(
      [
        stringify(SEED_POLICY),
        stringify({ apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'web' } }),
        stringify({ ...RICH_POLICY, metadata: { name: 'second' } }),
      ].join('\n---\n'),
    );
  await expect(tools.importDialog).toContainText('Document 2 is a Deployment (apps/v1), not a NetworkPolicy.');
  await expectAccessible(page, `${label}: import dialog, a refusal and a choice of policies`);

  await tools.importDialog.getByLabel('Policy text').fill('{"apiVersion": "networking.k8s.io/v1", "kind": ');
  await expect(tools.importDialog.getByRole('alert')).toContainText(/syntax error at line \d+:\d+/);
  await expectAccessible(page, `${label}: import dialog, syntax error`);
  await page.keyboard.press('Escape');
  await expect(tools.importDialog).toBeHidden();

  // A changed draft: importing asks before replacing it.
  await editor.name.fill('changed-draft');
  await tools.openImport();
  await tools.importDialog.getByLabel('Policy text').fill(stringify(SEED_POLICY));
  await tools.importDialog.getByRole('button', { name: 'Import policy' }).click();
  await expect(tools.importDialog.getByRole('alert')).toContainText('Your current draft has changes');
  await expectAccessible(page, `${label}: import dialog, replace-draft question`);
  await page.keyboard.press('Escape');
  await expect(tools.importDialog).toBeHidden();
}

export async function shareAndPlatformStates(page: Page, label: string): Promise<void> {
  const editor = await openEditor(page);
  const tools = new ToolsPage(page);
  await loadDraft(editor, RICH_POLICY);
  const link = await tools.copyShareLink();
  await tools.platformSelect.selectOption({ label: 'Huawei CCE: container tunnel network' });
  await expect(tools.platformChecks).toContainText('endPort');
  await page.locator('summary', { hasText: 'Advanced metadata' }).click();
  await expectAccessible(page, `${label}: share link shown, platform warnings, advanced metadata open`);

  await page.getByRole('button', { name: 'Templates', exact: true }).click();
  await tools.templatesDialog.getByRole('button', { name: 'Apply Deny all', exact: true }).click();
  await expect(tools.templatesDialog.getByRole('alert')).toContainText('Your current draft has changes');
  await expectAccessible(page, `${label}: templates dialog, replace-draft confirmation`);
  await page.keyboard.press('Escape');
  await expect(tools.templatesDialog).toBeHidden();

  await page.goto(link);
  await expect(page.getByRole('status').filter({ hasText: 'restored from the share link' })).toBeVisible();
  await expectAccessible(page, `${label}: draft restored from a share link`);
  await page.goto(link.slice(0, -12));
  await expect(page.getByRole('alert').filter({ hasText: 'This share link is broken' })).toBeVisible();
  await expectAccessible(page, `${label}: broken share link`);
}

export async function policyListStates(page: Page, request: APIRequestContext, label: string): Promise<void> {
  const name = `a11y-listed-${label}`;
  const editor = await openEditor(page);
  const clusters = new ClustersPage(page);
  await loadDraft(editor, { ...SEED_POLICY, metadata: { ...SEED_POLICY.metadata, name } });
  await editor.createButton.click();
  await expect(editor.responseStatus).toHaveText('201 Created');
  await expect(clusters.row(name)).toBeVisible();
  page.on('dialog', (d) => void d.accept()); // "replace your draft?"
  await clusters.openInEditor(name);
  await expect(clusters.saveButton).toBeVisible();
  await expectAccessible(page, `${label}: policy list and Save changes`);
  await clusters.row(name).getByRole('button', { name: 'Delete' }).click();
  await expect(clusters.deleteDialog).toBeVisible();
  await expectAccessible(page, `${label}: delete confirmation dialog`);
  await page.keyboard.press('Escape');
  await expect(clusters.deleteDialog).toBeHidden();
  await deletePolicy(request, 'default', name);
}
