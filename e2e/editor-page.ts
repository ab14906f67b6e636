// Page object for the editor page: every control is found by its accessible name.
import { expect, type Locator, type Page } from '@playwright/test';

export interface MarkerInfo {
  message: string;
  startLineNumber: number;
  startColumn: number;
  endLineNumber: number;
  endColumn: number;
  owner: string;
}

export class EditorPage {
  constructor(readonly page: Page) {}

  /** Opens the app with the Monaco test hook turned on. */
  async goto(): Promise<void> {
    await this.page.addInitScript(() => {
      (window as unknown as { __NETPOL_TEST__: boolean }).__NETPOL_TEST__ = true;
    });
    await this.page.goto('/');
    await expect(this.heading).toBeVisible();
  }

  get heading(): Locator {
    return this.page.getByRole('heading', { name: 'NetworkPolicy Studio' });
  }
  get name(): Locator {
    return this.page.getByLabel('Name', { exact: true });
  }
  get namespace(): Locator {
    return this.page.getByLabel('Namespace', { exact: true });
  }
  /** The header's "Namespace in use" (the clusters feature). */
  get namespaceInUse(): Locator {
    return this.page.getByLabel('Namespace in use', { exact: true });
  }
  /** Where Create posts, in words: "Creates in namespace … on cluster …:". */
  get submitWhere(): Locator {
    return this.page.getByRole('group', { name: 'Submit' }).getByTestId('submit-where');
  }
  get submitGroup(): Locator {
    return this.page.getByRole('group', { name: 'Submit' });
  }
  get createButton(): Locator {
    return this.page.getByRole('button', { name: 'Create', exact: true });
  }
  get dryRun(): Locator {
    return this.page.getByRole('checkbox', { name: 'Dry run' });
  }
  get pretty(): Locator {
    return this.page.getByRole('checkbox', { name: 'Pretty' });
  }
  get serverResponse(): Locator {
    return this.page.getByRole('region', { name: 'Server response' });
  }
  get responseStatus(): Locator {
    return this.serverResponse.getByTestId('response-status');
  }
  get summary(): Locator {
    return this.page.getByRole('region', { name: 'Validation' });
  }
  get plainToggle(): Locator {
    return this.page.getByRole('checkbox', { name: 'Plain text editor' });
  }
  tab(name: 'JSON' | 'YAML'): Locator {
    return this.page.getByRole('tab', { name, exact: true });
  }
  textarea(format: 'JSON' | 'YAML'): Locator {
    return this.page.getByRole('textbox', { name: `Policy as ${format}` });
  }

  async waitForMonaco(): Promise<void> {
    await this.page.waitForFunction(
      () =>
        (window as unknown as { __netpolMonaco?: { editor: { getModels(): unknown[] } } }).__netpolMonaco?.editor
          .getModels()
          .some((m) => (m as { uri: { toString(): string } }).uri.toString() === 'inmemory://netpol/preview') === true,
    );
  }

  /** The preview text: from Monaco's model (test hook) or, in plain mode, from the textarea. */
  async previewText(): Promise<string> {
    if (await this.plainToggle.isChecked()) {
      const json = (await this.tab('JSON').getAttribute('aria-selected')) === 'true';
      return this.textarea(json ? 'JSON' : 'YAML').inputValue();
    }
    await this.waitForMonaco();
    return this.page.evaluate(() => {
      const m = window.__netpolMonaco?.editor.getModel(window.__netpolMonaco.Uri.parse('inmemory://netpol/preview'));
      return m?.getValue() ?? '';
    });
  }

  /** Replaces the Monaco preview text through the model, as a paste would (no auto-closing). */
  async setMonacoText(text: string): Promise<void> {
    await this.waitForMonaco();
    await this.page.evaluate((t) => {
      const m = window.__netpolMonaco?.editor.getModel(window.__netpolMonaco.Uri.parse('inmemory://netpol/preview'));
      m?.setValue(t);
    }, text);
  }

  async previewMarkers(owner = 'netpol-validation'): Promise<MarkerInfo[]> {
    await this.waitForMonaco();
    return this.page.evaluate((o) => {
      const api = window.__netpolMonaco;
      if (api === undefined) return [];
      const resource = api.Uri.parse('inmemory://netpol/preview');
      return api.editor.getModelMarkers({ owner: o, resource }).map((m) => ({
        message: m.message,
        startLineNumber: m.startLineNumber,
        startColumn: m.startColumn,
        endLineNumber: m.endLineNumber,
        endColumn: m.endColumn,
        owner: m.owner,
      }));
    }, owner);
  }

  /** The read-only Monaco editor of the answer's body: its text and whether it is read-only. */
  async responseEditor(): Promise<{ text: string; readOnly: boolean } | undefined> {
    return this.page.evaluate(() => {
      const api = window.__netpolMonaco;
      const editor = api?.editor
        .getEditors()
        .find((e) => e.getModel()?.uri.toString() === 'inmemory://netpol/response');
      if (api === undefined || editor === undefined) return undefined;
      return {
        text: editor.getModel()?.getValue() ?? '',
        readOnly: editor.getOption(api.editor.EditorOption.readOnly),
      };
    });
  }

  async responseBody(): Promise<string> {
    return (await this.serverResponse.getByTestId('response-body').textContent()) ?? '';
  }

  async startOver(): Promise<void> {
    this.page.once('dialog', (d) => void d.accept());
    await this.page.getByRole('button', { name: 'Start over' }).click();
  }
}

/** Selects the first occurrence of `text` in the Monaco preview and focuses it, ready for typing. */
export async function selectInMonaco(page: Page, text: string): Promise<void> {
  await page.evaluate((needle) => {
    const api = window.__netpolMonaco;
    const editor = api?.editor.getEditors().find((e) => e.getModel()?.uri.toString() === 'inmemory://netpol/preview');
    const model = editor?.getModel();
    if (api === undefined || editor === undefined || model == null) throw new Error('no Monaco preview');
    const match = model.findMatches(needle, false, false, true, null, false)[0];
    if (match === undefined) throw new Error(`${needle} not in the preview`);
    editor.setSelection(match.range);
    editor.focus();
  }, text);
}
