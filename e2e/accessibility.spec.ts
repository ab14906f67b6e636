// axe-core (WCAG 2.0/2.1 A+AA and best practices) on every state of the editor page: no serious or
// critical violation anywhere, in light and dark colour schemes.
import { expect, test, type Page } from '@playwright/test';
import { ReviewPage } from './review-page';
import { SEED_POLICY } from './seed-policy';
import { ToolsPage } from './templates-share-page';
import { expectAccessible } from './support-a11y/axe';
import { importDialogStates, policyListStates, shareAndPlatformStates } from './support-a11y/tool-states';
import {
  INVALID_POLICY,
  RICH_POLICY,
  clearNamespace,
  deletePolicy,
  loadDraft,
  openEditor,
} from './support-a11y/drafts';

// Each test runs axe many times on a large page, on a 2-core machine shared with other work.
test.describe.configure({ timeout: 180_000 });

async function reviewTabs(page: Page, label: string): Promise<void> {
  const review = new ReviewPage(page);
  const explanation = await review.open('Explanation');
  await expect(explanation).toContainText('selects');
  await expectAccessible(page, `${label}: review explanation`);

  await review.open('Warnings');
  await expectAccessible(page, `${label}: review warnings`);

  const affected = await review.open('Affected pods');
  const selected = review.affected('Selected pods');
  await expect(selected).toBeVisible();
  await selected.getByText(/^matches /).click();
  await expect(
    affected.getByRole('list', { name: 'Pods matched by spec.podSelector' }).getByRole('listitem'),
  ).toHaveCount(2);
  await expectAccessible(page, `${label}: review affected pods (expanded)`);

  const diagram = await review.open('Diagram');
  await expect(diagram.getByRole('img')).toBeVisible();
  await expectAccessible(page, `${label}: review diagram`);

  await review.open('Traffic simulation');
  await expect(review.matrixStatus).not.toContainText('Computing');
  const cell = review.region.getByRole('table').getByRole('button').first();
  await cell.click();
  await expect(review.why).toBeVisible();
  await expectAccessible(page, `${label}: traffic simulation with a cell's reasons open`);
  await review.region.getByRole('radio', { name: 'Before (cluster as it is)' }).check();
  await expectAccessible(page, `${label}: traffic simulation, before view`);
}

test('the initial editor: helpful empty states, and no serious or critical axe violation', async ({
  page,
  request,
}) => {
  await clearNamespace(request, 'default');
  await openEditor(page);
  // Each empty region says what will appear there and how to get it.
  await expect(page.getByRole('region', { name: 'Policies in default' })).toContainText(
    'No NetworkPolicies in default.',
  );
  await expect(page.getByRole('region', { name: 'Server response' })).toContainText(
    'Nothing sent yet. Press Create to submit the draft.',
  );
  await expect(new ToolsPage(page).platformChecks).toContainText("Choose the cluster's network plugin to see what");
  await expectAccessible(page, 'initial editor');
});

test('the form with ingress and egress rules and peers of every kind', async ({ page }) => {
  const editor = await openEditor(page);
  await loadDraft(editor, RICH_POLICY);
  await expect(page.getByRole('group', { name: 'Egress rule 2', exact: true })).toBeVisible();
  await expect(page.getByLabel('Egress rule 1, peer 1, IP block, except 1', { exact: true })).toHaveValue(
    '10.96.0.0/12',
  );
  await expect(editor.summary).toContainText('No errors');
  await expectAccessible(page, 'rich form');
});

test('validation errors inline and in the summary', async ({ page }) => {
  const editor = await openEditor(page);
  await loadDraft(editor, INVALID_POLICY);
  await expect(editor.name).toHaveAttribute('aria-invalid', 'true');
  await expect(editor.summary.getByRole('listitem').first()).toBeVisible();
  await expect(editor.createButton).toBeDisabled();
  await expectAccessible(page, 'validation errors');
});

test('the server response: 201 Created, then 409 AlreadyExists', async ({ page, request }) => {
  const editor = await openEditor(page);
  await loadDraft(editor, { ...SEED_POLICY, metadata: { ...SEED_POLICY.metadata, name: 'a11y-created' } });
  await editor.createButton.click();
  await expect(editor.responseStatus).toHaveText('201 Created');
  await expectAccessible(page, 'server response 201');
  await editor.createButton.click();
  await expect(editor.responseStatus).toHaveText('409 Conflict');
  await expectAccessible(page, 'server response 409');
  await deletePolicy(request, 'default', 'a11y-created');
});

test('JSON and YAML tabs with Monaco, and the plain text editor', async ({ page }) => {
  const editor = await openEditor(page);
  await loadDraft(editor, SEED_POLICY);
  await expect(editor.tab('JSON')).toHaveAttribute('aria-selected', 'true');
  await expectAccessible(page, 'JSON tab (Monaco)');

  await editor.tab('YAML').click();
  await expect.poll(async () => (await editor.previewText()).startsWith('apiVersion: ')).toBe(true);
  await expectAccessible(page, 'YAML tab (Monaco)');

  await editor.plainToggle.check();
  await expect(editor.textarea('YAML')).toBeVisible();
  await expectAccessible(page, 'plain text editor, YAML');
  await editor.tab('JSON').click();
  await expect(editor.textarea('JSON')).toBeVisible();
  await expectAccessible(page, 'plain text editor, JSON');
});

test('the templates dialog and the import dialog', async ({ page }) => {
  await openEditor(page);
  const tools = new ToolsPage(page);
  await page.getByRole('button', { name: 'Templates', exact: true }).click();
  await expect(tools.templatesDialog).toBeVisible();
  await expectAccessible(page, 'templates dialog');
  await page.keyboard.press('Escape');
  await expect(tools.templatesDialog).toBeHidden();

  await tools.openImport();
  await expectAccessible(page, 'import dialog');
});

test('every review section, with a simulation cell explained', async ({ page }) => {
  const editor = await openEditor(page);
  await loadDraft(editor, RICH_POLICY);
  await reviewTabs(page, 'light');
});

test('dark colour scheme: editor, errors, the 201 answer and the templates dialog', async ({ page, request }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  const editor = await openEditor(page);
  await expectAccessible(page, 'dark: initial editor');
  await loadDraft(editor, INVALID_POLICY);
  await expect(editor.name).toHaveAttribute('aria-invalid', 'true');
  await expectAccessible(page, 'dark: validation errors');
  await loadDraft(editor, RICH_POLICY);
  await editor.createButton.click();
  await expect(editor.responseStatus).toHaveText('201 Created');
  await expectAccessible(page, 'dark: rich form, 201');
  await page.getByRole('button', { name: 'Templates', exact: true }).click();
  await expect(new ToolsPage(page).templatesDialog).toBeVisible();
  await expectAccessible(page, 'dark: templates dialog');
  await deletePolicy(request, 'shop', 'backend-policy');
});

test('dark colour scheme: every review section, with a simulation cell explained', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  const editor = await openEditor(page);
  await loadDraft(editor, RICH_POLICY);
  await reviewTabs(page, 'dark');
});

test('the Theme switch pins dark or light over the system setting, is remembered, and stays accessible', async ({
  page,
}) => {
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const monacoDark = () =>
    page
      .locator('.monaco-editor')
      .first()
      .evaluate((el) => el.classList.contains('vs-dark'));
  const theme = page.getByRole('combobox', { name: 'Theme' });

  await page.emulateMedia({ colorScheme: 'light' });
  await openEditor(page);
  await expect(theme).toHaveValue('system');
  expect(await background()).toBe('rgb(246, 247, 249)');
  expect(await monacoDark()).toBe(false);

  await theme.selectOption({ label: 'Dark' });
  await expect.poll(background).toBe('rgb(15, 18, 23)');
  await expect.poll(monacoDark).toBe(true);
  await expectAccessible(page, 'Theme: Dark on a light system');

  // Remembered across a reload, before anything is typed.
  await page.reload();
  await expect(theme).toHaveValue('dark');
  expect(await background()).toBe('rgb(15, 18, 23)');

  // Light wins over a dark system; System follows it again.
  await page.emulateMedia({ colorScheme: 'dark' });
  await theme.selectOption({ label: 'Light' });
  await expect.poll(background).toBe('rgb(246, 247, 249)');
  await expect.poll(monacoDark).toBe(false);
  await expectAccessible(page, 'Theme: Light on a dark system');
  await theme.selectOption({ label: 'System' });
  await expect.poll(background).toBe('rgb(15, 18, 23)');
  await expect.poll(monacoDark).toBe(true);
});

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} colour scheme`, () => {
    test.beforeEach(async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
    });

    test('every state of the Import dialog', async ({ page }) => {
      await importDialogStates(page, scheme);
    });

    test('share link copied, restored and broken; platform warnings; the template confirmation', async ({ page }) => {
      await shareAndPlatformStates(page, scheme);
    });

    test("the cluster's policy list, Save changes and the delete confirmation", async ({ page, request }) => {
      await policyListStates(page, request, scheme);
    });
  });
}

test('a narrow (phone) viewport: editor, rich form and the simulation', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const editor = await openEditor(page);
  await expectAccessible(page, 'narrow: initial editor');
  await loadDraft(editor, RICH_POLICY);
  await expectAccessible(page, 'narrow: rich form');
  const review = new ReviewPage(page);
  await review.open('Traffic simulation');
  await expect(review.matrixStatus).not.toContainText('Computing');
  await expectAccessible(page, 'narrow: traffic simulation');
});
