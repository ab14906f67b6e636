// The namespace picker is filled from GET /api/v1/namespaces; when that fails the page says so.
import { expect, test } from '@playwright/test';
import { EditorPage } from './editor-page';

test("the namespace picker offers the cluster's namespaces", async ({ page }) => {
  const editor = new EditorPage(page);
  const answer = page.waitForResponse((r) => new URL(r.url()).pathname === '/api/v1/namespaces');
  await editor.goto();
  const list = (await (await answer).json()) as { items: { metadata: { name: string } }[] };
  const names = list.items.map((i) => i.metadata.name);
  expect(names).toContain('default');
  const listId = await editor.namespace.getAttribute('list');
  expect(listId).not.toBeNull();
  for (const name of names) {
    await expect(page.locator(`datalist[id="${listId}"] option[value="${name}"]`)).toBeAttached();
  }
});

test('a failed namespace list is reported and the namespace can still be typed', async ({ page }) => {
  await page.route('**/api/v1/namespaces', (route) => route.abort('connectionrefused'));
  const editor = new EditorPage(page);
  await editor.goto();
  await expect(page.getByText("Could not load the cluster's namespaces")).toBeVisible({ timeout: 20_000 });
  await editor.namespace.fill('team-a');
  await expect(page.getByRole('group', { name: 'Submit' })).toContainText('namespaces/team-a/networkpolicies');
});
