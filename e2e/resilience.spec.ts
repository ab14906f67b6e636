// The form does not depend on the lazy chunks: when Monaco (or the whole preview) cannot be
// loaded, the page says so and keeps working. Bad input of any kind gets a clear error, loses
// nothing and crashes nothing.
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

test('Monaco comes from the app itself (no CDN), and the form works before it has arrived', async ({ page }) => {
  const origins = new Set<string>();
  page.on('request', (r) => {
    if (!r.url().startsWith('data:') && !r.url().startsWith('blob:')) origins.add(new URL(r.url()).origin);
  });
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route(/\/assets\/monaco-text-editor-[\w-]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  const editor = new EditorPage(page);
  await editor.goto();
  // The code editor is still on its way: the read-only fallback shows the preview, the form edits.
  const fallback = page.locator('pre.code-fallback[aria-label="Policy as JSON"]');
  await expect(fallback).toBeVisible();
  await editor.name.fill('before-monaco');
  await expect
    .poll(async () => JSON.parse((await fallback.textContent()) ?? '{}').metadata?.name)
    .toBe('before-monaco');
  release();
  await editor.waitForMonaco();
  expect(JSON.parse(await editor.previewText()).metadata.name).toBe('before-monaco');
  expect([...origins]).toEqual([new URL(page.url()).origin]);
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

const deepJson = `{\n  "metadata": {"name": "deep"},\n  "spec": ${'['.repeat(5000)}${']'.repeat(5000)}\n}`;

test('bad text of any kind gets a clear error, the form keeps its last good state, and nothing crashes', async ({
  page,
}) => {
  const crashes: string[] = [];
  page.on('pageerror', (e) => crashes.push(e.message));
  const editor = new EditorPage(page);
  await editor.goto();
  await editor.name.fill('kept-name');
  await editor.plainToggle.check();
  const alert = page.getByRole('alert').filter({ hasText: /syntax error at line/ });
  const cases: [format: 'JSON' | 'YAML', text: string, message: RegExp][] = [
    ['JSON', '[1, 2]', /line 1, column 1: The document must be a single object \(a NetworkPolicy\)\. The form/],
    ['JSON', 'null', /must be a single object/],
    ['JSON', '"a string"', /must be a single object/],
    ['JSON', '{"metadata": {"name": "x"}', /line 1, column \d+: /],
    ['JSON', '{"a": 1}\n{"b": 2}', /more than one document/],
    ['JSON', deepJson, /line 3, column \d+: The text nests more than 200 levels deep/],
    [
      'JSON',
      '{\n  "spec": {"ingress": [{"ports": [{"port": 1e400}]}]}\n}',
      /line 2, column \d+: A number is out of range.*\+Inf/,
    ],
    ['YAML', 'metadata:\n  name: a\nspec: &x [*x]\n', /An anchor.s value contains itself/],
    ['YAML', 'a: &a\n  b: *a\n', /contains itself/],
    ['YAML', '- just\n- a list\n', /must be a single object/],
    ['YAML', 'spec:\n  x: .inf\n', /line 2, column \d+: A number is out of range/],
    ['YAML', 'metadata: {name: [oops\n', /YAML syntax error at line/],
  ];
  for (const [format, text, message] of cases) {
    await editor.tab(format).click();
    await editor.textarea(format).fill(text);
    await expect(alert).toHaveText(message);
    await expect(editor.name).toHaveValue('kept-name');
    await expect(editor.createButton).toBeDisabled();
    await expect(editor.summary).toContainText('the editor text does not parse');
  }
  // Good text again: the form follows.
  await editor.textarea('YAML').fill('metadata:\n  name: back-again\n  namespace: default\nspec:\n  podSelector: {}\n');
  await expect(editor.name).toHaveValue('back-again');
  await expect(editor.createButton).toBeEnabled();

  // The same through Monaco (a paste): the error becomes a syntax marker, the form is kept.
  await editor.plainToggle.uncheck();
  await editor.tab('JSON').click();
  await editor.setMonacoText(deepJson);
  await expect
    .poll(async () => (await editor.previewMarkers('netpol-syntax')).map((m) => m.message))
    .toEqual([expect.stringMatching(/nests more than 200 levels deep/)]);
  await expect(editor.name).toHaveValue('back-again');

  // A huge value typed into the form: an error, not a hang or a crash; fixing it unblocks Create.
  await editor.name.fill('a'.repeat(100_000));
  await expect(editor.summary).toContainText('metadata.name: Invalid value');
  await expect(editor.createButton).toBeDisabled();
  await editor.name.fill('fine');
  await expect(editor.createButton).toBeEnabled();
  expect(crashes).toEqual([]);
});
