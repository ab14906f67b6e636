// Inputs of the traffic simulation: which namespaces to show by default, the policy set with the
// draft applied (replacing a policy of the same namespace/name), the probe, and the before/after diff.
import type { NetworkPolicy } from '../../../k8s/networking/types';
import { compilePeer, policyNamespace, sanitizePolicy, type Cluster, type ClusterPod, type Probe } from './engine';
import { peersOf, portsOf, rulesOf } from './shape';

/** The draft's namespace plus every namespace that one of its pod peers selects, in cluster order. */
export function defaultNamespaces(draft: NetworkPolicy, cluster: Cluster): string[] {
  const policy = sanitizePolicy(draft);
  const own = policyNamespace(policy);
  const wanted = new Set<string>([own]);
  const peers = [
    ...rulesOf(policy, 'Ingress').flatMap((r) => peersOf(r, 'Ingress')),
    ...rulesOf(policy, 'Egress').flatMap((r) => peersOf(r, 'Egress')),
  ];
  for (const peer of peers) {
    const c = compilePeer(peer);
    if (c.kind !== 'pods' || c.namespaceSelector === undefined) continue;
    const sel = c.namespaceSelector;
    for (const ns of cluster.namespaces) if (sel.matches(ns.labels)) wanted.add(ns.name);
  }
  const names = cluster.namespaces.map((n) => n.name);
  return [...names.filter((n) => wanted.has(n)), ...[...wanted].filter((n) => !names.includes(n))];
}

const keyOf = (p: NetworkPolicy): string => `${policyNamespace(p)}/${p.metadata?.name ?? ''}`;

/** The cluster's policies with the draft applied: a policy with the same namespace/name is replaced. */
export function withDraft(existing: readonly NetworkPolicy[], draft: NetworkPolicy): NetworkPolicy[] {
  const key = keyOf(draft);
  return [...existing.filter((p) => keyOf(p) !== key), draft];
}

/** True when the draft replaces an existing policy (the "before" view then contains the old one). */
export const replacesExisting = (existing: readonly NetworkPolicy[], draft: NetworkPolicy): boolean =>
  existing.some((p) => keyOf(p) === keyOf(draft));

/**
 * Only the chosen namespaces' pods, all namespaces kept (their labels decide namespaceSelectors).
 * A pair's verdict depends only on its two pods and the policies, so the sub-matrix is exact.
 */
export function subsetCluster(cluster: Cluster, namespaces: readonly string[]): Cluster {
  const chosen = new Set(namespaces);
  return { namespaces: cluster.namespaces, pods: cluster.pods.filter((p) => chosen.has(p.namespace)) };
}

/**
 * The first port of the draft's rules: a number as it is, a name resolved to the container port of
 * that name on the cluster's pods (when one has it); else 80/TCP.
 */
export function defaultProbe(policy: NetworkPolicy, pods: readonly ClusterPod[] = []): Probe {
  for (const rule of [...rulesOf(policy, 'Ingress'), ...rulesOf(policy, 'Egress')]) {
    for (const p of portsOf(rule)) {
      const protocol = typeof p.protocol === 'string' ? p.protocol : 'TCP';
      if (typeof p.port === 'number') return { port: p.port, protocol };
      if (typeof p.port !== 'string') continue;
      for (const pod of pods) {
        const cp = pod.ports.find((c) => c.name === p.port && c.protocol === protocol);
        if (cp !== undefined) return { port: cp.containerPort, protocol };
      }
    }
  }
  return { port: 80, protocol: 'TCP' };
}

export type CellChange = 'same' | 'opened' | 'closed';

export function cellChange(before: Uint8Array, after: Uint8Array, i: number): CellChange {
  const b = before[i] === 1;
  const a = after[i] === 1;
  return a === b ? 'same' : a ? 'opened' : 'closed';
}

/** Counts of changed ordered pairs (self pairs excluded: their behaviour is undefined). */
export function diffCounts(before: Uint8Array, after: Uint8Array, n: number): { opened: number; closed: number } {
  let opened = 0;
  let closed = 0;
  for (let a = 0; a < n; a++) {
    for (let b = 0; b < n; b++) {
      if (a === b) continue;
      const c = cellChange(before, after, a * n + b);
      if (c === 'opened') opened++;
      else if (c === 'closed') closed++;
    }
  }
  return { opened, closed };
}
