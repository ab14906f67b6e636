// Defaulting as kube-apiserver applies it during decode (pkg/apis/networking/v1/defaults.go).
import { isRecord } from '../json';
import type { NetworkPolicy, PolicyType } from './types';

/**
 * Returns the defaulted object: `protocol` TCP where it is absent or null (never where it is ""),
 * and `policyTypes` [Ingress] (+ Egress when egress has rules) where it is absent or empty.
 * The input is never mutated. Only the objects on the way to a defaulted field are copied
 * (copy-on-write), so defaulting stays cheap on every keystroke even for a 1 MiB policy.
 * Anything that is not shaped as expected is left alone for the validator to report.
 */
export function applyNetworkPolicyDefaults<T>(input: T): T {
  if (!isRecord(input) || !isRecord(input.spec)) return input;
  const spec = input.spec;
  let newSpec: Record<string, unknown> | undefined;
  for (const dir of ['ingress', 'egress'] as const) {
    const rules = spec[dir];
    if (!Array.isArray(rules)) continue;
    const newRules = defaultRules(rules);
    if (newRules !== rules) (newSpec ??= { ...spec })[dir] = newRules;
  }
  const types = spec.policyTypes;
  if (types === undefined || types === null || (Array.isArray(types) && types.length === 0)) {
    (newSpec ??= { ...spec }).policyTypes = effectivePolicyTypes(spec);
  }
  return (newSpec === undefined ? input : { ...input, spec: newSpec }) as T;
}

function defaultRules(rules: unknown[]): unknown[] {
  let out: unknown[] | undefined;
  for (let i = 0; i < rules.length; i++) {
    const rule = rules[i];
    if (!isRecord(rule) || !Array.isArray(rule.ports)) continue;
    const ports = rule.ports as unknown[];
    let newPorts: unknown[] | undefined;
    for (let j = 0; j < ports.length; j++) {
      const port = ports[j];
      if (isRecord(port) && (port.protocol === undefined || port.protocol === null)) {
        (newPorts ??= ports.slice())[j] = { ...port, protocol: 'TCP' };
      }
    }
    if (newPorts !== undefined) (out ??= rules.slice())[i] = { ...rule, ports: newPorts };
  }
  return out ?? rules;
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
