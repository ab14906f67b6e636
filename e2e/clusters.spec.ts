// Real clusters through the bridge: the HTTPS "remote cluster" test server and its kubeconfig,
// and the app's own server started on them (beforeAll), so this runs in the default Playwright
// run. Switch clusters, create / list / open / save / conflict / overwrite / delete on `remote` and
// on the demo cluster, 401 on `remote-expired` and `remote-exec-fails`, 403 on `remote-viewer`,
// unreachable on `remote-down` and `remote-wrong-ca`, a token file on `remote-token-file`.
import { expect, test, type APIRequestContext } from '@playwright/test';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ClustersPage, startAndWait, stop } from './clusters-page';
import { EditorPage } from './editor-page';

let dir = '';
let remote: ChildProcess | undefined;
let app: ChildProcess | undefined;
let appUrl = '';

test.beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'netpol-e2e-clusters-'));
  const kubeconfig = path.join(dir, 'kubeconfig');
  [remote] = await startAndWait(
    [
      '--import',
      'tsx',
      'src/server/bridge/testing/remote-cluster-main.ts',
      '--port',
      '0',
      '--kubeconfig-out',
      kubeconfig,
    ],
    /remote cluster listening on/,
  );
  const [child, m] = await startAndWait(
    ['scripts/start.js', '--port', '0', '--in-memory', '--kubeconfig', kubeconfig],
    /listening on (http:\/\/127\.0\.0\.1:\d+)/,
    { NETPOL_SKIP_BUILD: process.env.NETPOL_SKIP_BUILD ?? '0' },
  );
  app = child;
  appUrl = m[1] ?? '';
});

test.afterAll(async () => {
  await stop(app);
  await stop(remote);
  if (dir !== '') rmSync(dir, { recursive: true, force: true });
});

type StoredPolicy = Record<string, unknown> & {
  metadata: Record<string, unknown> & { labels?: Record<string, string> };
};

const policyUrl = (cluster: string, name: string) =>
  `${appUrl}/clusters/${cluster}/apis/networking.k8s.io/v1/namespaces/default/networkpolicies/${name}`;

async function getPolicy(request: APIRequestContext, name: string): Promise<{ status: number; body: StoredPolicy }> {
  const res = await request.get(policyUrl('remote', name));
  return { status: res.status(), body: (await res.json()) as StoredPolicy };
}

async function openApp(page: import('@playwright/test').Page): Promise<[EditorPage, ClustersPage]> {
  const editor = new EditorPage(page);
  await page.addInitScript(() => {
    (window as unknown as { __NETPOL_TEST__: boolean }).__NETPOL_TEST__ = true;
  });
  await page.goto(appUrl);
  await expect(editor.heading).toBeVisible();
  page.on('dialog', (d) => void d.accept());
  return [editor, new ClustersPage(page)];
}

test('the demo cluster lists its policies with pods, rule counts and age, and saves an opened one', async ({
  page,
  request,
}) => {
  const [editor, clusters] = await openApp(page);
  // Started with a kubeconfig: its current-context is selected.
  await expect(clusters.clusterSelect).toHaveValue('remote');
  await clusters.selectCluster('demo');
  await expect(clusters.server).toHaveText('this server (built-in demo cluster)');
  await expect(clusters.connection).toHaveText('Connected (v1.33)');
  await expect(clusters.namespaceInUse).toHaveValue('default');
  await expect(clusters.policies.getByRole('heading')).toHaveText('Policies in default');
  await expect(clusters.policies).toContainText('No NetworkPolicies in default.');
  // The seed's policies are in payments.
  await clusters.selectNamespace('payments');
  await expect(clusters.policies.getByRole('heading')).toHaveText('Policies in payments');
  const deny = clusters.row('default-deny-all');
  await expect(deny).toBeVisible();
  const cells = deny.getByRole('cell');
  await expect(cells.nth(0)).toHaveText(/^\d+ pods?$/);
  await expect(cells.nth(0)).not.toHaveText('0 pods');
  await expect(cells.nth(1)).toHaveText('0 (deny all)');
  await expect(cells.nth(3)).toHaveText(/^\d+(s|m|m\d+s|h|h\d+m|d|d\d+h|y)$/);
  await expect(clusters.row('allow-dns')).toBeVisible();
  await expect(clusters.row('payments-api-from-checkout')).toBeVisible();

  // Open, change and save work the same on the demo cluster.
  await clusters.openInEditor('allow-dns');
  await expect(editor.name).toHaveValue('allow-dns');
  const opened = JSON.parse(await editor.previewText());
  await editor.setMonacoText(
    JSON.stringify({ ...opened, metadata: { ...opened.metadata, labels: { edited: 'demo' } } }, null, 2),
  );
  await clusters.saveButton.click();
  await expect(clusters.saveBar.getByRole('status')).toContainText('Saved (200 OK): payments/allow-dns');
  const stored = await request.get(
    `${appUrl}/clusters/demo/apis/networking.k8s.io/v1/namespaces/payments/networkpolicies/allow-dns`,
  );
  expect(((await stored.json()) as StoredPolicy).metadata.labels).toEqual({ edited: 'demo' });
});

test('demo: a conflict is reloaded or overwritten knowingly, and delete asks for the name', async ({
  page,
  request,
}) => {
  const name = 'e2e-demo-conflict';
  const collection = `${appUrl}/clusters/demo/apis/networking.k8s.io/v1/namespaces/default/networkpolicies`;
  const read = async () => (await (await request.get(`${collection}/${name}`)).json()) as StoredPolicy;
  const someoneElse = async (labels: Record<string, string>) => {
    const server = await read();
    const put = await request.put(`${collection}/${name}`, {
      data: { ...server, metadata: { ...server.metadata, labels } },
    });
    expect(put.status()).toBe(200);
  };
  const created = await request.post(collection, {
    data: {
      apiVersion: 'networking.k8s.io/v1',
      kind: 'NetworkPolicy',
      metadata: { name },
      spec: { podSelector: { matchLabels: { app: 'web' } }, policyTypes: ['Ingress'] },
    },
  });
  expect(created.status()).toBe(201);

  const [editor, clusters] = await openApp(page);
  await clusters.selectCluster('demo');
  await expect(clusters.namespaceInUse).toHaveValue('default');
  await clusters.openInEditor(name);
  await expect(editor.name).toHaveValue(name);
  const opened = JSON.parse(await editor.previewText());
  const withLabels = (labels: Record<string, string>) =>
    JSON.stringify({ ...opened, metadata: { ...opened.metadata, labels } }, null, 2);

  // Changed on the server after we opened it: Save is refused with the apiserver's 409 and two choices.
  await someoneElse({ by: 'someone-else' });
  await editor.setMonacoText(withLabels({ by: 'me' }));
  await clusters.saveButton.click();
  const conflict = clusters.saveBar.getByRole('alert');
  await expect(conflict).toContainText('Conflict (409)');
  await expect(conflict).toContainText(`Operation cannot be fulfilled on networkpolicies.networking.k8s.io "${name}"`);
  await expect(clusters.saveButton).toBeDisabled();
  expect((await read()).metadata.labels).toEqual({ by: 'someone-else' });

  // Reload from server: the local edit is dropped, the server's version is in the editor.
  await conflict.getByRole('button', { name: 'Reload from server' }).click();
  await expect(clusters.saveBar.getByRole('status')).toContainText('Reloaded');
  expect(JSON.parse(await editor.previewText()).metadata.labels).toEqual({ by: 'someone-else' });
  // Saving after the reload is at the new resourceVersion: no conflict.
  const reloaded = JSON.parse(await editor.previewText());
  await editor.setMonacoText(
    JSON.stringify({ ...reloaded, metadata: { ...reloaded.metadata, labels: { by: 'me' } } }, null, 2),
  );
  await clusters.saveButton.click();
  await expect(clusters.saveBar.getByRole('status')).toContainText('Saved (200 OK)');
  expect((await read()).metadata.labels).toEqual({ by: 'me' });

  // Another conflict, resolved with Overwrite: the draft replaces the server's version.
  await someoneElse({ by: 'third' });
  await editor.setMonacoText(withLabels({ by: 'me-again' }));
  await clusters.saveButton.click();
  await expect(clusters.saveBar.getByRole('alert')).toContainText('Conflict (409)');
  expect((await read()).metadata.labels).toEqual({ by: 'third' });
  await clusters.saveBar.getByRole('button', { name: 'Overwrite' }).click();
  await expect(clusters.saveBar.getByRole('status')).toContainText('Saved (200 OK)');
  expect((await read()).metadata.labels).toEqual({ by: 'me-again' });

  // Delete: the button stays disabled until the exact name is typed; Cancel keeps the policy.
  await clusters.row(name).getByRole('button', { name: 'Delete' }).click();
  const confirm = clusters.deleteDialog.getByRole('button', { name: 'Delete' });
  await expect(clusters.deleteDialog).toContainText(`Delete NetworkPolicy ${name}?`);
  await expect(confirm).toBeDisabled();
  await clusters.deleteDialog.getByLabel(`Type ${name} to confirm`).fill(name.slice(0, -1));
  await expect(confirm).toBeDisabled();
  await clusters.deleteDialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(clusters.deleteDialog).toBeHidden();
  expect((await request.get(`${collection}/${name}`)).status()).toBe(200);
  await clusters.deletePolicy(name);
  await expect(clusters.row(name)).toHaveCount(0);
  expect((await request.get(`${collection}/${name}`)).status()).toBe(404);
  await expect(clusters.saveBar).toBeHidden();
});

test('remote: create, list, open, save, conflict then overwrite, delete', async ({ page, request }) => {
  const [editor, clusters] = await openApp(page);
  await clusters.selectCluster('remote');
  await expect(clusters.server).toHaveText(/^https:\/\/127\.0\.0\.1:\d+$/);
  await expect(clusters.connection).toHaveText('Connected (v1.33)');

  // Create through the editor: the POST goes to the remote cluster.
  await editor.name.fill('e2e-remote');
  await editor.createButton.click();
  await expect(editor.responseStatus).toHaveText('201 Created');
  await expect(editor.serverResponse).toContainText('/clusters/remote/apis/networking.k8s.io/v1/namespaces/default');
  expect((await getPolicy(request, 'e2e-remote')).status).toBe(200);
  await expect(clusters.row('e2e-remote')).toBeVisible();
  await expect(clusters.row('e2e-remote')).toContainText(/\d+ pods?/);

  // Open in editor, change, Save changes: PUT with the resourceVersion, 200.
  await clusters.openInEditor('e2e-remote');
  await expect(editor.name).toHaveValue('e2e-remote');
  await expect(clusters.saveButton).toBeVisible();
  const opened = JSON.parse(await editor.previewText());
  expect(opened.metadata.resourceVersion).toBeUndefined();
  await editor.setMonacoText(
    JSON.stringify({ ...opened, metadata: { ...opened.metadata, labels: { edit: 'one' } } }, null, 2),
  );
  await clusters.saveButton.click();
  await expect(clusters.saveBar.getByRole('status')).toContainText('Saved (200 OK)');
  expect((await getPolicy(request, 'e2e-remote')).body.metadata.labels).toEqual({ edit: 'one' });

  // Someone else changes it on the server; our save now conflicts.
  const { body: server } = await getPolicy(request, 'e2e-remote');
  const put = await request.put(policyUrl('remote', 'e2e-remote'), {
    data: { ...server, metadata: { ...server.metadata, labels: { edit: 'someone-else' } } },
  });
  expect(put.status()).toBe(200);
  await editor.setMonacoText(
    JSON.stringify({ ...opened, metadata: { ...opened.metadata, labels: { edit: 'two' } } }, null, 2),
  );
  await clusters.saveButton.click();
  const conflict = clusters.saveBar.getByRole('alert');
  await expect(conflict).toContainText('Conflict (409)');
  await expect(conflict).toContainText('changed on the server since you opened it');
  await expect(conflict.getByRole('button', { name: 'Reload from server' })).toBeVisible();
  await conflict.getByRole('button', { name: 'Overwrite' }).click();
  await expect(clusters.saveBar.getByRole('status')).toContainText('Saved (200 OK)');
  expect((await getPolicy(request, 'e2e-remote')).body.metadata.labels).toEqual({ edit: 'two' });

  // Delete with confirmation.
  await clusters.deletePolicy('e2e-remote');
  await expect(clusters.row('e2e-remote')).toHaveCount(0);
  expect((await getPolicy(request, 'e2e-remote')).status).toBe(404);
  await expect(clusters.saveBar).toBeHidden();
});

test('remote: a conflict can be resolved by reloading from the server', async ({ page, request }) => {
  const [editor, clusters] = await openApp(page);
  await clusters.selectCluster('remote');
  await editor.name.fill('e2e-reload');
  await editor.createButton.click();
  await expect(editor.responseStatus).toHaveText('201 Created');
  await clusters.openInEditor('e2e-reload');
  await expect(editor.name).toHaveValue('e2e-reload');
  await expect(clusters.saveButton).toBeVisible();
  // Reload only once the tab has stored the opened policy and the draft (the draft is saved debounced).
  await expect
    .poll(() => page.evaluate(() => [JSON.stringify({ ...sessionStorage }), JSON.stringify({ ...localStorage })]))
    .toEqual([expect.stringContaining('e2e-reload'), expect.stringContaining('e2e-reload')]);
  // A reload of the tab keeps the cluster, the namespace and the opened policy.
  await page.reload();
  await expect(clusters.clusterSelect).toHaveValue('remote');
  await expect(editor.name).toHaveValue('e2e-reload');
  await expect(clusters.saveButton).toBeVisible();
  const { body: server } = await getPolicy(request, 'e2e-reload');
  const put = await request.put(policyUrl('remote', 'e2e-reload'), {
    data: { ...server, metadata: { ...server.metadata, labels: { from: 'server' } } },
  });
  expect(put.status()).toBe(200);
  await clusters.saveButton.click();
  await clusters.saveBar.getByRole('button', { name: 'Reload from server' }).click();
  await expect(clusters.saveBar.getByRole('status')).toContainText('Reloaded');
  expect(JSON.parse(await editor.previewText()).metadata.labels).toEqual({ from: 'server' });
  await clusters.deletePolicy('e2e-reload');
});

test('remote-expired: the 401 is shown with the server message', async ({ page }) => {
  const [, clusters] = await openApp(page);
  await clusters.selectCluster('remote-expired');
  await expect(clusters.connection).toHaveText('Credentials rejected (401): Unauthorized');
  await expect(clusters.policies.getByRole('alert')).toHaveText(
    'Could not list the policies: Credentials rejected (401): Unauthorized',
  );
});

test('remote-viewer: creating is forbidden and the 403 is shown with the server message', async ({ page }) => {
  const [editor, clusters] = await openApp(page);
  await clusters.selectCluster('remote-viewer');
  await expect(clusters.connection).toHaveText('Connected (v1.33)');
  await editor.name.fill('e2e-viewer');
  await editor.createButton.click();
  await expect(editor.responseStatus).toHaveText('403 Forbidden');
  await expect(clusters.accessAlert).toContainText(
    /^Last request to remote-viewer failed: Forbidden \(403\): networkpolicies\.networking\.k8s\.io .* is forbidden: User "viewer" cannot create resource "networkpolicies"/,
  );

  // Deleting is forbidden too: the dialog says so and the policy stays.
  await clusters.selectNamespace('payments');
  await clusters.row('allow-dns').getByRole('button', { name: 'Delete' }).click();
  await clusters.deleteDialog.getByLabel('Type allow-dns to confirm').fill('allow-dns');
  await clusters.deleteDialog.getByRole('button', { name: 'Delete' }).click();
  await expect(clusters.deleteDialog.getByRole('alert')).toContainText(
    /^Could not delete it: Forbidden \(403\): .*User "viewer" cannot delete resource "networkpolicies"/,
  );
  await clusters.deleteDialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(clusters.deleteDialog).toBeHidden();
  await expect(clusters.row('allow-dns')).toBeVisible();
});

test('remote-down: the unreachable cluster is said with the bridge message', async ({ page }) => {
  const [, clusters] = await openApp(page);
  await clusters.selectCluster('remote-down');
  await expect(clusters.connection).toHaveText(
    /^Unreachable: Could not reach cluster "remote-down" at https:\/\/127\.0\.0\.1:1: /,
  );
});

test('remote-wrong-ca: a server certificate the kubeconfig CA did not sign is refused', async ({ page }) => {
  const [, clusters] = await openApp(page);
  await clusters.selectCluster('remote-wrong-ca');
  await expect(clusters.connection).toHaveText(
    /^Unreachable: Could not reach cluster "remote-wrong-ca" at https:\/\/127\.0\.0\.1:\d+: .*certificate/,
  );
});

test('remote-exec-fails: a failing exec credential plugin is a 401 naming the plugin, not its output', async ({
  page,
}) => {
  const [, clusters] = await openApp(page);
  await clusters.selectCluster('remote-exec-fails');
  await expect(clusters.connection).toHaveText(
    /^Credentials rejected \(401\): Could not get credentials for cluster "remote-exec-fails": the exec credential plugin ".+" failed; run it yourself to see why/,
  );
  await expect(clusters.connection).not.toContainText('login expired');
});

test('remote-token-file: the token is read from the file the kubeconfig names', async ({ page }) => {
  const [, clusters] = await openApp(page);
  await clusters.selectCluster('remote-token-file');
  await expect(clusters.connection).toHaveText('Connected (v1.33)');
  await clusters.selectNamespace('payments');
  await expect(clusters.row('allow-dns')).toBeVisible();
});

test('no credential or kubeconfig content ever reaches the browser', async ({ page }) => {
  const kubeconfig = JSON.parse(readFileSync(path.join(dir, 'kubeconfig'), 'utf8')) as {
    users: { user: { token?: string } }[];
    clusters: { cluster: { 'certificate-authority-data'?: string } }[];
  };
  const secrets = [
    ...kubeconfig.users.map((u) => u.user.token).filter((t): t is string => t !== undefined),
    ...kubeconfig.clusters
      .map((c) => c.cluster['certificate-authority-data']?.slice(0, 40))
      .filter((t): t is string => t !== undefined),
  ];
  expect(secrets.length).toBeGreaterThan(5);
  const seen: Promise<string>[] = [];
  page.on('response', (r) => {
    seen.push(
      r
        .text()
        .catch(() => '')
        .then((body) => `${r.url()}\n${JSON.stringify(r.headers())}\n${body}`),
    );
  });
  const [editor, clusters] = await openApp(page);
  // Every kind of answer: success, the cluster's 401 and 403, the bridge's 401 (the failing plugin
  // prints the real token on stderr), unreachable, TLS refused, a token file.
  for (const [name, state] of [
    ['remote', /^Connected \(v1\.33\)$/],
    ['remote-expired', /^Credentials rejected \(401\): Unauthorized$/],
    ['remote-exec-fails', /^Credentials rejected \(401\): Could not get credentials for cluster "remote-exec-fails"/],
    ['remote-down', /^Unreachable: Could not reach cluster "remote-down"/],
    ['remote-wrong-ca', /^Unreachable: Could not reach cluster "remote-wrong-ca"/],
  ] as const) {
    await clusters.selectCluster(name);
    await expect(clusters.connection).toHaveText(state);
  }
  await clusters.selectCluster('remote-token-file');
  await expect(clusters.connection).toHaveText('Connected (v1.33)');
  await clusters.selectCluster('remote-viewer');
  await editor.name.fill('e2e-secret-probe');
  await editor.createButton.click();
  await expect(editor.responseStatus).toHaveText('403 Forbidden');
  const responses = await Promise.all(seen);
  // The bodies were read: the bridge's own 401 and the cluster's 403 are among them.
  expect(responses.some((r) => r.includes('Could not get credentials for cluster \\"remote-exec-fails\\"'))).toBe(true);
  expect(responses.some((r) => r.includes('User \\"viewer\\" cannot create resource'))).toBe(true);
  const storage = await page.evaluate(
    () => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }),
  );
  const html = await page.content();
  for (const secret of secrets) {
    for (const [where, text] of [
      ['a response', responses.join('\n')],
      ['web storage', storage],
      ['the page', html],
    ] as const) {
      expect(text.includes(secret), `${where} holds ${secret.slice(0, 10)}…`).toBe(false);
    }
  }
});
