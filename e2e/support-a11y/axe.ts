// Runs axe-core (WCAG 2.0/2.1 A and AA plus best practices) on the page and fails on any serious
// or critical violation, printing every violation with its nodes so a failure says what to fix.
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

/**
 * Rules Monaco's own DOM (inside `.monaco-editor`) violates and that we cannot change from here;
 * they are ignored only for nodes inside `.monaco-editor`, never elsewhere on the page.
 * Each entry maps a rule id to why it is Monaco's own; none has been needed so far (axe 4.10).
 */
export const MONACO_RULES: Readonly<Record<string, string>> = {};

interface AxeNode {
  target: unknown[];
  html: string;
  failureSummary?: string;
}
interface AxeViolation {
  id: string;
  impact?: string | null;
  help: string;
  helpUrl: string;
  nodes: AxeNode[];
}

async function insideMonaco(page: Page, target: unknown[]): Promise<boolean> {
  // Targets are CSS selectors (arrays for frames/shadow roots, which this app does not use).
  const selector = target.length === 1 && typeof target[0] === 'string' ? target[0] : undefined;
  if (selector === undefined) return false;
  return page.evaluate((s) => document.querySelector(s)?.closest('.monaco-editor') != null, selector);
}

/** All serious/critical violations of the page as it is now, after the Monaco-internal filter. */
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  const out: AxeViolation[] = [];
  for (const v of results.violations as AxeViolation[]) {
    if (v.impact !== 'serious' && v.impact !== 'critical') continue;
    let nodes = v.nodes;
    if (MONACO_RULES[v.id] !== undefined) {
      const keep: AxeNode[] = [];
      for (const n of nodes) if (!(await insideMonaco(page, n.target))) keep.push(n);
      nodes = keep;
    }
    if (nodes.length > 0) out.push({ ...v, nodes });
  }
  return out;
}

export function formatViolations(list: readonly AxeViolation[]): string {
  return list
    .map(
      (v) =>
        `[${v.impact}] ${v.id}: ${v.help} (${v.helpUrl})\n` +
        v.nodes
          .map(
            (n) =>
              `  - ${JSON.stringify(n.target)}\n    ${n.html}\n    ${(n.failureSummary ?? '').replace(/\n/g, '\n    ')}`,
          )
          .join('\n'),
    )
    .join('\n');
}

/** Asserts no serious or critical violation in the page state named `state`. */
export async function expectAccessible(page: Page, state: string): Promise<void> {
  const list = await seriousViolations(page);
  expect(list.length, `axe in state "${state}":\n${formatViolations(list)}`).toBe(0);
}
