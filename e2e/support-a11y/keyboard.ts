// Keyboard-only driving: move focus with Tab / Shift+Tab until a control is focused, pick select
// options with the arrow keys, replace text by select-all and typing. No pointer events at all.
import { expect, type Locator, type Page } from '@playwright/test';

const MAX_TABS = 400;

const isFocused = (target: Locator): Promise<boolean> =>
  target.evaluate((el) => el === document.activeElement || el.contains(document.activeElement));

/** Presses Tab (or Shift+Tab when `back`) until `target` has focus; fails after MAX_TABS presses. */
export async function tabTo(page: Page, target: Locator, back = false): Promise<void> {
  await expect(target).toHaveCount(1);
  for (let i = 0; i < MAX_TABS; i++) {
    if (await isFocused(target)) return;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`could not reach ${target.toString()} with ${back ? 'Shift+Tab' : 'Tab'}`);
}

/** Focuses a text field by keyboard and replaces its text by typing. */
export async function typeInto(page: Page, target: Locator, text: string, back = false): Promise<void> {
  await tabTo(page, target, back);
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.press('Delete');
  await page.keyboard.type(text);
  await expect(target).toHaveValue(text);
}

/** Focuses a button by keyboard and activates it with Enter (or Space). */
export async function press(page: Page, target: Locator, key: 'Enter' | 'Space' = 'Enter', back = false) {
  await tabTo(page, target, back);
  await page.keyboard.press(key);
}

/** Focuses a <select> by keyboard and moves through its options with the arrow keys to `label`. */
export async function chooseOption(page: Page, select: Locator, label: string, back = false): Promise<void> {
  await tabTo(page, select, back);
  const labels = await select.locator('option').allTextContents();
  const want = labels.indexOf(label);
  if (want < 0) throw new Error(`no option "${label}" in ${labels.join(' | ')}`);
  for (let i = 0; i < labels.length * 2; i++) {
    const current = await select.evaluate((el) => (el as HTMLSelectElement).selectedIndex);
    if (current === want) return;
    await page.keyboard.press(current < want ? 'ArrowDown' : 'ArrowUp');
  }
  throw new Error(`could not reach option "${label}" with the arrow keys`);
}

/** The focused element's outline, as the browser paints it (for :focus-visible checks). */
export async function focusOutline(target: Locator): Promise<{ style: string; width: string; focused: boolean }> {
  return target.evaluate((el) => {
    const s = getComputedStyle(el);
    return { style: s.outlineStyle, width: s.outlineWidth, focused: el.matches(':focus-visible') };
  });
}
