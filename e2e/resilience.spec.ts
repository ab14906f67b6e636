// The form does not depend on the lazy chunks: when Monaco (or the whole preview) cannot be
// loaded, the page says so and keeps working.
import { expect, test } from '@playwright/test';
import { EditorPage } from './editor-page';

test('when Monaco cannot be loaded the preview falls back to the plain text editor', async ({ page }) => {
  await page.route(/\/assets\/monaco-text-editor-[\w-]+\.js$/, (route) => route.abort('failed'));
  const editor = new EditorPage(page);
  await editor.goto();
  await expect(page.getByText('The code editor could not be loaded')).toBeVisible();
  const text = editor.textarea('JSON');
  await expect(text).toBeVisible();
  await editor.name.fill('still-works');
  await expect.poll(async () => JSON.parse(await text.inputValue()).metadata.name).toBe('still-works');
});

test('when the preview cannot be loaded the form still edits and submits', async ({ page }) => {
  await page.route(/\/assets\/preview-panel-[\w-]+\.js$/, (route) => route.abort('failed'));
  const editor = new EditorPage(page);
  await editor.goto();
  await expect(page.getByRole('alert').filter({ hasText: 'The preview could not be loaded' })).toBeVisible();
  await editor.name.fill('no-preview');
  await editor.dryRun.check();
  await editor.createButton.click();
  await expect(editor.responseStatus).toHaveText('201 Created');
});
