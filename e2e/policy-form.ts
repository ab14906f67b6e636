// Page object for the policy form, by the accessible names of form/README-contract.md.
import type { Locator, Page } from '@playwright/test';

export class PolicyFormObject {
  constructor(readonly page: Page) {}

  group(name: string): Locator {
    return this.page.getByRole('group', { name, exact: true });
  }
  field(name: string): Locator {
    return this.page.getByLabel(name, { exact: true });
  }

  async addLabel(key: string, value: string): Promise<void> {
    const labels = this.group('Labels');
    const n = (await labels.getByRole('button', { name: /^Remove label \d+$/ }).count()) + 1;
    await labels.getByRole('button', { name: 'Add label' }).click();
    await this.field(`Label ${n}, key`).fill(key);
    await this.field(`Label ${n}, value`).fill(value);
  }

  /** Adds a matchLabels row to the selector named by `context` (e.g. "Pod selector"). */
  async addMatchLabel(scope: Locator, context: string, key: string, value: string): Promise<void> {
    await scope.getByRole('button', { name: 'Add match label' }).click();
    await this.field(`${context}, label 1, key`).fill(key);
    await this.field(`${context}, label 1, value`).fill(value);
  }

  async addIngressRule(): Promise<Locator> {
    const section = this.group('Ingress rules (spec.ingress)');
    const n = (await section.getByRole('group', { name: /^Ingress rule \d+$/ }).count()) + 1;
    await this.page.getByRole('button', { name: 'Add ingress rule' }).click();
    return this.group(`Ingress rule ${n}`);
  }

  /** Adds a pod-selector peer with one label to ingress rule `rule` (1-based). */
  async addPodPeer(rule: number, key: string, value: string): Promise<void> {
    const ruleGroup = this.group(`Ingress rule ${rule}`);
    await ruleGroup.getByRole('button', { name: 'Add peer' }).click();
    const ctx = `Ingress rule ${rule}, peer 1`;
    await this.field(`${ctx}, kind`).selectOption({ label: 'Pods (podSelector)' });
    await this.addMatchLabel(this.group(ctx), `${ctx}, pod selector`, key, value);
  }

  /** Adds an ipBlock peer with `cidr` to ingress rule `rule` (1-based); returns the CIDR input. */
  async addIpBlockPeer(rule: number, cidr: string): Promise<Locator> {
    const ruleGroup = this.group(`Ingress rule ${rule}`);
    await ruleGroup.getByRole('button', { name: 'Add peer' }).click();
    const ctx = `Ingress rule ${rule}, peer 1`;
    await this.field(`${ctx}, kind`).selectOption({ label: 'IP block (ipBlock)' });
    const input = this.field(`${ctx}, IP block, CIDR`);
    await input.fill(cidr);
    return input;
  }

  /** Adds a numbered port to ingress rule `rule` (1-based). */
  async addPort(rule: number, protocol: 'TCP' | 'UDP' | 'SCTP', port: string): Promise<Locator> {
    await this.group(`Ingress rule ${rule}`).getByRole('button', { name: 'Add port' }).click();
    const ctx = `Ingress rule ${rule}, port 1`;
    await this.field(`${ctx}, protocol`).selectOption({ label: protocol });
    const input = this.field(`${ctx}, port`);
    await input.fill(port);
    return input;
  }
}
