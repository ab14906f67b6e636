// Which pods of a cluster a policy touches: the pods its podSelector selects, and for every peer
// (spec.ingress[i].from[j], spec.egress[i].to[j]) the pods it matches ("matches N of M pods").
import { compilePeer, type CompiledPolicy } from './compile';
import { indexCluster, peerMatchesPod, type ClusterIndex } from './match';
import { toCompiled } from './matrix';
import { podKey, type Cluster } from './model';
import type { NetworkPolicy } from '../types';

export interface PodMatch {
  /** Field path of the selector or peer, e.g. "spec.podSelector", "spec.egress[0].to[1]". */
  path: string;
  /** Matching pods as "ns/name", in cluster order. */
  pods: string[];
  /** The number of pods in the cluster (M in "N of M"). */
  total: number;
}

export interface AffectedPods {
  selected: PodMatch;
  peers: PodMatch[];
}

export function affectedPods(policy: NetworkPolicy | CompiledPolicy, cluster: Cluster | ClusterIndex): AffectedPods {
  const index = 'nsLabels' in cluster ? cluster : indexCluster(cluster);
  const compiled = toCompiled([policy])[0] as CompiledPolicy;
  const pods = index.cluster.pods;
  const total = pods.length;
  const selected = pods
    .filter((p) => p.namespace === compiled.namespace && compiled.podSelector.matches(p.labels))
    .map(podKey);
  const peers: PodMatch[] = [];
  const spec = compiled.policy.spec ?? {};
  for (const [field, peerField] of [
    ['ingress', 'from'],
    ['egress', 'to'],
  ] as const) {
    const rules = (field === 'ingress' ? spec.ingress : spec.egress) ?? [];
    rules.forEach((rule, i) => {
      const list =
        (field === 'ingress' ? (rule as { from?: unknown[] })?.from : (rule as { to?: unknown[] })?.to) ?? [];
      list.forEach((peer, j) => {
        const c = compilePeer((peer ?? {}) as Parameters<typeof compilePeer>[0]);
        const matched = pods.filter((p) => peerMatchesPod(c, compiled.namespace, p, index)).map(podKey);
        peers.push({ path: `spec.${field}[${i}].${peerField}[${j}]`, pods: matched, total });
      });
    });
  }
  return { selected: { path: 'spec.podSelector', pods: selected, total }, peers };
}
