// Editing the YAML text moves the form; a syntax error keeps the form's last good state.
import { expect, test } from '@playwright/test';
import { EditorPage, selectInMonaco } from './editor-page';

const YAML = `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: from-yaml
  namespace: default
spec:
  podSelector: {}
`;

test('typing YAML in the plain text editor updates the form', async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.goto();
  await editor.tab('YAML').click();
  await editor.plainToggle.check();
  const text = editor.textarea('YAML');
  await text.fill(YAML);
  await expect(editor.name).toHaveValue('from-yaml');

  // Break the text: the form keeps the last good name, and the error is shown with its line.
  await text.fill(`${YAML}  ingress: [\n`);
  await expect(page.getByRole('alert').filter({ hasText: 'YAML syntax error at line' })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Errors in the text' })).toContainText('Line ');
  await expect(editor.name).toHaveValue('from-yaml');
  await expect(editor.createButton).toBeDisabled();

  // Fix it with a new name: the form follows again.
  await text.fill(YAML.replace('from-yaml', 'fixed-yaml'));
  await expect(editor.name).toHaveValue('fixed-yaml');
});

test('setting the Monaco YAML model updates the form and a syntax error becomes a marker', async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.goto();
  await editor.tab('YAML').click();
  await editor.setMonacoText(YAML.replace('from-yaml', 'monaco-yaml'));
  await expect(editor.name).toHaveValue('monaco-yaml');

  await editor.setMonacoText('metadata:\n  name: [oops\n');
  await expect.poll(async () => (await editor.previewMarkers('netpol-syntax')).length).toBe(1);
  await expect(editor.name).toHaveValue('monaco-yaml');
});

test('typing in Monaco with the keyboard moves the form and the text stays as typed', async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.goto();
  await editor.waitForMonaco();
  await selectInMonaco(page, 'new-policy');
  await page.keyboard.type('typed-name');
  await expect(editor.name).toHaveValue('typed-name');
  // Keep typing: the model is not reset under the cursor, every character lands in order.
  await page.keyboard.type('-2');
  await expect(editor.name).toHaveValue('typed-name-2');
  expect(JSON.parse(await editor.previewText()).metadata.name).toBe('typed-name-2');
  // And the form writes back into the same editor.
  await editor.name.fill('from-form');
  await expect.poll(async () => JSON.parse(await editor.previewText()).metadata.name).toBe('from-form');
});
