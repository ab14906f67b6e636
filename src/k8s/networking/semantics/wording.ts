// Plain-language phrases for selectors, peers and ports, shared by the policy explanation and the
// UI. Every phrase states AND/OR explicitly, because that is where NetworkPolicies go wrong.
import type { LabelSelector } from '../../meta';
import type { NetworkPolicyPeer, NetworkPolicyPort } from '../types';
import { compileSelector } from './selector';
import type { Direction } from './decide';
import { NAMESPACE_NAME_LABEL } from './model';

const q = (s: string): string => JSON.stringify(s);

/**
 * Said wherever an ipBlock meets a pod IP. The API documents ipBlock for cluster-external IPs; the
 * upstream e2e suite expects it to match pod IPs (after Service DNAT), and plugins differ.
 */
export const IPBLOCK_POD_CAVEAT =
  'an ipBlock matched a pod IP: ipBlock is meant for IPs outside the cluster, and whether it applies to pod-to-pod traffic depends on the network plugin (this simulation follows the upstream e2e suite and matches pod IPs)';

/** "app=web AND tier in (a, b) AND env not in (x) (or no env label)". */
export function describeLabels(sel: LabelSelector): string {
  const c = compileSelector(sel);
  if (!c.valid) return `an invalid selector (${c.error ?? 'rejected by the API server'}), which matches nothing`;
  return c.requirements
    .map((r) => {
      const vals = [...new Set(r.values)];
      switch (r.op) {
        case 'In':
          return vals.length === 1 ? `${r.key}=${vals[0]}` : `${r.key} in (${vals.join(', ')})`;
        case 'NotIn':
          return `${r.key} not in (${vals.join(', ')}) (or no ${r.key} label)`;
        case 'Exists':
          return `a ${r.key} label (any value)`;
        default:
          return `no ${r.key} label`;
      }
    })
    .join(' AND ');
}

const isEmpty = (sel: LabelSelector | undefined): boolean => {
  const c = compileSelector(sel);
  return c.valid && c.empty;
};

/** Namespaces chosen by name through kubernetes.io/metadata.name (always set) read better as names. */
function namespacesByName(sel: LabelSelector): { op: 'In' | 'NotIn'; names: string[] } | null {
  const c = compileSelector(sel);
  if (!c.valid || c.requirements.length !== 1) return null;
  const r = c.requirements[0];
  if (r === undefined || r.key !== NAMESPACE_NAME_LABEL || (r.op !== 'In' && r.op !== 'NotIn')) return null;
  return { op: r.op, names: [...new Set(r.values)] };
}

export function describeNamespaces(sel: LabelSelector): string {
  if (isEmpty(sel)) return 'all namespaces';
  const byName = namespacesByName(sel);
  if (byName !== null) {
    const list = byName.names.map(q).join(byName.op === 'In' ? ' OR ' : ', ');
    if (byName.op === 'NotIn') return `every namespace except ${list}`;
    return byName.names.length === 1 ? `namespace ${list}` : `namespaces ${list}`;
  }
  return `namespaces labelled ${describeLabels(sel)}`;
}

/** Which pods a policy's spec.podSelector selects. */
export function describeSelectedPods(sel: LabelSelector | undefined, namespace: string): string {
  if (sel === undefined || isEmpty(sel)) return `all pods in namespace ${q(namespace)}`;
  return `pods in namespace ${q(namespace)} labelled ${describeLabels(sel)}`;
}

/** One from/to entry. podSelector + namespaceSelector in one peer is an AND. */
export function describePeer(peer: NetworkPolicyPeer, policyNs: string): string {
  const pod = peer.podSelector ?? undefined;
  const ns = peer.namespaceSelector ?? undefined;
  if (peer.ipBlock && (pod || ns))
    return 'nothing (a peer cannot combine ipBlock with selectors; the API server rejects it)';
  if (peer.ipBlock) {
    // Exported for the UI too, which may hand over a half-typed draft: never trust the shapes.
    const except = Array.isArray(peer.ipBlock.except) ? peer.ipBlock.except.map(String) : [];
    const base = `IP addresses in ${String(peer.ipBlock.cidr)}`;
    return except.length === 0 ? base : `${base} except ${except.join(' and ')}`;
  }
  if (pod === undefined && ns === undefined) return 'nothing (an empty peer is rejected by the API server)';
  if (ns === undefined) {
    const p = pod as LabelSelector;
    return isEmpty(p)
      ? `all pods in namespace ${q(policyNs)} (the policy's own namespace)`
      : `pods labelled ${describeLabels(p)} in namespace ${q(policyNs)} (the policy's own namespace)`;
  }
  if (pod === undefined || isEmpty(pod)) {
    return isEmpty(ns) ? 'all pods in all namespaces' : `all pods in ${describeNamespaces(ns)}`;
  }
  if (isEmpty(ns)) return `pods labelled ${describeLabels(pod)} in any namespace`;
  return `pods labelled ${describeLabels(pod)} AND in ${describeNamespaces(ns)} (both must match)`;
}

/** One ports[] entry; named ports resolve on the pod that receives the connection. */
export function describePort(p: NetworkPolicyPort, dir: Direction): string {
  const proto = typeof p.protocol === 'string' ? p.protocol : 'TCP';
  const hasEnd = typeof p.endPort === 'number';
  if (p.port === undefined || p.port === null) {
    return hasEnd
      ? `no port (endPort ${String(p.endPort)} without port is rejected by the API server; this entry matches nothing)`
      : `every ${proto} port`;
  }
  if (typeof p.port === 'string') {
    const where = dir === 'Ingress' ? 'the selected pod' : 'the destination pod';
    const named = `the port named ${q(p.port)} (${proto}) as declared on ${where}`;
    return hasEnd
      ? `${named}, but endPort cannot be combined with a named port (the API server rejects it; this entry matches nothing)`
      : named;
  }
  if (hasEnd) {
    const range = `ports ${p.port}-${String(p.endPort)}/${proto}`;
    return (p.endPort as number) < p.port
      ? `${range}, an empty range (endPort is below port; the API server rejects it), which matches nothing`
      : range;
  }
  return `port ${p.port}/${proto}`;
}

/** "port 80/TCP OR port 443/TCP"; an empty list is every port and protocol. */
export function describePorts(ports: readonly NetworkPolicyPort[] | undefined, dir: Direction): string {
  if (!ports || ports.length === 0) return 'on every port and protocol';
  return `on ${ports.map((p) => describePort(p ?? {}, dir)).join(' OR ')}`;
}

/** "from A OR from B"; an empty list allows every source (ingress) or destination (egress). */
export function describePeers(
  peers: readonly NetworkPolicyPeer[] | undefined,
  dir: Direction,
  policyNs: string,
): string {
  const word = dir === 'Ingress' ? 'from' : 'to';
  if (!peers || peers.length === 0) {
    return dir === 'Ingress'
      ? 'from all sources (every pod in every namespace and every IP address)'
      : 'to all destinations (every pod in every namespace and every IP address)';
  }
  return peers.map((p) => `${word} ${describePeer(p ?? {}, policyNs)}`).join(' OR ');
}
