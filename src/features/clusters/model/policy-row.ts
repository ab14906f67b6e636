// One row of the policy list: name, the pods its spec.podSelector selects (counted with the
// semantics engine's selector matching when the pods are readable), rule counts, age.
import { effectivePolicyTypes } from '../../../k8s/networking/defaults';
import { formatLabelSelector, selectorMatches, type Labels } from '../../../k8s/networking/semantics';
import type { NetworkPolicy } from '../../../k8s/networking/types';
import { formatAge } from '../../../k8s/duration';
import { isRecord } from '../../../k8s/json';

export interface PodLabels {
  readonly namespace: string;
  readonly labels: Labels | undefined;
}

export interface PolicyRow {
  readonly name: string;
  readonly namespace: string;
  /** "3 pods" when the pods are known, else the selector text ("<none>" selects all pods). */
  readonly selected: string;
  readonly selector: string;
  readonly ingress: string;
  readonly egress: string;
  readonly age: string;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function ruleCount(policy: NetworkPolicy, type: 'Ingress' | 'Egress'): string {
  if (!effectivePolicyTypes(policy.spec).includes(type)) return 'not isolated';
  const rules = type === 'Ingress' ? policy.spec?.ingress : policy.spec?.egress;
  const n = Array.isArray(rules) ? rules.length : 0;
  return n === 0 ? '0 (deny all)' : plural(n, 'rule');
}

export function policyRow(policy: NetworkPolicy, pods: readonly PodLabels[] | undefined, nowMs: number): PolicyRow {
  const namespace = policy.metadata?.namespace ?? '';
  const sel = policy.spec?.podSelector;
  const selector = sel === undefined ? '<none>' : formatLabelSelector(sel);
  const selected =
    pods === undefined
      ? selector === '<none>'
        ? 'all pods'
        : selector
      : plural(pods.filter((p) => p.namespace === namespace && selectorMatches(sel ?? {}, p.labels)).length, 'pod');
  return {
    name: policy.metadata?.name ?? '',
    namespace,
    selected,
    selector,
    ingress: ruleCount(policy, 'Ingress'),
    egress: ruleCount(policy, 'Egress'),
    age: formatAge(policy.metadata?.creationTimestamp ?? undefined, nowMs),
  };
}

/** Namespace and labels of each Pod in a list body (anything else is skipped). */
export function podLabelsOf(items: readonly unknown[]): PodLabels[] {
  return items.filter(isRecord).map((p) => {
    const md = isRecord(p.metadata) ? p.metadata : {};
    const labels = isRecord(md.labels) ? (md.labels as Labels) : undefined;
    return { namespace: typeof md.namespace === 'string' ? md.namespace : '', labels };
  });
}
