// Page object for the policy review panel: tabs, affected-pod counts and matrix cells, by their
// accessible names; plus loading a draft through the plain-text JSON editor.
import { expect, type Locator, type Page } from '@playwright/test';
import { EditorPage } from './editor-page';

export type ReviewTab = 'Explanation' | 'Warnings' | 'Affected pods' | 'Diagram' | 'Traffic simulation';

export class ReviewPage {
  readonly editor: EditorPage;
  constructor(readonly page: Page) {
    this.editor = new EditorPage(page);
  }

  get region(): Locator {
    return this.page.getByRole('region', { name: 'Review', exact: true });
  }

  /** Replaces the draft by typing JSON into the plain-text editor, as a user pasting would. */
  async loadDraft(policy: object): Promise<void> {
    await this.editor.tab('JSON').click();
    await this.editor.plainToggle.check();
    await this.editor.textarea('JSON').fill(JSON.stringify(policy, null, 2));
    const name = (policy as { metadata?: { name?: string } }).metadata?.name ?? '';
    await expect(this.editor.name).toHaveValue(name);
  }

  async open(tab: ReviewTab): Promise<Locator> {
    await this.region.getByRole('tab', { name: tab, exact: true }).click();
    const panel = this.region.getByRole('tabpanel', { name: tab, exact: true });
    await expect(panel).toBeVisible();
    return panel;
  }

  /** The "matches N of M pods …" text of one affected-pods entry (e.g. "Selected pods"). */
  affected(title: string): Locator {
    return this.region.getByRole('listitem', { name: new RegExp(`^${escape(title)}: matches `) });
  }

  /** A matrix cell button whose accessible name starts "<from> to <to>: <state>". */
  cell(from: string, to: string, state: 'allowed' | 'denied'): Locator {
    return this.region.getByRole('button', { name: new RegExp(`^${escape(`${from} to ${to}: ${state}`)}\\b`) });
  }

  get matrixStatus(): Locator {
    return this.region.getByTestId('matrix-status');
  }

  get why(): Locator {
    return this.region.getByRole('region', { name: 'Why' });
  }
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
