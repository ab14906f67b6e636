// The per-item matching rules shared by the single-connection decision and the matrix: ports
// (numeric, named, ranges, protocol) and peers (selectors in the policy's namespace, ipBlock).
import { cidrContains, parseIP, type IPAddr } from './ip';
import type { CompiledPeer, CompiledPort } from './compile';
import { namespaceLabels, type Cluster, type ClusterPod } from './model';

export interface Probe {
  port: number;
  protocol: string;
}

/** A cluster with lookups precomputed: namespace labels by name and parsed pod IPs. */
export interface ClusterIndex {
  cluster: Cluster;
  nsLabels: Map<string, Record<string, string>>;
  podIPs: Map<ClusterPod, IPAddr[]>;
}

export function indexCluster(cluster: Cluster): ClusterIndex {
  const nsLabels = new Map<string, Record<string, string>>();
  for (const ns of cluster.namespaces) nsLabels.set(ns.name, namespaceLabels(ns.name, ns.labels));
  const podIPs = new Map<ClusterPod, IPAddr[]>();
  for (const p of cluster.pods) {
    if (!nsLabels.has(p.namespace)) nsLabels.set(p.namespace, namespaceLabels(p.namespace, {}));
    podIPs.set(
      p,
      p.ips.map(parseIP).filter((x): x is IPAddr => x !== null),
    );
  }
  return { cluster, nsLabels, podIPs };
}

/**
 * Whether one `ports[]` entry matches the probe. A named port is resolved on `dst`, the pod that
 * receives the connection, via a container port with that name and the entry's protocol; it never
 * matches traffic to an IP outside the cluster model (there is no pod to resolve it on).
 */
export function portMatches(p: CompiledPort, probe: Probe, dst: ClusterPod | null): boolean {
  if (p.protocol !== probe.protocol || p.invalid !== undefined) return false;
  if (p.name !== undefined) {
    if (dst === null) return false;
    return dst.ports.some((cp) => cp.name === p.name && cp.protocol === p.protocol && cp.containerPort === probe.port);
  }
  if (p.port === undefined) return true;
  if (p.endPort !== undefined) return probe.port >= p.port && probe.port <= p.endPort;
  return probe.port === p.port;
}

/** Index of the first matching entry; -1 when none; null when the list is empty (all ports). */
export function firstPortMatch(ports: readonly CompiledPort[], probe: Probe, dst: ClusterPod | null): number | null {
  if (ports.length === 0) return null;
  return ports.findIndex((p) => portMatches(p, probe, dst));
}

/**
 * Any of the endpoint's IPs inside cidr and outside every except. For a dual-stack pod this is
 * "either family": a probe has no address family, while a real connection uses one.
 */
export function ipBlockMatches(peer: CompiledPeer, ips: readonly IPAddr[]): boolean {
  if (peer.kind !== 'ipBlock' || peer.cidr === null) return false;
  const cidr = peer.cidr;
  return ips.some((ip) => cidrContains(cidr, ip) && !peer.except.some((e) => e !== null && cidrContains(e, ip)));
}

/**
 * Whether a peer matches a pod. A podSelector alone selects in the policy's namespace; with a
 * namespaceSelector both must match (AND); ipBlock is matched against the pod's IPs (the e2e
 * suite's expectation after Service DNAT; implementation-defined per the docs).
 */
export function peerMatchesPod(peer: CompiledPeer, policyNs: string, pod: ClusterPod, index: ClusterIndex): boolean {
  if (peer.kind === 'invalid') return false;
  if (peer.kind === 'ipBlock') return ipBlockMatches(peer, index.podIPs.get(pod) ?? []);
  if (peer.namespaceSelector === undefined) {
    if (pod.namespace !== policyNs) return false;
  } else if (!peer.namespaceSelector.matches(index.nsLabels.get(pod.namespace))) {
    return false;
  }
  return peer.podSelector === undefined || peer.podSelector.matches(pod.labels);
}

/** An endpoint of a connection: a pod of the cluster, or an IP address outside the model. */
export type Endpoint = { kind: 'pod'; pod: ClusterPod } | { kind: 'ip'; ip: IPAddr; text: string };

export function peerMatchesEndpoint(peer: CompiledPeer, policyNs: string, e: Endpoint, index: ClusterIndex): boolean {
  if (e.kind === 'pod') return peerMatchesPod(peer, policyNs, e.pod, index);
  return ipBlockMatches(peer, [e.ip]);
}

/** Index of the first matching peer; -1 when none; null when the list is empty (every peer). */
export function firstPeerMatch(
  peers: readonly CompiledPeer[],
  policyNs: string,
  e: Endpoint,
  index: ClusterIndex,
): number | null {
  if (peers.length === 0) return null;
  return peers.findIndex((p) => peerMatchesEndpoint(p, policyNs, e, index));
}
