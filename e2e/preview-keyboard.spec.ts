// Keyboard-only use of the preview: arrow keys switch the JSON/YAML tabs, and Tab leaves Monaco.
import { expect, test } from '@playwright/test';
import { EditorPage, selectInMonaco } from './editor-page';

test('the format tabs follow the arrow keys', async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.goto();
  await editor.tab('JSON').focus();
  await page.keyboard.press('ArrowRight');
  await expect(editor.tab('YAML')).toBeFocused();
  await expect(editor.tab('YAML')).toHaveAttribute('aria-selected', 'true');
  await expect.poll(async () => (await editor.previewText()).startsWith('apiVersion:')).toBe(true);
  await page.keyboard.press('ArrowLeft');
  await expect(editor.tab('JSON')).toHaveAttribute('aria-selected', 'true');
});

test('Tab moves focus out of the code editor instead of trapping it', async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.goto();
  await editor.waitForMonaco();
  await selectInMonaco(page, 'new-policy');
  const before = await editor.previewText();
  await page.keyboard.press('Tab');
  const inEditor = await page.evaluate(() => document.activeElement?.closest('.monaco-editor') !== null);
  expect(inEditor).toBe(false);
  expect(await editor.previewText()).toBe(before);
});
