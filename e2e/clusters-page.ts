// Page object for the cluster bar, the "Policies in <namespace>" list and Save changes, and the
// helpers that start the HTTPS remote test cluster and the app's server for the clusters spec.
import { expect, type Locator, type Page } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';

export class ClustersPage {
  constructor(readonly page: Page) {}

  get clusterSelect(): Locator {
    return this.page.getByLabel('Cluster', { exact: true });
  }
  get namespaceInUse(): Locator {
    return this.page.getByLabel('Namespace in use', { exact: true });
  }
  get connection(): Locator {
    return this.page.getByTestId('connection-state');
  }
  get server(): Locator {
    return this.page.getByTestId('cluster-server');
  }
  /** The bar's note about the last failed request (create, review reads...). */
  get accessAlert(): Locator {
    return this.page.getByRole('group', { name: 'Cluster connection' }).getByRole('alert');
  }
  get policies(): Locator {
    return this.page.getByRole('region', { name: /^Policies in / });
  }
  row(name: string): Locator {
    return this.policies.getByRole('row').filter({ has: this.page.getByRole('rowheader', { name, exact: true }) });
  }
  get saveBar(): Locator {
    return this.page.getByRole('group', { name: 'Update on the cluster' });
  }
  get saveButton(): Locator {
    return this.saveBar.getByRole('button', { name: 'Save changes' });
  }
  get deleteDialog(): Locator {
    return this.page.getByRole('dialog');
  }

  async selectCluster(name: string): Promise<void> {
    await this.clusterSelect.selectOption(name);
    await expect(this.clusterSelect).toHaveValue(name);
  }

  /** Waits for the namespace list (a text field stands in until it loads), then picks `namespace`. */
  async selectNamespace(namespace: string): Promise<void> {
    await expect(this.namespaceInUse).toHaveJSProperty('tagName', 'SELECT');
    await this.namespaceInUse.selectOption(namespace);
    await expect(this.namespaceInUse).toHaveValue(namespace);
  }

  async openInEditor(name: string): Promise<void> {
    await this.row(name).getByRole('button', { name: 'Open in editor' }).click();
  }

  async deletePolicy(name: string): Promise<void> {
    await this.row(name).getByRole('button', { name: 'Delete' }).click();
    await expect(this.deleteDialog).toBeVisible();
    const confirm = this.deleteDialog.getByRole('button', { name: 'Delete' });
    await expect(confirm).toBeDisabled();
    await this.deleteDialog.getByLabel(`Type ${name} to confirm`).fill(name);
    await confirm.click();
    await expect(this.deleteDialog).toBeHidden();
  }
}

/** Starts a process and resolves with the first match of `pattern` in its stdout (bounded wait). */
export function startAndWait(
  args: string[],
  pattern: RegExp,
  env: NodeJS.ProcessEnv = {},
): Promise<[ChildProcess, RegExpMatchArray]> {
  const child = spawn(process.execPath, args, { cwd: process.cwd(), env: { ...process.env, ...env } });
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`timed out waiting for ${pattern}: ${out}`)), 60_000);
    const onData = (d: Buffer) => {
      out += d.toString();
      const m = out.match(pattern);
      if (m !== null) {
        clearTimeout(timer);
        resolve([child, m]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (d: Buffer) => (out += d.toString()));
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`exited with ${code}: ${out}`));
    });
  });
}

export function stop(child: ChildProcess | undefined): Promise<void> {
  if (child === undefined || child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      resolve();
    }, 5_000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
