// Compiles NetworkPolicy objects (defaults applied) into a form that is cheap to evaluate many times:
// selectors compiled, CIDRs parsed, ports normalized. Invalid parts match nothing and are recorded.
import { applyNetworkPolicyDefaults, effectivePolicyTypes } from '../defaults';
import type { NetworkPolicy, NetworkPolicyPeer, NetworkPolicyPort } from '../types';
import { parseCidr, type Cidr } from './ip';
import { sanitizePolicy } from './sanitize';
import { compileSelector, type CompiledSelector } from './selector';

export interface CompiledPort {
  protocol: string;
  /** Numeric port; absent with `name` absent means every port of the protocol. */
  port?: number;
  /** Named port, resolved on the destination pod's container ports. */
  name?: string;
  /** Inclusive upper bound of a numeric range. */
  endPort?: number;
  /**
   * Set when the API server rejects the entry (endPort with a named or absent port): the entry
   * matches nothing, rather than every port, so a draft never looks more open than it can be.
   */
  invalid?: string;
}

export type CompiledPeer =
  | { kind: 'pods'; podSelector?: CompiledSelector; namespaceSelector?: CompiledSelector }
  | { kind: 'ipBlock'; cidr: Cidr | null; except: (Cidr | null)[] }
  | { kind: 'invalid'; reason: string };

export interface CompiledRule {
  /** Empty: every port and protocol. */
  ports: CompiledPort[];
  /** Empty: every peer (all pods and all IPs). */
  peers: CompiledPeer[];
}

export interface CompiledPolicy {
  namespace: string;
  name: string;
  /** "namespace/name". */
  key: string;
  podSelector: CompiledSelector;
  /** null when the effective policyTypes lack Ingress (the policy does not affect ingress). */
  ingress: CompiledRule[] | null;
  egress: CompiledRule[] | null;
  /** The policy with defaults applied. */
  policy: NetworkPolicy;
}

/** The namespace a policy lives in; objects without one are taken to be in "default" (kubectl's default). */
export const policyNamespace = (p: NetworkPolicy): string =>
  typeof p.metadata?.namespace === 'string' && p.metadata.namespace !== '' ? p.metadata.namespace : 'default';

export function compilePort(p: NetworkPolicyPort): CompiledPort {
  const out: CompiledPort = { protocol: typeof p.protocol === 'string' ? p.protocol : 'TCP' };
  const hasEnd = typeof p.endPort === 'number';
  if (typeof p.port === 'number') {
    out.port = p.port;
    if (hasEnd) out.endPort = p.endPort as number;
  } else if (typeof p.port === 'string') {
    // IntOrString: a JSON string is a name even when it looks like a number (validation rejects it).
    out.name = p.port;
    if (hasEnd) out.invalid = 'endPort may not be specified when `port` is non-numeric';
  } else if (hasEnd) {
    out.invalid = 'endPort may not be specified when `port` is not specified';
  }
  return out;
}

export function compilePeer(p: NetworkPolicyPeer): CompiledPeer {
  const hasPods = p.podSelector !== undefined && p.podSelector !== null;
  const hasNs = p.namespaceSelector !== undefined && p.namespaceSelector !== null;
  const hasIp = p.ipBlock !== undefined && p.ipBlock !== null;
  if (hasIp && (hasPods || hasNs)) return { kind: 'invalid', reason: 'ipBlock cannot be combined with selectors' };
  if (hasIp) {
    const block = p.ipBlock as NonNullable<NetworkPolicyPeer['ipBlock']>;
    return {
      kind: 'ipBlock',
      cidr: typeof block.cidr === 'string' ? parseCidr(block.cidr) : null,
      except: (Array.isArray(block.except) ? block.except : []).map((e) =>
        typeof e === 'string' ? parseCidr(e) : null,
      ),
    };
  }
  if (!hasPods && !hasNs)
    return { kind: 'invalid', reason: 'a peer must specify podSelector, namespaceSelector or ipBlock' };
  const peer: CompiledPeer = { kind: 'pods' };
  if (hasPods) peer.podSelector = compileSelector(p.podSelector);
  if (hasNs) peer.namespaceSelector = compileSelector(p.namespaceSelector);
  return peer;
}

function compileRules(rules: unknown, peersField: 'from' | 'to'): CompiledRule[] {
  if (!Array.isArray(rules)) return [];
  return rules.map((r: Record<string, unknown> | null) => {
    const ports = Array.isArray(r?.ports) ? (r.ports as NetworkPolicyPort[]) : [];
    const peers = Array.isArray(r?.[peersField]) ? (r[peersField] as NetworkPolicyPeer[]) : [];
    return { ports: ports.map((p) => compilePort(p ?? {})), peers: peers.map((p) => compilePeer(p ?? {})) };
  });
}

/** Compiles one policy; `policyTypes` and port protocols are defaulted as the apiserver does. */
export function compilePolicy(input: NetworkPolicy): CompiledPolicy {
  const policy = applyNetworkPolicyDefaults(sanitizePolicy(input));
  const spec = policy.spec ?? {};
  const types = effectivePolicyTypes(spec);
  const namespace = policyNamespace(policy);
  const name = typeof policy.metadata?.name === 'string' ? policy.metadata.name : '';
  return {
    namespace,
    name,
    key: `${namespace}/${name}`,
    podSelector: compileSelector(spec.podSelector ?? {}),
    ingress: types.includes('Ingress') ? compileRules(spec.ingress, 'from') : null,
    egress: types.includes('Egress') ? compileRules(spec.egress, 'to') : null,
    policy,
  };
}

export const compilePolicies = (policies: readonly NetworkPolicy[]): CompiledPolicy[] => policies.map(compilePolicy);
