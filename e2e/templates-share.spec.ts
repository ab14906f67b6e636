// Issue 7 end to end: a template fills the form, YAML export downloads the draft, a share link
// restores the draft exactly in a fresh browser, a broken link says so, and a multi-document import
// lets the user pick the second NetworkPolicy; platform checks react to the target platform.
import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { parse } from 'yaml';
import { ToolsPage } from './templates-share-page';

test('applying a template changes the form and the preview; platform checks follow it', async ({ page }) => {
  const tools = new ToolsPage(page);
  await tools.goto();
  await tools.namespace.fill('shop');
  await expect.poll(async () => (await tools.previewObject()).metadata).toMatchObject({ namespace: 'shop' });

  await tools.applyTemplate('Limit a database to its clients on one port', true);
  await expect(tools.name).toHaveValue('limit-db-to-clients');
  await expect(tools.namespace).toHaveValue('shop');
  const p = await tools.previewObject();
  expect(p.spec).toEqual({
    podSelector: { matchLabels: { app: 'db' } },
    ingress: [
      { from: [{ podSelector: { matchLabels: { role: 'db-client' } } }], ports: [{ protocol: 'TCP', port: 5432 }] },
    ],
    policyTypes: ['Ingress'],
  });

  await tools.applyTemplate('Allow a port range (endPort)', true);
  await expect(tools.name).toHaveValue('allow-port-range');
  await tools.platformSelect.selectOption({ label: 'Huawei CCE: container tunnel network' });
  await expect(tools.platformChecks).toContainText('does not support endPort');
  await expect(tools.platformChecks).toContainText('spec.ingress[0].ports[0].endPort');
  await tools.platformSelect.selectOption({ label: 'Cilium 1.16 or later' });
  await expect(tools.platformChecks).toContainText('Nothing in this policy is known to behave differently');
});

test('Download YAML and Download JSON save the draft in kubectl order under the policy name', async ({ page }) => {
  const tools = new ToolsPage(page);
  await tools.goto();
  await tools.applyTemplate('Allow DNS egress to kube-system');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download YAML' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('allow-dns-egress.yaml');
  const text = await readFile(await download.path(), 'utf8');
  expect(text.startsWith('apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n')).toBe(true);
  expect(parse(text)).toEqual(await tools.previewObject());
  const [json] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download JSON' }).click(),
  ]);
  expect(json.suggestedFilename()).toBe('allow-dns-egress.json');
  const jsonText = await readFile(await json.path(), 'utf8');
  expect(jsonText.startsWith('{\n  "apiVersion": "networking.k8s.io/v1",\n  "kind": "NetworkPolicy",\n')).toBe(true);
  expect(JSON.parse(jsonText)).toEqual(await tools.previewObject());
});

test('a share link restores the draft exactly (unknown fields too) in a fresh browser', async ({
  page,
  browser,
  baseURL,
}) => {
  const tools = new ToolsPage(page);
  await tools.goto();
  // No server, no third party: nothing the page requests while the link is made and opened
  // carries the link, and nothing leaves this origin.
  const requests: string[] = [];
  const record = (r: { url(): string; postData(): string | null }) => requests.push(`${r.url()} ${r.postData() ?? ''}`);
  page.on('request', record);
  const draft = {
    apiVersion: 'networking.k8s.io/v1',
    kind: 'NetworkPolicy',
    metadata: { name: 'shared-ünïcødé', namespace: 'shop', labels: { team: 'a' } },
    spec: {
      podSelector: { matchLabels: { app: 'web' } },
      ingress: [{ from: [{ ipBlock: { cidr: '10.0.0.0/8', except: ['10.1.0.0/16'] } }], ports: [{ port: 80 }] }],
      futureField: { kept: [1, 'two', null] },
    },
    status: { note: 'kept as well' },
  };
  await tools.setMonacoText(JSON.stringify(draft, null, 2));
  await expect.poll(() => tools.previewObject()).toEqual(draft);
  const link = await tools.copyShareLink();
  expect(link).toMatch(/#np1\.[A-Za-z0-9_-]+$/);
  const payload = link.slice(link.indexOf('#np1.') + 5);

  const context = await browser.newContext({ baseURL });
  try {
    const fresh = new ToolsPage(await context.newPage());
    await fresh.page.addInitScript(() => {
      (window as unknown as { __NETPOL_TEST__: boolean }).__NETPOL_TEST__ = true;
    });
    fresh.page.on('request', record);
    await fresh.page.goto(link);
    await expect(fresh.page.getByRole('status').filter({ hasText: 'restored from the share link' })).toBeVisible();
    await expect.poll(() => fresh.previewObject()).toEqual(draft);
    // Byte for byte the same preview as the sharer gets once the draft is shown serialised again.
    await page.reload();
    expect(await fresh.previewText()).toBe(await tools.previewText());
    // The fragment is gone, so a reload keeps later edits instead of restoring the link again.
    expect(new URL(fresh.page.url()).hash).toBe('');
    expect(requests.length).toBeGreaterThan(0);
    for (const r of requests) {
      expect(r.startsWith(`${baseURL ?? ''}/`)).toBe(true);
      expect(r).not.toContain(payload.slice(0, 24));
    }
  } finally {
    await context.close();
  }
});

test('a broken share link says so and leaves the draft untouched', async ({ page }) => {
  const tools = new ToolsPage(page);
  await tools.goto();
  await tools.name.fill('my-own-draft');
  await expect.poll(async () => (await tools.previewObject()).metadata).toMatchObject({ name: 'my-own-draft' });
  const link = await tools.copyShareLink();

  // Cut off, as a chat client might do to a long link.
  await page.goto(link.slice(0, -12));
  await expect(page.getByRole('alert').filter({ hasText: 'This share link is broken' })).toContainText(
    'Your current draft was left unchanged.',
  );
  await expect(tools.name).toHaveValue('my-own-draft');
  expect((await tools.previewObject()).metadata).toMatchObject({ name: 'my-own-draft' });
});

test('importing a multi-document YAML refuses the Deployment and edits the chosen NetworkPolicy', async ({ page }) => {
  const tools = new ToolsPage(page);
  await tools.goto();
  await tools.name.fill('work-in-progress');
  const text = [
    'apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: first\n  namespace: shop\nspec:\n  podSelector: {}\n',
    'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  replicas: 2\n',
    'apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: second\n  namespace: shop\nspec:\n  podSelector:\n    matchLabels:\n      app: api\n  ingress:\n  - ports:\n    - port: 8443\n  futureField: kept\n',
  ].join('---\n');

  await tools.openImport();
  await tools.importDialog.getByLabel('Policy text').fill(text);
  await expect(tools.importDialog).toContainText('Document 2 is a Deployment (apps/v1), not a NetworkPolicy.');
  const choices = tools.importDialog.getByRole('group', { name: 'NetworkPolicy to edit' });
  await expect(choices.getByRole('radio')).toHaveCount(2);
  await choices.getByRole('radio', { name: 'document 3: shop/second' }).check();
  await tools.importDialog.getByRole('button', { name: 'Import policy' }).click();
  // The draft had changes: the dialog asks first.
  await expect(tools.importDialog.getByRole('alert')).toContainText('Your current draft has changes');
  await tools.importDialog.getByRole('button', { name: 'Replace my draft' }).click();
  await expect(tools.importDialog).toBeHidden();

  await expect(tools.name).toHaveValue('second');
  const p = await tools.previewObject();
  expect(p.spec).toEqual({
    podSelector: { matchLabels: { app: 'api' } },
    ingress: [{ ports: [{ port: 8443 }] }],
    futureField: 'kept',
  });
});

test('import by file picker: syntax errors with line:column are refused, a good file is imported', async ({ page }) => {
  const tools = new ToolsPage(page);
  await tools.goto();
  await tools.openImport();
  await tools.importDialog.getByLabel('Choose a file').setInputFiles({
    name: 'broken.yaml',
    mimeType: 'application/yaml',
    buffer: Buffer.from('apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: [oops\n'),
  });
  await expect(tools.importDialog.getByRole('alert')).toContainText(/YAML syntax error at line \d+:\d+/);
  await expect(tools.importDialog.getByRole('button', { name: 'Import policy' })).toBeDisabled();
  await tools.importDialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(tools.importDialog).toBeHidden();
  await expect(tools.name).toHaveValue('new-policy');

  // A good file is read and imported.
  await tools.openImport();
  await tools.importDialog.getByLabel('Choose a file').setInputFiles({
    name: 'picked.yaml',
    mimeType: 'application/yaml',
    buffer: Buffer.from(
      'apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: picked\n  namespace: shop\nspec:\n  podSelector: {}\n  policyTypes: [Egress]\n',
    ),
  });
  await expect(tools.importDialog).toContainText('Read picked.yaml.');
  await tools.importDialog.getByRole('button', { name: 'Import policy' }).click();
  await expect(tools.importDialog).toBeHidden();
  await expect(tools.name).toHaveValue('picked');
  expect((await tools.previewObject()).spec).toEqual({ podSelector: {}, policyTypes: ['Egress'] });
});

test.describe('clipboard', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('Copy YAML and Copy kubectl apply command put the draft on the clipboard', async ({ page }) => {
    const tools = new ToolsPage(page);
    await tools.goto();
    await tools.applyTemplate('Allow egress to an external CIDR except a range');
    const clipboard = () => page.evaluate(() => navigator.clipboard.readText());

    await page.getByRole('button', { name: 'Copy YAML' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Copied the YAML' })).toBeVisible();
    const yaml = await clipboard();
    expect(parse(yaml)).toEqual(await tools.previewObject());

    await page.getByRole('button', { name: 'Copy kubectl apply command' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Copied the kubectl apply command' })).toBeVisible();
    const cmd = await clipboard();
    expect(cmd).toBe(`kubectl apply -f - <<'EOF'\n${yaml}EOF\n`);
  });
});

test('dropping a file on the Import dialog reads it', async ({ page }) => {
  const tools = new ToolsPage(page);
  await tools.goto();
  await tools.openImport();
  const json = JSON.stringify({
    apiVersion: 'v1',
    kind: 'List',
    items: [
      { apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicy', metadata: { name: 'dropped', namespace: 'shop' } },
    ],
  });
  const dataTransfer = await page.evaluateHandle((text) => {
    const dt = new DataTransfer();
    dt.items.add(new File([text], 'dropped.json', { type: 'application/json' }));
    return dt;
  }, json);
  await tools.importDialog.getByText('or drop a file here').dispatchEvent('drop', { dataTransfer });
  await expect(tools.importDialog).toContainText('Read dropped.json.');
  await expect(tools.importDialog).toContainText('Found one NetworkPolicy: item 1: shop/dropped.');
  await tools.importDialog.getByRole('button', { name: 'Import policy' }).click();
  await expect(tools.importDialog).toBeHidden();
  await expect(tools.name).toHaveValue('dropped');
  await expect(tools.namespace).toHaveValue('shop');
});

test('the dialogs work from the keyboard: Escape closes them and focus returns to their button', async ({ page }) => {
  const tools = new ToolsPage(page);
  await tools.goto();
  for (const [name, dialog] of [
    ['Templates', tools.templatesDialog],
    ['Import', tools.importDialog],
  ] as const) {
    const button = page.getByRole('button', { name, exact: true });
    await button.focus();
    await page.keyboard.press('Enter');
    await expect(dialog).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(button).toBeFocused();
  }
  // A template applied from the keyboard alone.
  await page.getByRole('button', { name: 'Templates', exact: true }).press('Enter');
  await tools.templatesDialog.getByRole('button', { name: 'Apply Default deny egress' }).press('Enter');
  await expect(tools.name).toHaveValue('default-deny-egress');
});
