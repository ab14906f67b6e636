// Which policy types apply, as the server will default them, computed from form values.
import type { PolicyType } from '../../../k8s/networking/types';
import { effectivePolicyTypes } from '../../../k8s/networking/defaults';
import { fromPolicyTypes, type PolicyTypesModel } from '../form-model';

export function effectiveTypes(types: PolicyTypesModel | undefined, egressRules: number): PolicyType[] {
  const explicit = types ? fromPolicyTypes(types) : undefined;
  return effectivePolicyTypes({ policyTypes: explicit, egress: egressRules > 0 ? [{}] : [] });
}

/** The policyTypes model's fields, watched one by one (exact watches skip unrelated keystrokes). */
export const POLICY_TYPES_FIELDS = [
  'spec.policyTypes.useDefault',
  'spec.policyTypes.ingress',
  'spec.policyTypes.egress',
  'spec.policyTypes.orig',
] as const;

/** "Default: Ingress, Egress (because egress rules exist)". */
export function defaultTypesText(egressRules: number): string {
  return egressRules > 0
    ? 'Default: Ingress, Egress (because egress rules exist)'
    : 'Default: Ingress (no egress rules)';
}
