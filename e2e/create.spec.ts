// Submitting to the demo cluster: 201 with the stored object, 409 AlreadyExists on a repeat,
// dry run, Status causes mapped onto fields, and a network failure said clearly.
import { expect, test } from '@playwright/test';
import { EditorPage } from './editor-page';
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
