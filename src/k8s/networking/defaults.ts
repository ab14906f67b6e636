// Defaulting as kube-apiserver applies it during decode (pkg/apis/networking/v1/defaults.go).
import type { NetworkPolicy, PolicyType } from './types';

/**
 * Returns a defaulted deep copy: `protocol` TCP where it is absent or null (never where it is ""),
 * and `policyTypes` [Ingress] (+ Egress when egress has rules) where it is absent or empty.
 * Anything that is not shaped as expected is left alone for the validator to report.
 */
export function applyNetworkPolicyDefaults<T>(input: T): T {
  const obj: unknown = structuredClone(input);
  if (!isRecord(obj) || !isRecord(obj.spec)) return obj as T;
  const spec = obj.spec;
  for (const dir of ['ingress', 'egress'] as const) {
    const rules = spec[dir];
    if (!Array.isArray(rules)) continue;
    for (const rule of rules) {
      if (!isRecord(rule) || !Array.isArray(rule.ports)) continue;
      for (const port of rule.ports) {
        if (isRecord(port) && (port.protocol === undefined || port.protocol === null)) port.protocol = 'TCP';
      }
    }
  }
  const types = spec.policyTypes;
  if (types === undefined || types === null || (Array.isArray(types) && types.length === 0)) {
    spec.policyTypes = effectivePolicyTypes(spec);
  }
  return obj as T;
}

/** The policyTypes a policy has after defaulting (the value itself when it is set). */
export function effectivePolicyTypes(spec: NetworkPolicy['spec'] | Record<string, unknown> | undefined): PolicyType[] {
  const s = (spec ?? {}) as Record<string, unknown>;
  const types = s.policyTypes;
  if (Array.isArray(types) && types.length > 0) {
    return types.filter((t): t is PolicyType => t === 'Ingress' || t === 'Egress');
  }
  const egress = s.egress;
  return Array.isArray(egress) && egress.length > 0 ? ['Ingress', 'Egress'] : ['Ingress'];
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
