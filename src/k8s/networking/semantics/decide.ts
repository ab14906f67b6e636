// The decision for one connection A -> B on (port, protocol), with its reasons: A's egress and B's
// ingress must both allow it; each direction is open unless some policy isolates the pod.
import type { CompiledPolicy } from './compile';
import { parseIP } from './ip';
import { firstPeerMatch, firstPortMatch, type ClusterIndex, type Endpoint, type Probe } from './match';
import { podKey, type ClusterPod } from './model';

export type Direction = 'Ingress' | 'Egress';

/** The rule that allowed a connection. peerIndex/portIndex are null when the list was empty (matches all). */
export interface RuleMatch {
  policy: string;
  ruleIndex: number;
  peerIndex: number | null;
  portIndex: number | null;
  /**
   * True when the peer that matched is an ipBlock and the other end is a pod: ipBlock is meant for
   * cluster-external IPs, and whether it applies to pod IPs depends on the network plugin.
   */
  viaIPBlock?: true;
}

export interface DirectionVerdict {
  direction: Direction;
  /** The pod whose policies decide this direction ("ns/name"). */
  pod: string;
  /** True when at least one policy selects the pod for this direction. */
  isolated: boolean;
  /** The keys ("ns/name") of the policies that isolate the pod for this direction. */
  isolatingPolicies: string[];
  allowed: boolean;
  /** Every rule that allows the connection (additive: one is enough). Empty when not isolated. */
  allowedBy: RuleMatch[];
}

export interface ConnectionVerdict {
  allowed: boolean;
  probe: Probe;
  from: string;
  to: string;
  /** null when the source is not a pod (traffic from outside the cluster model has no egress policy). */
  egress: DirectionVerdict | null;
  /** null when the destination is not a pod. */
  ingress: DirectionVerdict | null;
}

const endpointName = (e: Endpoint): string => (e.kind === 'pod' ? podKey(e.pod) : e.text);

/** Policies that select `pod` for `dir`: same namespace, podSelector matches, type present. */
export function isolatingPolicies(
  pod: ClusterPod,
  dir: Direction,
  policies: readonly CompiledPolicy[],
): CompiledPolicy[] {
  return policies.filter(
    (p) =>
      p.namespace === pod.namespace &&
      (dir === 'Ingress' ? p.ingress : p.egress) !== null &&
      p.podSelector.matches(pod.labels),
  );
}

/**
 * One direction for one pod: `pod` is B for ingress (peer = source) and A for egress (peer =
 * destination). Named ports resolve on the destination in both directions: B for ingress, the peer
 * (when it is a pod) for egress.
 */
export function decideDirection(
  pod: ClusterPod,
  dir: Direction,
  peer: Endpoint,
  probe: Probe,
  policies: readonly CompiledPolicy[],
  index: ClusterIndex,
): DirectionVerdict {
  const isolating = isolatingPolicies(pod, dir, policies);
  const allowedBy: RuleMatch[] = [];
  const dst = dir === 'Ingress' ? pod : peer.kind === 'pod' ? peer.pod : null;
  for (const p of isolating) {
    const rules = (dir === 'Ingress' ? p.ingress : p.egress) ?? [];
    rules.forEach((rule, ruleIndex) => {
      const portIndex = firstPortMatch(rule.ports, probe, dst);
      if (portIndex === -1) return;
      const peerIndex = firstPeerMatch(rule.peers, p.namespace, peer, index);
      if (peerIndex === -1) return;
      const m: RuleMatch = { policy: p.key, ruleIndex, peerIndex, portIndex };
      if (peerIndex !== null && peer.kind === 'pod' && rule.peers[peerIndex]?.kind === 'ipBlock') m.viaIPBlock = true;
      allowedBy.push(m);
    });
  }
  const isolated = isolating.length > 0;
  return {
    direction: dir,
    pod: podKey(pod),
    isolated,
    isolatingPolicies: isolating.map((p) => p.key),
    allowed: !isolated || allowedBy.length > 0,
    allowedBy,
  };
}

/** allowed(A -> B) = egressOK(A) && ingressOK(B); either end may be an IP outside the model. */
export function decideConnection(
  from: Endpoint,
  to: Endpoint,
  probe: Probe,
  policies: readonly CompiledPolicy[],
  index: ClusterIndex,
): ConnectionVerdict {
  const egress = from.kind === 'pod' ? decideDirection(from.pod, 'Egress', to, probe, policies, index) : null;
  const ingress = to.kind === 'pod' ? decideDirection(to.pod, 'Ingress', from, probe, policies, index) : null;
  return {
    allowed: (egress?.allowed ?? true) && (ingress?.allowed ?? true),
    probe,
    from: endpointName(from),
    to: endpointName(to),
    egress,
    ingress,
  };
}

/**
 * Resolves "ns/name" to a pod of the cluster, or an IP address to the pod that has it (else an
 * external endpoint). Returns null when it is neither.
 */
export function resolveEndpoint(text: string, index: ClusterIndex): Endpoint | null {
  const ip = parseIP(text);
  if (ip !== null) {
    for (const [pod, ips] of index.podIPs) {
      if (ips.some((x) => x.words.every((w, i) => w === ip.words[i]))) return { kind: 'pod', pod };
    }
    return { kind: 'ip', ip, text };
  }
  const pod = index.cluster.pods.find((p) => podKey(p) === text);
  return pod === undefined ? null : { kind: 'pod', pod };
}
