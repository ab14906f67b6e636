// Undo/redo of form changes: a run of typing is one step, adding a rule another; the form and the
// JSON preview follow; the buttons and the page shortcuts (outside text fields) both work.
import { expect, test, type Page } from '@playwright/test';
import { EditorPage } from './editor-page';
import { PolicyFormObject } from './policy-form';
import { ToolsPage } from './templates-share-page';

const DRAFT_STORAGE_KEY = 'netpol-studio:draft:v1';

/** The name of the draft the page saved in localStorage (what a reload restores). */
function storedName(page: Page): Promise<string | undefined> {
  return page.evaluate((key) => {
    const raw = localStorage.getItem(key);
    if (raw === null) return undefined;
    return (JSON.parse(raw) as { policy?: { metadata?: { name?: string } } }).policy?.metadata?.name;
  }, DRAFT_STORAGE_KEY);
}

interface Preview {
  metadata: { name: string };
  spec: { ingress?: unknown[] };
}

async function preview(editor: EditorPage): Promise<Preview> {
  return JSON.parse(await editor.previewText()) as Preview;
}

async function expectDraft(page: Page, editor: EditorPage, name: string, ingressRules: number): Promise<void> {
  await expect(editor.name).toHaveValue(name);
  await expect(page.getByRole('group', { name: /^Ingress rule \d+$/ })).toHaveCount(ingressRules);
  await expect
    .poll(async () => {
      const p = await preview(editor);
      return { name: p.metadata.name, ingress: p.spec.ingress?.length ?? 0 };
    })
    .toEqual({ name, ingress: ingressRules });
}

test('undo and redo follow the form and the preview, by button and by keyboard', async ({ page }) => {
  const editor = new EditorPage(page);
  const form = new PolicyFormObject(page);
  await editor.goto();
  await editor.waitForMonaco();
  const undo = page.getByRole('button', { name: 'Undo', exact: true });
  const redo = page.getByRole('button', { name: 'Redo', exact: true });
  await expect(undo).toBeDisabled();
  await expect(redo).toBeDisabled();
  await expect(undo).toHaveAttribute('title', /Undo.*\((Ctrl\+Z|⌘Z)\)/);
  await expect(redo).toHaveAttribute('title', /Ctrl\+Shift\+Z|⇧⌘Z/);

  // One run of typing (a keystroke at a time, replacing the selection) is one step; adding a rule another.
  await editor.name.selectText();
  await editor.name.pressSequentially('undo-me', { delay: 20 });
  await form.addIngressRule();
  await expectDraft(page, editor, 'undo-me', 1);
  await expect(undo).toBeEnabled();

  await undo.click();
  await expectDraft(page, editor, 'undo-me', 0);
  await undo.click();
  await expectDraft(page, editor, 'new-policy', 0);
  await expect(undo).toBeDisabled();
  await expect(redo).toBeEnabled();
  // The focused Undo button became disabled: the focus moved to Redo, not to the page body.
  await expect(redo).toBeFocused();

  await redo.click();
  await expectDraft(page, editor, 'undo-me', 0);
  await expect(undo).toBeEnabled();
  await expect(redo).toBeEnabled();

  // Keyboard shortcuts with the focus outside text fields (here on the Redo button).
  await redo.focus();
  await page.keyboard.press('ControlOrMeta+Shift+Z');
  await expectDraft(page, editor, 'undo-me', 1);
  await expect(redo).toBeDisabled();
  await page.keyboard.press('ControlOrMeta+Z');
  await expectDraft(page, editor, 'undo-me', 0);
  await page.keyboard.press('Control+Y');
  await expectDraft(page, editor, 'undo-me', 1);

  // With the focus on the page body the shortcuts apply too.
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.keyboard.press('ControlOrMeta+Z');
  await expectDraft(page, editor, 'undo-me', 0);
  await expect(redo).toBeEnabled();

  // A new change clears the redo stack.
  await form.addIngressRule();
  await expectDraft(page, editor, 'undo-me', 1);
  await expect(redo).toBeDisabled();

  // Inside a text field and in the Monaco editor the native undo is left alone: the page's undo
  // would have put the rule on the redo stack (Redo enabled); a native undo is a new change.
  const keydownSeen = async (): Promise<string> =>
    page.evaluate(() => String((window as unknown as { __undoKey?: boolean }).__undoKey));
  await page.evaluate(() => {
    const w = window as unknown as { __undoKey?: boolean };
    window.addEventListener('keydown', (e) => {
      if (e.key.toLowerCase() === 'z') w.__undoKey = e.defaultPrevented;
    });
  });
  await editor.name.focus();
  await page.keyboard.press('ControlOrMeta+Z');
  expect(await keydownSeen()).toBe('false'); // reached the window, not prevented by the page
  await expect(redo).toBeDisabled();
  await page.locator('.monaco-editor textarea').focus();
  await page.keyboard.press('ControlOrMeta+Z');
  await expect(redo).toBeDisabled();
  await expect(undo).toBeEnabled();
});

test('replacing the draft (Start over) is one undoable step', async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.goto();
  await editor.name.fill('before-start-over');
  await editor.startOver();
  await expectDraft(page, editor, 'new-policy', 0);
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expectDraft(page, editor, 'before-start-over', 0);
  // The restored draft is saved again, so a reload keeps it.
  await expect.poll(() => storedName(page)).toBe('before-start-over');
  await page.reload();
  await expect(editor.name).toHaveValue('before-start-over');
});

test('applying a template and importing a policy are each one undoable step', async ({ page }) => {
  const editor = new EditorPage(page);
  const tools = new ToolsPage(page);
  await editor.goto();
  await editor.name.fill('my-draft');
  await expectDraft(page, editor, 'my-draft', 0);

  await tools.applyTemplate('Allow only from the same namespace', true);
  await expectDraft(page, editor, 'allow-same-namespace', 1);
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expectDraft(page, editor, 'my-draft', 0);
  await page.getByRole('button', { name: 'Redo', exact: true }).click();
  await expectDraft(page, editor, 'allow-same-namespace', 1);

  await tools.openImport();
  await tools.importDialog
    .getByLabel('Policy text')
    .fill('{"apiVersion":"networking.k8s.io/v1","kind":"NetworkPolicy","metadata":{"name":"imported"},"spec":{}}');
  await tools.importDialog.getByRole('button', { name: 'Import policy' }).click();
  // The template's draft is not the blank one, so the dialog asks first.
  await expect(tools.importDialog.getByRole('alert')).toContainText('Your current draft has changes');
  await tools.importDialog.getByRole('button', { name: 'Replace my draft' }).click();
  await expect(tools.importDialog).toBeHidden();
  await expectDraft(page, editor, 'imported', 0);
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expectDraft(page, editor, 'allow-same-namespace', 1);
});
