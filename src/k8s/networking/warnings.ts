// getWarningsForNetworkPolicy: the NetworkPolicy strategy's WarningsOnCreate/WarningsOnUpdate
// (networkPolicyWarnings): GetWarningsForCIDR on every ipBlock cidr and except entry.
//
// kube-apiserver adds these as `Warning: 299 - "..."` headers only once the object has passed
// validation (rest.BeforeCreate validates first), so with StrictIPCIDRValidation on (v1.36) a
// successful create can only carry the IPv6 RFC 5952 warning; the others accompany CIDRs that the
// strict checks reject on create and that only survive on update (grandfathered values).
// It takes any JSON and never throws: values of the wrong type are skipped.
import { isRecord } from '../json';
import { getWarningsForCIDR } from '../validation/ip-warnings';

/** One warning with the field it is about (for editor markers); `message` is the full upstream text. */
export interface NetworkPolicyWarning {
  /** The field path, e.g. `spec.ingress[0].from[1].ipBlock.except[0]`. */
  field: string;
  /** `<field>: <text>`, exactly as the apiserver sends it in a Warning header. */
  message: string;
}

function cidrWarnings(out: NetworkPolicyWarning[], field: string, value: string): void {
  for (const message of getWarningsForCIDR(field, value)) out.push({ field, message });
}

function peerWarnings(out: NetworkPolicyWarning[], peers: unknown, path: string): void {
  if (!Array.isArray(peers)) return;
  for (let j = 0; j < peers.length; j++) {
    const peer: unknown = peers[j];
    if (!isRecord(peer)) continue;
    const ipBlock = peer.ipBlock;
    if (!isRecord(ipBlock)) continue;
    const at = `${path}[${j}].ipBlock`;
    if (typeof ipBlock.cidr === 'string') cidrWarnings(out, `${at}.cidr`, ipBlock.cidr);
    const except = ipBlock.except;
    if (!Array.isArray(except)) continue;
    for (let k = 0; k < except.length; k++) {
      const e: unknown = except[k];
      if (typeof e === 'string') cidrWarnings(out, `${at}.except[${k}]`, e);
    }
  }
}

function ruleWarnings(out: NetworkPolicyWarning[], rules: unknown, path: string, peersKey: 'from' | 'to'): void {
  if (!Array.isArray(rules)) return;
  for (let i = 0; i < rules.length; i++) {
    const rule: unknown = rules[i];
    if (isRecord(rule)) peerWarnings(out, rule[peersKey], `${path}[${i}].${peersKey}`);
  }
}

/** networkPolicyWarnings with the field of each warning, in upstream order (ingress, then egress). */
export function networkPolicyWarnings(np: unknown): NetworkPolicyWarning[] {
  const out: NetworkPolicyWarning[] = [];
  if (!isRecord(np) || !isRecord(np.spec)) return out;
  ruleWarnings(out, np.spec.ingress, 'spec.ingress', 'from');
  ruleWarnings(out, np.spec.egress, 'spec.egress', 'to');
  return out;
}

/**
 * The apiserver's create/update warnings for a NetworkPolicy, in its order (ingress, then egress),
 * each `<field path>: <text>` exactly as upstream formats it.
 */
export function getWarningsForNetworkPolicy(np: unknown): string[] {
  return networkPolicyWarnings(np).map((w) => w.message);
}
