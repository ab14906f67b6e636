// The draft survives a reload; Start over brings back the new-policy template.
import { expect, test } from '@playwright/test';
import { EditorPage } from './editor-page';

test('the draft is kept across a reload, and Start over resets it', async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.goto();
  await editor.name.fill('kept-after-reload');
  await expect.poll(async () => JSON.parse(await editor.previewText()).metadata.name).toBe('kept-after-reload');

  await page.reload();
  await expect(editor.name).toHaveValue('kept-after-reload');
  expect(JSON.parse(await editor.previewText()).metadata.name).toBe('kept-after-reload');

  await editor.startOver();
  await expect(editor.name).toHaveValue('new-policy');
  await page.reload();
  await expect(editor.name).toHaveValue('new-policy');
});

test('a corrupted stored draft does not break the page', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('netpol-studio:draft:v1', '{not json'));
  const editor = new EditorPage(page);
  await editor.goto();
  await expect(editor.name).toHaveValue('new-policy');
});
