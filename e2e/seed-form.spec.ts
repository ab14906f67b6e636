// The seed's example request, built through the form only, is exactly what the JSON preview shows.
import { expect, test } from '@playwright/test';
import { applyNetworkPolicyDefaults } from '../src/k8s/networking/defaults';
import { EditorPage } from './editor-page';
import { PolicyFormObject } from './policy-form';
import { SEED_POLICY } from './seed-policy';

test('building the seed example through the form gives it in the JSON preview', async ({ page }) => {
  const editor = new EditorPage(page);
  const form = new PolicyFormObject(page);
  await editor.goto();

  await editor.name.fill('test-network-policy');
  await editor.namespace.fill('default');
  await form.addLabel('app', 'nginx');
  await form.addMatchLabel(
    form.group('Pod selector (spec.podSelector): the pods this policy applies to'),
    'Pod selector',
    'app',
    'nginx',
  );
  await form.addIngressRule();
  await form.addPodPeer(1, 'app', 'naginx1');
  await form.addPort(1, 'TCP', '6379');

  await expect(editor.tab('JSON')).toHaveAttribute('aria-selected', 'true');
  await expect.poll(async () => JSON.parse(await editor.previewText())).toEqual(SEED_POLICY);
  const preview = JSON.parse(await editor.previewText());
  // The defaulting the apiserver (and the validator) applies, made explicit: policyTypes only.
  expect(applyNetworkPolicyDefaults(preview)).toEqual({
    ...SEED_POLICY,
    spec: { ...SEED_POLICY.spec, policyTypes: ['Ingress'] },
  });
  await expect(editor.summary).toContainText('No errors');
  await expect(editor.createButton).toBeEnabled();

  // The YAML tab shows the same object.
  await editor.tab('YAML').click();
  await expect
    .poll(async () => (await editor.previewText()).startsWith('apiVersion: networking.k8s.io/v1\n'))
    .toBe(true);
});
