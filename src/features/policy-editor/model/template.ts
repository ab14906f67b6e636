// The policy a new draft (and "Start over") begins with: valid as it stands, denies all ingress
// to the pods it selects until rules are added. It is created in the namespace in use.
import type { NetworkPolicy } from '../../../k8s/networking/types';

export function newPolicyTemplate(namespace = 'default'): NetworkPolicy {
  return {
    apiVersion: 'networking.k8s.io/v1',
    kind: 'NetworkPolicy',
    metadata: { name: 'new-policy', namespace },
    spec: { podSelector: {} },
  };
}

/**
 * True for the untouched template of `namespace` (the namespace in use it was made for): a draft
 * with no work in it. A template whose namespace was typed in is work.
 */
export function isPristineDraft(policy: NetworkPolicy, namespace: string): boolean {
  return JSON.stringify(policy) === JSON.stringify(newPolicyTemplate(namespace));
}
