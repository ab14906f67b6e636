// The policy a new draft (and "Start over") begins with: valid as it stands, denies all ingress
// to the pods it selects until rules are added.
import type { NetworkPolicy } from '../../../k8s/networking/types';

export function newPolicyTemplate(): NetworkPolicy {
  return {
    apiVersion: 'networking.k8s.io/v1',
    kind: 'NetworkPolicy',
    metadata: { name: 'new-policy', namespace: 'default' },
    spec: { podSelector: {} },
  };
}
