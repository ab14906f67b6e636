// The draft can be any JSON the user typed: read its lists defensively so that a half-typed policy
// never throws in the review (validation reports the shape; the review shows what it can).
import type { NetworkPolicy, NetworkPolicyPeer, NetworkPolicyPort } from '../../../k8s/networking/types';
import { isRecord } from '../../../k8s/json';

export type Rule = { ports?: NetworkPolicyPort[]; from?: NetworkPolicyPeer[]; to?: NetworkPolicyPeer[] };

/** The array itself, or [] for anything that is not an array. */
export const list = <T>(v: unknown): T[] => (Array.isArray(v) ? (v as T[]) : []);

/** A rule object, or an empty rule for null and non-objects. */
export const rule = (v: unknown): Rule => (isRecord(v) ? (v as Rule) : {});

/** A peer or port object, or {} for null and non-objects. */
export const item = <T extends object>(v: unknown): T => (isRecord(v) ? (v as T) : ({} as T));

/** The rules of one direction. */
export const rulesOf = (policy: NetworkPolicy, dir: 'Ingress' | 'Egress'): Rule[] => {
  const spec = isRecord(policy.spec) ? policy.spec : {};
  return list<unknown>(dir === 'Ingress' ? spec.ingress : spec.egress).map(rule);
};

export const peersOf = (r: Rule, dir: 'Ingress' | 'Egress'): NetworkPolicyPeer[] =>
  list<unknown>(dir === 'Ingress' ? r.from : r.to).map((p) => item<NetworkPolicyPeer>(p));

export const portsOf = (r: Rule): NetworkPolicyPort[] => list<unknown>(r.ports).map((p) => item<NetworkPolicyPort>(p));
