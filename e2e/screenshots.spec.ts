// The README's screenshots, rendered by every Playwright run and saved only when the picture really
// changed (docs/screenshots/README.md): fixed 1400x900 viewport, animations off, caret hidden, the
// demo cluster back at its seed, and server-made values and measured durations pinned.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { ReviewPage } from './review-page';
import { SEED_POLICY } from './seed-policy';
import { ToolsPage } from './templates-share-page';
import { restoreSeedPolicies } from './support-a11y/demo-state';
import { INVALID_POLICY, clearNamespace, deletePolicy, loadDraft, openEditor } from './support-a11y/drafts';
import { decodePng } from './support-a11y/png';
import { keepCurrent, samePicture } from './support-a11y/screenshot-file';
import { pinMeasuredDurations, pinServerWrites, settle } from './support-a11y/stable-page';

const DIR = 'docs/screenshots';
/** Where a changed picture goes when the cluster was not at its seed (not a state to publish). */
const STALE_DIR = 'test-results/screenshots';

/** A policy for the shop demo namespace that exercises the review: pods, namespaces, DNS egress. */
const CART_POLICY = {
  apiVersion: 'networking.k8s.io/v1',
  kind: 'NetworkPolicy',
  metadata: { name: 'cart-ingress', namespace: 'shop' },
  spec: {
    podSelector: { matchLabels: { app: 'cart' } },
    policyTypes: ['Ingress', 'Egress'],
    ingress: [
      {
        from: [
          { podSelector: { matchLabels: { app: 'frontend' } } },
          { namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'monitoring' } } },
        ],
        ports: [{ protocol: 'TCP', port: 8080 }],
      },
    ],
    egress: [
      {
        to: [{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'kube-system' } } }],
        ports: [
          { protocol: 'UDP', port: 53 },
          { protocol: 'TCP', port: 53 },
        ],
      },
    ],
  },
} as const;

test.use({ viewport: { width: 1400, height: 900 }, deviceScaleFactor: 1 });

/** Why this run must not overwrite the committed pictures (empty: it may). */
let notPristine: string[] = [];

test.beforeAll(async ({ request }) => {
  notPristine = await restoreSeedPolicies(request);
});

test.beforeEach(async ({ page, request }) => {
  await clearNamespace(request, 'default');
  await pinServerWrites(page);
});

async function shoot(page: Page, name: string, target?: Locator): Promise<void> {
  await pinMeasuredDurations(page);
  await settle(page);
  const options = { animations: 'disabled' as const, caret: 'hide' as const };
  const png = target === undefined ? await page.screenshot(options) : await target.screenshot(options);
  const verdict = await keepCurrent(`${DIR}/${name}.png`, png, notPristine.length === 0, STALE_DIR);
  const why = notPristine.length === 0 ? '' : ` (not saved: ${notPristine.join('; ')})`;
  test.info().annotations.push({ type: 'screenshot', description: `${name}.png: ${verdict.outcome}${why}` });
}

test('editor with the seed example policy', async ({ page }) => {
  const editor = await openEditor(page);
  await loadDraft(editor, SEED_POLICY);
  await expect(editor.summary).toContainText('No errors');
  await shoot(page, 'editor');
});

test('validation errors inline, in the summary and as editor markers', async ({ page }) => {
  const editor = await openEditor(page);
  await loadDraft(editor, INVALID_POLICY);
  await expect.poll(async () => (await editor.previewMarkers()).length).toBeGreaterThan(3);
  await shoot(page, 'validation-errors');
});

test('YAML preview', async ({ page }) => {
  const editor = await openEditor(page);
  await loadDraft(editor, CART_POLICY);
  await editor.tab('YAML').click();
  await expect.poll(async () => (await editor.previewText()).startsWith('apiVersion: ')).toBe(true);
  await shoot(page, 'yaml-preview');
});

test('server response after Create', async ({ page, request }) => {
  const editor = await openEditor(page);
  await loadDraft(editor, { ...SEED_POLICY, metadata: { ...SEED_POLICY.metadata, name: 'screenshot-policy' } });
  // Pretty: the server indents its answer, as kubectl's ?pretty=true does, so the picture is readable.
  await editor.pretty.check();
  await editor.createButton.click();
  await expect(editor.responseStatus).toHaveText('201 Created');
  await expect(editor.serverResponse.getByTestId('monaco-host')).toBeVisible();
  await editor.summary.evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await shoot(page, 'server-response');
  await deletePolicy(request, 'default', 'screenshot-policy');
});

test('review: explanation and diagram', async ({ page }) => {
  const editor = await openEditor(page);
  await loadDraft(editor, CART_POLICY);
  const review = new ReviewPage(page);
  const explanation = await review.open('Explanation');
  await expect(explanation).toContainText('shop/cart-ingress selects');
  await shoot(page, 'review-explanation', review.region);
  const diagram = await review.open('Diagram');
  await expect(diagram.getByRole('img')).toBeVisible();
  await shoot(page, 'review-diagram', review.region);
});

test('traffic simulation matrix with a cell explained', async ({ page }) => {
  const editor = await openEditor(page);
  await loadDraft(editor, CART_POLICY);
  const review = new ReviewPage(page);
  await review.open('Traffic simulation');
  await expect(review.matrixStatus).not.toContainText('Computing');
  const frontendToCart = review.region.getByRole('button', {
    name: /^shop\/frontend-[^ ]+ to shop\/cart-[^ ]+: allowed/,
  });
  await frontendToCart.first().click();
  await expect(review.why).toContainText('allowed by');
  await shoot(page, 'traffic-simulation', review.region);
});

test('templates gallery', async ({ page }) => {
  await openEditor(page);
  const tools = new ToolsPage(page);
  await page.getByRole('button', { name: 'Templates', exact: true }).click();
  await expect(tools.templatesDialog).toBeVisible();
  await shoot(page, 'templates');
});

test('dark mode', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  const editor = await openEditor(page);
  await loadDraft(editor, CART_POLICY);
  await expect(editor.summary).toContainText('No errors');
  await shoot(page, 'dark-mode');
});

test('the picture comparison keeps the file for rendering noise and replaces it for a real change', async ({
  page,
}) => {
  const card = (colour: string, text: string) =>
    `<div id="c" style="width:240px;padding:12px;font:16px sans-serif;background:#fff;color:${colour}">${text}</div>`;
  const shot = async (html: string) => {
    await page.setContent(html);
    return page.locator('#c').screenshot({ animations: 'disabled' });
  };
  const base = await shot(card('rgb(20, 20, 20)', 'Policies in default'));
  const image = decodePng(base);
  expect([image.width, image.height]).toEqual([264, (await page.locator('#c').boundingBox())?.height]);
  expect([...image.rgba.subarray(0, 4)]).toEqual([255, 255, 255, 255]);

  // A few units of colour everywhere is what anti-aliasing noise looks like: the same picture.
  expect(samePicture(base, await shot(card('rgb(26, 26, 26)', 'Policies in default'))).same).toBe(true);
  // One word changed is a real change.
  const changed = samePicture(base, await shot(card('rgb(20, 20, 20)', 'Policies in shop')));
  expect(changed.same).toBe(false);
  expect(changed.pixels).toBeGreaterThan(64);
});
