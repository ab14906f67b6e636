// An invalid port shows beside its field, as a Monaco marker on the port's text, in the summary
// (whose link focuses the field), and blocks Create.
import { expect, test } from '@playwright/test';
import { EditorPage } from './editor-page';
import { PolicyFormObject } from './policy-form';

const MESSAGE = 'Invalid value: 70000: must be between 1 and 65535, inclusive';

test('an out-of-range port gives the inline error and the Monaco marker', async ({ page }) => {
  const editor = new EditorPage(page);
  const form = new PolicyFormObject(page);
  await editor.goto();
  await form.addIngressRule();
  const port = await form.addPort(1, 'TCP', '70000');

  await expect(port).toHaveAttribute('aria-invalid', 'true');
  await expect(port).toHaveAccessibleDescription(new RegExp(MESSAGE));

  await expect
    .poll(async () => (await editor.previewMarkers()).map((m) => m.message))
    .toEqual([`spec.ingress[0].ports[0].port: ${MESSAGE}`]);
  const [marker] = await editor.previewMarkers();
  const lines = (await editor.previewText()).split('\n');
  const line = lines[(marker?.startLineNumber ?? 0) - 1] ?? '';
  expect(line.slice((marker?.startColumn ?? 0) - 1, (marker?.endColumn ?? 0) - 1)).toBe('70000');
  // The squiggle is drawn too.
  await expect(page.locator('.monaco-editor .squiggly-error').first()).toBeAttached();

  await expect(editor.createButton).toBeDisabled();
  await expect(editor.summary).toContainText('Create is blocked: 1 error must be fixed first');
  await editor.summary.getByRole('link', { name: /spec\.ingress\[0\]\.ports\[0\]\.port/ }).click();
  await expect(port).toBeFocused();

  await port.fill('6379');
  await expect(port).not.toHaveAttribute('aria-invalid', 'true');
  await expect.poll(async () => (await editor.previewMarkers()).length).toBe(0);
  await expect(editor.createButton).toBeEnabled();
});

test('the plain text editor lists the same error with its line number', async ({ page }) => {
  const editor = new EditorPage(page);
  const form = new PolicyFormObject(page);
  await editor.goto();
  await editor.plainToggle.check();
  await form.addIngressRule();
  await form.addPort(1, 'TCP', '70000');
  const list = page.getByRole('list', { name: 'Errors in the text' });
  await expect(list).toContainText(`spec.ingress[0].ports[0].port: ${MESSAGE}`);
  const text = await editor.textarea('JSON').inputValue();
  const lineNo = text.split('\n').findIndex((l) => l.includes('70000')) + 1;
  await expect(list).toContainText(`Line ${lineNo},`);
});
