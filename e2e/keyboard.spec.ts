// Creating a full policy with the keyboard only (Tab, Shift+Tab, Enter, Space, arrow keys and
// typing; no pointer), with a visible focus outline, and the demo cluster's 201 answer checked.
// (The preview's own keyboard checks are in preview-keyboard.spec.ts.)
import { expect, test } from '@playwright/test';
import { EditorPage } from './editor-page';
import { PolicyFormObject } from './policy-form';
import { deletePolicy } from './support-a11y/drafts';
import { chooseOption, focusOutline, press, tabTo, typeInto } from './support-a11y/keyboard';

test('a full policy is created with the keyboard only, focus always visible', async ({ page, request }) => {
  const editor = new EditorPage(page);
  const form = new PolicyFormObject(page);
  await editor.goto();
  await editor.waitForMonaco();

  // Metadata.
  await typeInto(page, editor.name, 'keyboard-made');
  expect(await focusOutline(editor.name)).toEqual({ style: 'solid', width: '2px', focused: true });
  await typeInto(page, editor.namespace, 'shop');
  await page.keyboard.press('Escape'); // closes the namespace suggestions, if shown

  // Pod selector: app=cart.
  const podSelector = form.group('Pod selector (spec.podSelector): the pods this policy applies to');
  const addMatch = podSelector.getByRole('button', { name: 'Add match label' });
  await tabTo(page, addMatch);
  expect(await focusOutline(addMatch)).toEqual({ style: 'solid', width: '2px', focused: true });
  await page.keyboard.press('Enter');
  await typeInto(page, form.field('Pod selector, label 1, key'), 'app');
  await typeInto(page, form.field('Pod selector, label 1, value'), 'cart');

  // Policy types: Ingress and Egress, set explicitly.
  const types = form.group('Policy types (spec.policyTypes)');
  await press(page, types.getByRole('checkbox', { name: "Leave to the server's default" }), 'Space');
  const ingressType = types.getByRole('checkbox', { name: 'Ingress', exact: true });
  const egressType = types.getByRole('checkbox', { name: 'Egress', exact: true });
  await expect(ingressType).toBeChecked();
  await tabTo(page, egressType);
  if (!(await egressType.isChecked())) await page.keyboard.press('Space');
  await expect(egressType).toBeChecked();

  // Ingress rule 1: from pods app=frontend in namespaces team=storefront, on TCP 8080.
  await press(page, page.getByRole('button', { name: 'Add ingress rule' }));
  const ingress = form.group('Ingress rule 1');
  await press(page, ingress.getByRole('button', { name: 'Add peer' }));
  const peer = 'Ingress rule 1, peer 1';
  await chooseOption(page, form.field(`${peer}, kind`), 'Pods AND namespaces (both selectors in one peer)');
  for (const [legend, which, key, value] of [
    ['Pod selector', 'pod selector', 'app', 'frontend'],
    ['AND namespace selector', 'namespace selector', 'team', 'storefront'],
  ] as const) {
    const ctx = `${peer}, ${which}`;
    const selector = form.group(peer).getByRole('group', { name: legend, exact: true });
    await press(page, selector.getByRole('button', { name: 'Add match label' }));
    await typeInto(page, form.field(`${ctx}, label 1, key`), key);
    await typeInto(page, form.field(`${ctx}, label 1, value`), value);
  }
  await press(page, ingress.getByRole('button', { name: 'Add port' }));
  await chooseOption(page, form.field('Ingress rule 1, port 1, protocol'), 'TCP');
  await typeInto(page, form.field('Ingress rule 1, port 1, port'), '8080');

  // Egress rule 1: to 10.0.0.0/8 except 10.1.0.0/16, on UDP 53.
  await press(page, page.getByRole('button', { name: 'Add egress rule' }));
  const egress = form.group('Egress rule 1');
  await press(page, egress.getByRole('button', { name: 'Add peer' }));
  const epeer = 'Egress rule 1, peer 1';
  await chooseOption(page, form.field(`${epeer}, kind`), 'IP block (ipBlock)');
  await typeInto(page, form.field(`${epeer}, IP block, CIDR`), '10.0.0.0/8');
  await press(page, form.group(epeer).getByRole('button', { name: 'Add exception' }));
  await typeInto(page, form.field(`${epeer}, IP block, except 1`), '10.1.0.0/16');
  await press(page, egress.getByRole('button', { name: 'Add port' }));
  await chooseOption(page, form.field('Egress rule 1, port 1, protocol'), 'UDP');
  await typeInto(page, form.field('Egress rule 1, port 1, port'), '53');

  await expect(editor.summary).toContainText('No errors');

  // Create: reached by Tab (through the preview, whose editor lets Tab move focus on).
  const answer = page.waitForResponse(
    (r) => r.request().method() === 'POST' && r.url().includes('/namespaces/shop/networkpolicies'),
  );
  await press(page, editor.createButton);
  expect((await answer).status()).toBe(201);
  await expect(editor.responseStatus).toHaveText('201 Created');
  const created = JSON.parse(await editor.responseBody());
  expect(created.metadata).toMatchObject({ name: 'keyboard-made', namespace: 'shop' });
  expect(created.spec).toEqual({
    podSelector: { matchLabels: { app: 'cart' } },
    policyTypes: ['Ingress', 'Egress'],
    ingress: [
      {
        from: [
          {
            namespaceSelector: { matchLabels: { team: 'storefront' } },
            podSelector: { matchLabels: { app: 'frontend' } },
          },
        ],
        ports: [{ protocol: 'TCP', port: 8080 }],
      },
    ],
    egress: [
      {
        to: [{ ipBlock: { cidr: '10.0.0.0/8', except: ['10.1.0.0/16'] } }],
        ports: [{ protocol: 'UDP', port: 53 }],
      },
    ],
  });

  // The cluster stored exactly that.
  const stored = await page.request.get('/apis/networking.k8s.io/v1/namespaces/shop/networkpolicies/keyboard-made');
  expect(stored.status()).toBe(200);
  expect((await stored.json()).spec).toEqual(created.spec);
  await deletePolicy(request, 'shop', 'keyboard-made');
});
