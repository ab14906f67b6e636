// "Matches N of M pods" for the policy's podSelector and for every peer of every rule, from the
// cluster's pods and namespaces, with the matched pods listed (pure; the view only renders it).
import type { NetworkPolicy, NetworkPolicyPeer } from '../../../k8s/networking/types';
import {
  compilePeer,
  compileSelector,
  describePeer,
  describeSelectedPods,
  effectiveTypes,
  peerMatchesPod,
  policyNamespace,
  sanitizePolicy,
  type ClusterIndex,
  type ClusterPod,
  type Direction,
} from './engine';
import { peersOf, rulesOf } from './shape';

export interface AffectedGroup {
  /** The field the count is about, e.g. "spec.podSelector" or "spec.ingress[0].from[1]". */
  field: string;
  title: string;
  /** The selector or peer in words (the engine's wording). */
  description: string;
  /** What M counts: "in namespace "shop"" or "in the cluster". */
  scope: string;
  matched: ClusterPod[];
  total: number;
  direction: Direction | null;
  /** Extra caveat, e.g. that an ipBlock is matched against pod IPs. */
  note?: string;
}

function peerGroup(
  peer: NetworkPolicyPeer,
  field: string,
  title: string,
  ns: string,
  dir: Direction,
  index: ClusterIndex,
): AffectedGroup {
  const compiled = compilePeer(peer);
  const pods = index.cluster.pods;
  const group: AffectedGroup = {
    field,
    title,
    description: describePeer(peer, ns),
    scope: 'in the cluster',
    matched: pods.filter((p) => peerMatchesPod(compiled, ns, p, index)),
    total: pods.length,
    direction: dir,
  };
  if (compiled.kind === 'ipBlock') {
    group.note =
      'ipBlock is matched against pod IPs; whether that applies to pod traffic depends on the network plugin.';
  }
  return group;
}

export function affectedPods(draft: NetworkPolicy, index: ClusterIndex): AffectedGroup[] {
  const policy = sanitizePolicy(draft);
  const spec = policy.spec ?? {};
  const ns = policyNamespace(policy);
  const sel = compileSelector(spec.podSelector ?? {});
  const nsPods = index.cluster.pods.filter((p) => p.namespace === ns);
  const groups: AffectedGroup[] = [
    {
      field: 'spec.podSelector',
      title: 'Selected pods',
      description: describeSelectedPods(spec.podSelector ?? {}, ns),
      scope: `in namespace ${JSON.stringify(ns)}`,
      matched: nsPods.filter((p) => sel.matches(p.labels)),
      total: nsPods.length,
      direction: null,
    },
  ];
  const types = effectiveTypes(policy);
  for (const dir of ['Ingress', 'Egress'] as const) {
    if (!types.includes(dir)) continue;
    const key = dir === 'Ingress' ? 'ingress' : 'egress';
    const peerKey = dir === 'Ingress' ? 'from' : 'to';
    rulesOf(policy, dir).forEach((rule, r) => {
      const peers = peersOf(rule, dir);
      const path = `spec.${key}[${r}]`;
      if (peers.length === 0) {
        groups.push({
          field: `${path}.${peerKey}`,
          title: `${dir} rule ${r + 1}: no ${peerKey} (every peer)`,
          description:
            dir === 'Ingress' ? 'every pod in every namespace and every IP address' : 'every pod and every IP address',
          scope: 'in the cluster',
          matched: [...index.cluster.pods],
          total: index.cluster.pods.length,
          direction: dir,
        });
        return;
      }
      peers.forEach((peer, k) =>
        groups.push(peerGroup(peer, `${path}.${peerKey}[${k}]`, `${dir} rule ${r + 1}, peer ${k + 1}`, ns, dir, index)),
      );
    });
  }
  return groups;
}

/** "matches 2 of 5 pods in namespace "shop"". */
export const matchesText = (g: AffectedGroup): string =>
  `matches ${g.matched.length} of ${g.total} ${g.total === 1 ? 'pod' : 'pods'} ${g.scope}`;
