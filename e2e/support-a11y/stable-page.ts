// Makes a page render the same pixels on every run: values the server makes up (uid,
// resourceVersion, timestamps) and durations measured at run time are pinned to fixed values, and
// focus, hover and caret are cleared before a picture is taken.
import type { Page } from '@playwright/test';

/** Shown for every timestamp the server writes (creationTimestamp, managedFields[].time). */
export const PINNED_TIME = '2026-01-15T09:30:00Z';
export const PINNED_UID = '5a1f3c2e-8d4b-4e6f-9a0c-1b2d3e4f5a6b';
export const PINNED_RESOURCE_VERSION = '1042';
/** Run-time measurements ("Time taken: 3.1 ms", "computed in 4.3 ms") are shown as this. */
export const PINNED_DURATION = '4.2 ms';

/** Rewrites the volatile values of a Kubernetes JSON response body, keeping its exact layout. */
export function pinServerValues(body: string): string {
  return body
    .replace(/("uid":\s*)"[0-9a-f-]{36}"/g, `$1"${PINNED_UID}"`)
    .replace(/("resourceVersion":\s*)"\d+"/g, `$1"${PINNED_RESOURCE_VERSION}"`)
    .replace(/("(?:creationTimestamp|time)":\s*)"\d{4}-\d\d-\d\dT[\d:.]+Z"/g, `$1"${PINNED_TIME}"`);
}

/**
 * Answers the app's writes to NetworkPolicies with the real server's answer, volatile values pinned.
 * Status, headers and everything else in the body are the server's own.
 */
export async function pinServerWrites(page: Page): Promise<void> {
  await page.route('**/apis/networking.k8s.io/v1/namespaces/*/networkpolicies**', async (route) => {
    if (route.request().method() === 'GET') return route.fallback();
    const response = await route.fetch();
    await route.fulfill({ response, body: pinServerValues(await response.text()) });
  });
}

/** Replaces run-time durations in the page's text with PINNED_DURATION. */
export async function pinMeasuredDurations(page: Page): Promise<void> {
  await page.evaluate((fixed) => {
    const re = /(Time taken: |computed in )\d+(?:\.\d+)? ms/g;
    // React writes "Time taken: " and the number as separate text nodes: rewrite whole elements
    // whose children are all text.
    for (const el of document.body.querySelectorAll('*')) {
      const nodes = [...el.childNodes];
      if (nodes.length === 0 || nodes.some((n) => n.nodeType !== Node.TEXT_NODE)) continue;
      const text = el.textContent ?? '';
      if (text.search(re) >= 0) el.textContent = text.replace(re, `$1${fixed}`);
    }
  }, PINNED_DURATION);
}

/** No focus ring, hover style or editor focus in a picture; waits until the editors repainted. */
export async function settle(page: Page): Promise<void> {
  await page.mouse.move(0, 0);
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.waitForFunction(() => document.querySelector('.monaco-editor.focused') === null);
  // Monaco shows its scrollbars for 500 ms after a scroll or a new text, then hides them.
  await page.waitForFunction(() => document.querySelector('.monaco-editor .scrollbar.visible') === null);
  // Monaco repaints its current-line highlight on the next animation frames after a blur.
  await page.evaluate(
    () => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))),
  );
}
