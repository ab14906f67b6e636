// Validation as the apiserver does it: defaulting first, then the shared validator. Memoised by
// object identity, so re-renders that do not change the draft cost nothing.
import type { FieldError } from '../../../k8s/field';
import { applyNetworkPolicyDefaults } from '../../../k8s/networking/defaults';
import type { NetworkPolicy } from '../../../k8s/networking/types';
import { validateNetworkPolicy } from '../../../k8s/networking/validation';

const cache = new WeakMap<NetworkPolicy, readonly FieldError[]>();
// One shared empty list, so a still-valid draft hands consumers the same `errors` object.
const NONE: readonly FieldError[] = Object.freeze([]);

export function validateDraft(policy: NetworkPolicy): readonly FieldError[] {
  const hit = cache.get(policy);
  if (hit !== undefined) return hit;
  const found = validateNetworkPolicy(applyNetworkPolicyDefaults(policy));
  const errors = found.length === 0 ? NONE : found;
  cache.set(policy, errors);
  return errors;
}
