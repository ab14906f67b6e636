// Submitting to the demo cluster: 201 with the stored object, 409 AlreadyExists on a repeat,
// dry run, Status causes mapped onto fields, a network failure said clearly, where Create posts
// (the namespace in use), and the apiserver's warnings before and after submitting.
import { expect, test } from '@playwright/test';
import { EditorPage } from './editor-page';
import { PolicyFormObject } from './policy-form';
import { expectAccessible } from './support-a11y/axe';
import { SEED_POLICY } from './seed-policy';

test('creating the seed policy answers 201 with the object, and again 409 AlreadyExists', async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.goto();
  await editor.setMonacoText(JSON.stringify(SEED_POLICY, null, 2));
  await expect(editor.name).toHaveValue('test-network-policy');
  await expect(editor.createButton).toBeEnabled();

  await editor.createButton.click();
  await expect(editor.responseStatus).toHaveText('201 Created');
  await expect(editor.serverResponse).toContainText('Time taken:');
  const created = JSON.parse(await editor.responseBody());
  expect(created.kind).toBe('NetworkPolicy');
  expect(created.metadata.name).toBe('test-network-policy');
  expect(created.metadata.namespace).toBe('default');
  expect(created.metadata.uid).toEqual(expect.any(String));
  expect(created.metadata.resourceVersion).toEqual(expect.any(String));
  expect(created.metadata.labels).toEqual({ app: 'nginx' });
  // The stored spec is the seed's, defaulted as the apiserver does.
  expect(created.spec).toEqual({ ...SEED_POLICY.spec, policyTypes: ['Ingress'] });

  await editor.createButton.click();
  await expect(editor.responseStatus).toHaveText('409 Conflict');
  const conflict = JSON.parse(await editor.responseBody());
  expect(conflict).toMatchObject({ kind: 'Status', reason: 'AlreadyExists', code: 409 });
  await expect(editor.serverResponse).toContainText('already exists');
});

test('a dry run answers 201 but stores nothing', async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.goto();
  await editor.name.fill('dry-run-only');
  await editor.dryRun.check();
  await editor.createButton.click();
  await expect(editor.responseStatus).toHaveText('201 Created');
  await expect(editor.serverResponse).toContainText('dryRun=All');

  await editor.dryRun.uncheck();
  await editor.createButton.click();
  await expect(editor.responseStatus).toHaveText('201 Created');
});

test("a Status error's causes show on the fields, marked as from the server, until the draft changes", async ({
  page,
}) => {
  const editor = new EditorPage(page);
  await editor.goto();
  await page.route('**/networkpolicies*', (route) =>
    route.fulfill({
      status: 422,
      contentType: 'application/json',
      body: JSON.stringify({
        kind: 'Status',
        apiVersion: 'v1',
        metadata: {},
        status: 'Failure',
        message:
          'NetworkPolicy.networking.k8s.io "new-policy" is invalid: metadata.name: Invalid value: "new-policy": taken',
        reason: 'Invalid',
        details: {
          name: 'new-policy',
          group: 'networking.k8s.io',
          kind: 'NetworkPolicy',
          causes: [
            { reason: 'FieldValueInvalid', message: 'Invalid value: "new-policy": taken', field: 'metadata.name' },
          ],
        },
        code: 422,
      }),
    }),
  );
  await editor.createButton.click();
  await expect(editor.responseStatus).toHaveText('422 Unprocessable Entity');
  const item = editor.summary.getByRole('listitem').filter({ hasText: 'metadata.name' });
  await expect(item).toContainText('Invalid value: "new-policy": taken');
  await expect(item).toContainText('from server');
  // Beside the field in the form, exactly as a client-side error.
  await expect(editor.name).toHaveAttribute('aria-invalid', 'true');
  await expect(editor.name).toHaveAccessibleDescription(/Invalid value: "new-policy": taken/);
  await expect
    .poll(async () => (await editor.previewMarkers()).map((m) => m.message))
    .toContain('metadata.name: Invalid value: "new-policy": taken');

  await editor.name.fill('changed');
  await expect(editor.summary.getByRole('listitem')).toHaveCount(0);
});

test('a network failure says the server could not be reached', async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.goto();
  await page.route('**/networkpolicies*', (route) => route.abort('connectionrefused'));
  await editor.createButton.click();
  await expect(editor.serverResponse.getByRole('alert')).toContainText('Could not reach the server:');
});

test('a new draft starts in the namespace in use, Create says where it posts, and a draft with work stays put', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const editor = new EditorPage(page);
  await editor.goto();
  await expect(editor.namespaceInUse).toHaveValue('default');
  await expect(editor.submitWhere).toHaveText('Creates in namespace default on cluster demo:');
  await expect(editor.submitGroup).toContainText('POST /apis/networking.k8s.io/v1/namespaces/default/networkpolicies');

  // The untouched draft follows the header's namespace; so does Start over.
  await editor.namespaceInUse.selectOption('payments');
  await expect(editor.namespace).toHaveValue('payments');
  await expect(editor.submitWhere).toHaveText('Creates in namespace payments on cluster demo:');
  await editor.name.fill('ns-follow');
  await editor.namespaceInUse.selectOption('default');
  // A draft with work in it is never moved behind the operator's back: it is pointed out instead.
  await expect(editor.namespace).toHaveValue('payments');
  const note = editor.submitGroup.getByTestId('namespace-mismatch');
  await expect(note).toHaveText(/^The draft's namespace is payments, not the namespace in use \(default\)\./);
  await expectAccessible(page, 'draft namespace differs from the namespace in use');
  await expect(editor.submitWhere).toHaveText('Creates in namespace payments on cluster demo:');
  await note.getByRole('button', { name: 'Use default' }).click();
  await expect(editor.namespace).toHaveValue('default');
  await expect(editor.name).toHaveValue('ns-follow');
  await expect(note).toBeHidden();

  // No namespace in the draft: valid, and posted to the namespace in use (kubectl's context namespace).
  await editor.namespace.fill('');
  await expect(editor.summary).toContainText('No errors');
  await expect(editor.submitWhere).toHaveText(
    'Creates in namespace default (the namespace in use; the draft names none) on cluster demo:',
  );
  await editor.dryRun.check();
  await editor.createButton.click();
  await expect(editor.responseStatus).toHaveText('201 Created');
  expect(JSON.parse(await editor.responseBody()).metadata.namespace).toBe('default');

  await editor.namespaceInUse.selectOption('payments');
  await editor.startOver();
  await expect(editor.name).toHaveValue('new-policy');
  await expect(editor.namespace).toHaveValue('payments');
  // A namespace typed into the new draft is work too: it is not moved either.
  await editor.namespace.fill('shop');
  await editor.namespaceInUse.selectOption('default');
  await expect(note).toBeVisible();
  await expect(editor.namespace).toHaveValue('shop');
});

test("the apiserver's warnings show as you type without blocking Create, and the answer's Warning headers are listed", async ({
  page,
}) => {
  test.setTimeout(180_000);
  const editor = new EditorPage(page);
  const form = new PolicyFormObject(page);
  await editor.goto();
  await editor.name.fill('warned');
  await form.addIngressRule();
  const cidr = await form.addIpBlockPeer(1, '2001:DB8::/32');
  const message =
    'spec.ingress[0].from[0].ipBlock.cidr: IPv6 CIDR value "2001:DB8::/32" should be in RFC 5952 canonical format ("2001:db8::/32")';
  const warnings = editor.summary.getByRole('list', { name: 'Warnings' });
  await expect(warnings).toHaveText(`Warning: ${message}`);
  await expect(editor.summary).toContainText('No errors');
  await expect(editor.createButton).toBeEnabled();
  // A warning marker (not an error) on the CIDR's text.
  await expect
    .poll(async () => (await editor.previewMarkers('netpol-warnings')).map((m) => m.message))
    .toEqual([message]);
  const [marker] = await editor.previewMarkers('netpol-warnings');
  const line = (await editor.previewText()).split('\n')[(marker?.startLineNumber ?? 0) - 1] ?? '';
  expect(line.slice((marker?.startColumn ?? 0) - 1, (marker?.endColumn ?? 0) - 1)).toContain('2001:DB8::/32');
  expect(await editor.previewMarkers()).toEqual([]);
  await expectAccessible(page, 'apiserver warnings in the summary');

  // The server answers with exactly the warning the editor predicted.
  await editor.dryRun.check();
  await editor.createButton.click();
  await expect(editor.responseStatus).toHaveText('201 Created');
  const serverWarnings = editor.serverResponse.getByRole('list', { name: 'Warnings from the server' });
  await expect(serverWarnings).toHaveText(`Warning: ${message}`);

  await cidr.fill('2001:db8::/32');
  await expect(warnings).toHaveCount(0);

  // The server's own Warning headers: an unknown field is accepted with a warning (fieldValidation=Warn).
  const draft = JSON.parse(await editor.previewText());
  await editor.setMonacoText(JSON.stringify({ ...draft, spec: { ...draft.spec, foo: 1 } }, null, 2));
  await expect(editor.summary).toContainText('No errors');
  await editor.createButton.click();
  await expect(serverWarnings).toHaveText('Warning: unknown field "spec.foo"');
  await expect(editor.responseStatus).toHaveText('201 Created');
  await expectAccessible(page, "the server's Warning headers listed");
});

test('while Create runs the page says so; the answer body is in a read-only code editor; Pretty asks for indented JSON', async ({
  page,
}) => {
  const editor = new EditorPage(page);
  await editor.goto();
  await editor.name.fill('slow-answer');
  await editor.dryRun.check();
  // Hold the request until the loading state has been seen (no timing involved).
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route('**/networkpolicies*', async (route) => {
    await held;
    await route.continue();
  });
  await editor.createButton.click();
  const creating = page.getByRole('button', { name: 'Creating…' });
  await expect(creating).toBeDisabled();
  await expect(editor.serverResponse).toHaveAttribute('aria-busy', 'true');
  await expect(editor.serverResponse.getByRole('status')).toContainText(
    'Sending POST /apis/networking.k8s.io/v1/namespaces/default/networkpolicies?dryRun=All&pretty=false',
  );
  release();
  await expect(editor.responseStatus).toHaveText('201 Created');
  await expect(editor.serverResponse).toHaveAttribute('aria-busy', 'false');
  await expect(editor.createButton).toBeEnabled();
  const compact = await editor.responseBody();
  expect(compact.trimEnd()).not.toContain('\n');
  await expect.poll(async () => (await editor.responseEditor())?.text).toBe(compact);
  expect((await editor.responseEditor())?.readOnly).toBe(true);

  await editor.pretty.check();
  await editor.createButton.click();
  await expect(editor.serverResponse).toContainText('dryRun=All&pretty=true');
  await expect.poll(async () => (await editor.responseBody()).startsWith('{\n  "kind": "NetworkPolicy"')).toBe(true);
  expect(JSON.parse(await editor.responseBody()).metadata.name).toBe('slow-answer');
});
