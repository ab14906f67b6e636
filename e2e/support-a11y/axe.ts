// Runs axe-core (WCAG 2.0/2.1 A and AA plus best practices) on the page and fails on any serious
// or critical violation, printing every violation with its nodes so a failure says what to fix.
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

// Monaco's DOM is scanned like the rest of the page: with axe 4.10 it has no serious or critical
// violation here, so nothing is excluded. If a Monaco release brings one, exclude only that rule for
// `.monaco-editor` nodes, citing the upstream issue, never the rule for the whole page.

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

/** All serious/critical violations of the page as it is now. */
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  return (results.violations as AxeViolation[]).filter((v) => v.impact === 'serious' || v.impact === 'critical');
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
