// Drafts and page-state helpers shared by the accessibility and screenshot specs.
import { expect, type APIRequestContext, type Page } from '@playwright/test';
import { EditorPage } from '../editor-page';
import { ReviewPage } from '../review-page';

/** Ingress and egress rules with a peer of every kind, named and numbered ports, endPort, except. */
export const RICH_POLICY = {
  apiVersion: 'networking.k8s.io/v1',
  kind: 'NetworkPolicy',
  metadata: { name: 'backend-policy', namespace: 'shop', labels: { team: 'payments' } },
  spec: {
    podSelector: {
      matchLabels: { tier: 'backend' },
      matchExpressions: [{ key: 'team', operator: 'In', values: ['storefront', 'payments'] }],
    },
    policyTypes: ['Ingress', 'Egress'],
    ingress: [
      {
        from: [
          { podSelector: { matchLabels: { app: 'frontend' } } },
          { namespaceSelector: { matchLabels: { team: 'platform' } } },
          {
            namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'monitoring' } },
            podSelector: { matchLabels: { app: 'prometheus' } },
          },
        ],
        ports: [
          { protocol: 'TCP', port: 8080 },
          { protocol: 'TCP', port: 'metrics' },
        ],
      },
    ],
    egress: [
      {
        to: [{ ipBlock: { cidr: '10.0.0.0/8', except: ['10.96.0.0/12'] } }],
        ports: [{ protocol: 'TCP', port: 30000, endPort: 32767 }],
      },
      { ports: [{ protocol: 'UDP', port: 53 }] },
    ],
  },
} as const;

/** Invalid in several places: name, label key, CIDR, port range, policy type. */
export const INVALID_POLICY = {
  apiVersion: 'networking.k8s.io/v1',
  kind: 'NetworkPolicy',
  metadata: { name: 'Bad_Name', namespace: 'shop', labels: { '-bad key': 'ok' } },
  spec: {
    podSelector: { matchLabels: { app: 'db' } },
    ingress: [{ from: [{ ipBlock: { cidr: '10.0.0.0/33' } }], ports: [{ protocol: 'TCP', port: 70000 }] }],
    egress: [{ ports: [{ protocol: 'UDP', port: 53, endPort: 10 }] }],
    policyTypes: ['Ingress', 'Egress'],
  },
} as const;

/** Opens the editor and waits for everything lazy: the Monaco preview, the tools and the review. */
export async function openEditor(page: Page): Promise<EditorPage> {
  const editor = new EditorPage(page);
  await editor.goto();
  await editor.waitForMonaco();
  await expect(page.getByRole('button', { name: 'Templates', exact: true })).toBeVisible();
  await expect(new ReviewPage(page).region).toBeVisible();
  return editor;
}

/** Replaces the draft through the Monaco preview (as a paste) and waits for the form to follow. */
export async function loadDraft(editor: EditorPage, policy: { metadata: { name: string } }): Promise<void> {
  await editor.setMonacoText(JSON.stringify(policy, null, 2));
  await expect(editor.name).toHaveValue(policy.metadata.name);
}

const NP_PATH = '/apis/networking.k8s.io/v1/namespaces';

/** Deletes one NetworkPolicy from the demo cluster (tests clean up what they create). */
export async function deletePolicy(request: APIRequestContext, namespace: string, name: string): Promise<void> {
  const res = await request.delete(`${NP_PATH}/${namespace}/networkpolicies/${name}`);
  expect([200, 404]).toContain(res.status());
}

/** Deletes every NetworkPolicy of a namespace (the demo seed has none in "default"). */
export async function clearNamespace(request: APIRequestContext, namespace: string): Promise<void> {
  const res = await request.get(`${NP_PATH}/${namespace}/networkpolicies`);
  expect(res.ok()).toBe(true);
  const items = ((await res.json()) as { items: { metadata: { name: string } }[] }).items;
  for (const p of items) await deletePolicy(request, namespace, p.metadata.name);
}
