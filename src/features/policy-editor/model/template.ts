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

/** True for the untouched template, in whatever namespace: a draft with no work in it. */
export function isPristineDraft(policy: NetworkPolicy): boolean {
  const ns = policy.metadata?.namespace;
  return typeof ns === 'string' && ns !== '' && JSON.stringify(policy) === JSON.stringify(newPolicyTemplate(ns));
}
