// The review panel against the demo cluster: the seed example explained, affected-pod counts
// computed here from the cluster's own pods, and a matrix cell flipping when a rule is added.
import { expect, test, type APIRequestContext } from '@playwright/test';
import { explainNetworkPolicy } from '../src/k8s/networking/semantics';
import type { NetworkPolicy } from '../src/k8s/networking/types';
import { PolicyFormObject } from './policy-form';
import { ReviewPage } from './review-page';
import { SEED_POLICY } from './seed-policy';

interface Obj {
  metadata: { name: string; namespace?: string; labels?: Record<string, string> };
}

async function list(request: APIRequestContext, path: string): Promise<Obj[]> {
  const res = await request.get(path);
  expect(res.ok()).toBe(true);
  return ((await res.json()) as { items: Obj[] }).items;
}

/** matchLabels semantics, written out independently of the engine. */
const matches = (labels: Record<string, string> | undefined, want: Record<string, string>): boolean =>
  Object.entries(want).every(([k, v]) => labels?.[k] === v);

const nsLabels = (ns: Obj): Record<string, string> => ({
  ...ns.metadata.labels,
  'kubernetes.io/metadata.name': ns.metadata.name,
});

test("the seed's example policy is explained in plain language", async ({ page }) => {
  const review = new ReviewPage(page);
  await review.editor.goto();
  await review.loadDraft(SEED_POLICY);
  const panel = await review.open('Explanation');
  // The panel shows the engine's explanation of the seed verbatim, rule by rule ...
  const expected = explainNetworkPolicy(SEED_POLICY as unknown as NetworkPolicy);
  await expect(panel).toContainText(`${expected.policy} selects ${expected.selectedPods}.`);
  await expect(panel).toContainText(expected.ingress.summary);
  for (const rule of expected.ingress.rules) await expect(panel).toContainText(rule.text);
  await expect(panel).toContainText(expected.egress.summary);
  // ... and that explanation says what the seed means, in words written here independently.
  await expect(panel).toContainText(
    'default/test-network-policy selects pods in namespace "default" labelled app=nginx.',
  );
  await expect(panel).toContainText('policyTypes is not set; the API server defaults it to [Ingress].');
  await expect(panel).toContainText('Selected pods are isolated for ingress.');
  const rule = panel.getByRole('list', { name: 'Ingress rules' }).getByRole('listitem');
  await expect(rule).toHaveCount(1);
  await expect(rule).toContainText(
    'Rule 1 allows incoming connections from pods labelled app=naginx1 in namespace "default"',
  );
  await expect(rule).toContainText('6379/TCP');
  await expect(rule).toContainText('The peer AND the port must both match.');
  await expect(panel).toContainText('Does not affect egress traffic');
  await expect(panel).toContainText(
    'Any other ingress traffic of the selected pods (not matched by a rule above) is denied',
  );
  // Everything `kubectl describe networkpolicy` prints is there too.
  await panel.getByText('As kubectl describe networkpolicy shows it').click();
  const describe = panel.locator('pre');
  await expect(describe).toBeVisible();
  await expect(describe).toContainText('PodSelector:     app=nginx');
  await expect(describe).toContainText(
    'Allowing ingress traffic:\n    To Port: 6379/TCP\n    From:\n      PodSelector: app=naginx1',
  );
  await expect(describe).toContainText('Not affecting egress traffic');
  await expect(describe).toContainText('Policy Types: Ingress');

  // The diagram says the same as an image with a text alternative.
  const diagram = await review.open('Diagram');
  await expect(diagram.getByRole('img')).toHaveAccessibleName(
    /Ingress rule 1: from pods labelled app=naginx1 in namespace "default" .* to the selected pods on port 6379\/TCP\./,
  );
  await expect(diagram.getByRole('img')).toHaveAccessibleName(/Egress: Egress not restricted by this policy\./);
  await review.open('Explanation');

  // The explanation follows the draft: rename it in the form.
  await review.editor.name.fill('renamed-policy');
  await expect(panel).toContainText('default/renamed-policy selects pods');
});

test('affected pods: "matches N of M" for the podSelector and each peer, from the demo cluster', async ({
  page,
  request,
}) => {
  const pods = await list(request, '/api/v1/pods');
  const namespaces = await list(request, '/api/v1/namespaces');
  const policy = {
    apiVersion: 'networking.k8s.io/v1',
    kind: 'NetworkPolicy',
    metadata: { name: 'backend-ingress', namespace: 'shop' },
    spec: {
      podSelector: { matchLabels: { tier: 'backend' } },
      ingress: [
        {
          from: [
            { podSelector: { matchLabels: { app: 'frontend' } } },
            { namespaceSelector: { matchLabels: { team: 'platform' } } },
          ],
        },
      ],
    },
  };
  // Expected counts, from the cluster's pods as the server lists them.
  const inShop = pods.filter((p) => p.metadata.namespace === 'shop');
  const selected = inShop.filter((p) => matches(p.metadata.labels, { tier: 'backend' }));
  const frontends = inShop.filter((p) => matches(p.metadata.labels, { app: 'frontend' }));
  const platformNs = new Set(
    namespaces.filter((n) => matches(nsLabels(n), { team: 'platform' })).map((n) => n.metadata.name),
  );
  const platformPods = pods.filter((p) => platformNs.has(p.metadata.namespace ?? ''));
  expect(selected.length).toBeGreaterThan(0);
  expect(platformPods.length).toBeGreaterThan(0);

  const review = new ReviewPage(page);
  await review.editor.goto();
  await review.loadDraft(policy);
  const panel = await review.open('Affected pods');
  await expect(review.affected('Selected pods')).toHaveAccessibleName(
    `Selected pods: matches ${selected.length} of ${inShop.length} pods in namespace "shop"`,
  );
  await expect(review.affected('Ingress rule 1, peer 1')).toHaveAccessibleName(
    `Ingress rule 1, peer 1: matches ${frontends.length} of ${pods.length} pods in the cluster`,
  );
  await expect(review.affected('Ingress rule 1, peer 2')).toHaveAccessibleName(
    `Ingress rule 1, peer 2: matches ${platformPods.length} of ${pods.length} pods in the cluster`,
  );
  // Expanding the podSelector entry lists exactly the selected pods.
  await review
    .affected('Selected pods')
    .getByText(/^matches /)
    .click();
  const listed = panel.getByRole('list', { name: 'Pods matched by spec.podSelector' }).getByRole('listitem');
  await expect(listed).toHaveCount(selected.length);
  for (const p of selected) await expect(listed.filter({ hasText: `shop/${p.metadata.name}` })).toHaveCount(1);
});

test('a matrix cell flips when a rule is added through the form, and says why', async ({ page, request }) => {
  const pods = await list(request, '/api/v1/pods');
  const key = (labels: Record<string, string>) => {
    const p = pods.find((x) => x.metadata.namespace === 'shop' && matches(x.metadata.labels, labels));
    if (p === undefined) throw new Error(`no shop pod with ${JSON.stringify(labels)}`);
    return `shop/${p.metadata.name}`;
  };
  const frontend = key({ app: 'frontend' });
  const checkout = key({ app: 'checkout' });
  const cart = key({ app: 'cart' });

  const workers: string[] = [];
  page.on('worker', (w) => workers.push(w.url()));
  const review = new ReviewPage(page);
  const form = new PolicyFormObject(page);
  await review.editor.goto();
  // Cart isolated for ingress with no rules: nothing may reach it.
  await review.loadDraft({
    apiVersion: 'networking.k8s.io/v1',
    kind: 'NetworkPolicy',
    metadata: { name: 'cart-lockdown', namespace: 'shop' },
    spec: { podSelector: { matchLabels: { app: 'cart' } }, policyTypes: ['Ingress'] },
  });
  await review.open('Traffic simulation');
  await expect(review.cell(frontend, cart, 'denied')).toBeVisible();
  await expect(review.cell(checkout, cart, 'denied')).toBeVisible();
  // The matrix comes from the Web Worker, not the main thread.
  expect(workers.some((u) => u.includes('matrix.worker'))).toBe(true);
  await review.cell(frontend, cart, 'denied').click();
  await expect(review.why).toContainText('isolated for ingress by shop/cart-lockdown (the draft)');
  await expect(review.why).toContainText('no ingress rule of that policy matches this connection: denied.');

  // Add an ingress rule from app=frontend through the form: frontend -> cart flips to allowed,
  // checkout -> cart stays denied.
  await form.addIngressRule();
  await form.addPodPeer(1, 'app', 'frontend');
  await expect(review.cell(frontend, cart, 'allowed')).toBeVisible();
  await expect(review.cell(checkout, cart, 'denied')).toBeVisible();
  await expect(review.matrixStatus).not.toContainText('Computing');
  await review.cell(frontend, cart, 'allowed').click();
  await expect(review.why).toContainText(
    'allowed by shop/cart-lockdown (the draft) ingress rule 1 (spec.ingress[0].from[0], no ports (every port))',
  );

  // The before view shows the cluster without the draft (no policy isolates cart there).
  await review.region.getByRole('radio', { name: 'Before (cluster as it is)' }).check();
  await expect(review.cell(checkout, cart, 'allowed')).toBeVisible();
  // The diff view marks what the draft changes, and what it leaves alone.
  await review.region.getByRole('radio', { name: 'Diff (changes highlighted)' }).check();
  await expect(
    review.region.getByRole('button', { name: `${checkout} to ${cart}: denied (was allowed)` }),
  ).toBeVisible();
  await expect(
    review.region.getByRole('button', { name: `${frontend} to ${cart}: allowed (unchanged)` }),
  ).toBeVisible();
  await expect(
    review.region.getByRole('button', { name: `${cart} to ${checkout}: allowed (unchanged)` }),
  ).toBeVisible();
});

test('warnings name each common mistake in the draft, with counts from the demo cluster', async ({ page, request }) => {
  const pods = (await list(request, '/api/v1/pods')) as (Obj & { status?: { podIP?: string } })[];
  const inShop = pods.filter((p) => p.metadata.namespace === 'shop');
  const in10244 = pods.filter((p) => (p.status?.podIP ?? '').startsWith('10.244.'));
  expect(in10244.length).toBeGreaterThan(0);
  const review = new ReviewPage(page);
  await review.editor.goto();
  await review.loadDraft({
    apiVersion: 'networking.k8s.io/v1',
    kind: 'NetworkPolicy',
    metadata: { name: 'risky', namespace: 'shop' },
    spec: {
      podSelector: {},
      policyTypes: ['Ingress', 'Egress'],
      ingress: [{ ports: [{ port: 'no-such-port' }] }],
      egress: [
        {
          to: [{ ipBlock: { cidr: '10.244.0.0/16' } }, { ipBlock: { cidr: '192.168.0.0/16', except: ['10.0.0.0/8'] } }],
          ports: [{ port: 443 }],
        },
      ],
    },
  });
  const panel = await review.open('Warnings');
  const items = panel.getByRole('list', { name: 'Warnings' }).getByRole('listitem');
  const item = (code: string, field: string) => items.filter({ hasText: `(${code})` }).filter({ hasText: field });
  await expect(item('EmptyPodSelector', 'spec.podSelector')).toContainText(
    `selects every pod in namespace "shop" (${inShop.length} pod(s) now)`,
  );
  await expect(item('PortsWithoutPeers', 'spec.ingress[0]')).toContainText('opens those ports from every source');
  await expect(item('NamedPortNotFound', 'spec.ingress[0].ports[0].port')).toContainText(
    `no selected pod (${inShop.length} checked) has a TCP container port named "no-such-port"`,
  );
  await expect(item('IPBlockOverlapsPods', 'spec.egress[0].to[0].ipBlock.cidr')).toContainText(
    `contains the IPs of ${in10244.length} pod(s)`,
  );
  await expect(item('ExceptOutsideCIDR', 'spec.egress[0].to[1].ipBlock.except[0]')).toContainText(
    'is not a strict subset of cidr "192.168.0.0/16": it excludes nothing',
  );
  await expect(item('EgressWithoutDNS', 'spec.egress')).toContainText('name lookups from these pods will fail');
  // The explanation states the ipBlock caveat for the same draft.
  const explanation = await review.open('Explanation');
  await expect(explanation.getByRole('note')).toContainText('depends on the network plugin');

  // A careful policy has none of these.
  await review.loadDraft({
    apiVersion: 'networking.k8s.io/v1',
    kind: 'NetworkPolicy',
    metadata: { name: 'careful', namespace: 'shop' },
    spec: {
      podSelector: { matchLabels: { app: 'cart' } },
      ingress: [{ from: [{ podSelector: { matchLabels: { app: 'frontend' } } }], ports: [{ port: 'grpc' }] }],
    },
  });
  const again = await review.open('Warnings');
  await expect(again.getByRole('status')).toHaveText('No warnings.');
});

test('the diagram follows the form as a rule is added', async ({ page }) => {
  const review = new ReviewPage(page);
  const form = new PolicyFormObject(page);
  await review.editor.goto();
  await review.loadDraft(SEED_POLICY);
  const diagram = (await review.open('Diagram')).getByRole('img');
  await expect(diagram).toHaveAccessibleName(/Ingress rule 1: from pods labelled app=naginx1/);
  await expect(diagram).not.toHaveAccessibleName(/Ingress rule 2/);
  await form.addIngressRule();
  await form.addPodPeer(2, 'app', 'frontend');
  await expect(diagram).toHaveAccessibleName(
    /Ingress rule 2: from pods labelled app=frontend in namespace "default" .* to the selected pods on every port/,
  );
});

test('the simulation follows the chosen port, protocol and namespaces', async ({ page, request }) => {
  const pods = await list(request, '/api/v1/pods');
  const key = (ns: string, labels: Record<string, string>) => {
    const p = pods.find((x) => x.metadata.namespace === ns && matches(x.metadata.labels, labels));
    if (p === undefined) throw new Error(`no ${ns} pod with ${JSON.stringify(labels)}`);
    return `${ns}/${p.metadata.name}`;
  };
  const frontend = key('shop', { app: 'frontend' });
  const checkout = key('shop', { app: 'checkout' });
  const cart = key('shop', { app: 'cart' });
  const payments = key('payments', { app: 'payments-api' });

  const review = new ReviewPage(page);
  await review.editor.goto();
  await review.loadDraft({
    apiVersion: 'networking.k8s.io/v1',
    kind: 'NetworkPolicy',
    metadata: { name: 'cart-grpc', namespace: 'shop' },
    spec: {
      podSelector: { matchLabels: { app: 'cart' } },
      ingress: [{ from: [{ podSelector: { matchLabels: { app: 'frontend' } } }], ports: [{ port: 7070 }] }],
    },
  });
  const panel = await review.open('Traffic simulation');
  const port = panel.getByRole('spinbutton', { name: 'Port' });
  const protocol = panel.getByRole('combobox', { name: 'Protocol' });
  // The probe starts at the draft's first port.
  await expect(port).toHaveValue('7070');
  await expect(review.cell(frontend, cart, 'allowed')).toBeVisible();
  await expect(review.cell(checkout, cart, 'denied')).toBeVisible();
  await port.fill('7071');
  await expect(review.cell(frontend, cart, 'denied')).toBeVisible();
  await port.fill('7070');
  await expect(review.cell(frontend, cart, 'allowed')).toBeVisible();
  await protocol.selectOption('UDP');
  await expect(review.cell(frontend, cart, 'denied')).toBeVisible();
  await protocol.selectOption('TCP');
  await expect(review.cell(frontend, cart, 'allowed')).toBeVisible();
  // Adding a namespace adds its pods; they are not allowed into cart either.
  await expect(review.cell(payments, cart, 'denied')).toHaveCount(0);
  await panel.getByRole('checkbox', { name: 'payments' }).check();
  await expect(review.cell(payments, cart, 'denied')).toBeVisible();
  await expect(review.matrixStatus).not.toContainText('Computing');
});
