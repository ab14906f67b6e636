// The reachability matrix for every ordered pair of pods on one (port, protocol). Per policy the
// selected pods and per rule the matched peer pods are computed once as bitsets, then combined.
import { compilePolicy, type CompiledPeer, type CompiledPolicy, type CompiledRule } from './compile';
import { decideConnection } from './decide';
import { indexCluster, peerMatchesPod, portMatches, type ClusterIndex, type Probe } from './match';
import { podKey, type Cluster } from './model';
import type { NetworkPolicy } from '../types';

export interface ReachabilityMatrix {
  probe: Probe;
  /** Pod keys ("ns/name") in cluster order; row = source, column = destination. */
  pods: string[];
  /**
   * allowed[from * n + to] is 1 when the connection is allowed. Self pairs are computed by the same
   * rules, but their real behaviour is undefined (loopback, kubernetes#95879): do not rely on them.
   */
  allowed: Uint8Array;
}

export const matrixGet = (m: ReachabilityMatrix, from: number, to: number): boolean =>
  m.allowed[from * m.pods.length + to] === 1;

/** One direction's state per pod: not isolated (everything allowed), all allowed, or a bitset. */
interface DirState {
  isolated: Uint8Array;
  full: Uint8Array;
  bits: (Uint32Array | undefined)[];
}

const newDirState = (n: number): DirState => ({
  isolated: new Uint8Array(n),
  full: new Uint8Array(n),
  bits: new Array<Uint32Array | undefined>(n),
});

function orInto(state: DirState, i: number, set: Uint32Array | null, words: number): void {
  if (state.full[i] === 1) return;
  if (set === null) {
    state.full[i] = 1;
    return;
  }
  let bits = state.bits[i];
  if (bits === undefined) {
    bits = new Uint32Array(words);
    state.bits[i] = bits;
  }
  for (let w = 0; w < words; w++) bits[w] = (bits[w] ?? 0) | (set[w] ?? 0);
}

class Engine {
  readonly n: number;
  readonly words: number;
  private readonly podsByNs = new Map<string, number[]>();

  constructor(
    readonly index: ClusterIndex,
    readonly probe: Probe,
  ) {
    const pods = index.cluster.pods;
    this.n = pods.length;
    this.words = Math.ceil(this.n / 32);
    pods.forEach((p, i) => {
      const list = this.podsByNs.get(p.namespace);
      if (list === undefined) this.podsByNs.set(p.namespace, [i]);
      else list.push(i);
    });
  }

  private newSet(): Uint32Array {
    return new Uint32Array(this.words);
  }

  /** The pods a peer matches; namespace selectors are evaluated once per namespace. */
  private peerSet(peer: CompiledPeer, policyNs: string, into: Uint32Array): void {
    const pods = this.index.cluster.pods;
    const add = (i: number): void => {
      into[i >>> 5] = (into[i >>> 5] ?? 0) | (1 << (i & 31));
    };
    if (peer.kind === 'pods') {
      const nsSel = peer.namespaceSelector;
      for (const [ns, members] of this.podsByNs) {
        if (nsSel === undefined ? ns !== policyNs : !nsSel.matches(this.index.nsLabels.get(ns))) continue;
        const podSel = peer.podSelector;
        for (const i of members) if (podSel === undefined || podSel.matches(pods[i]?.labels)) add(i);
      }
      return;
    }
    for (let i = 0; i < this.n; i++) {
      const pod = pods[i];
      if (pod !== undefined && peerMatchesPod(peer, policyNs, pod, this.index)) add(i);
    }
  }

  /** Union of a rule's peers; null means every pod. */
  rulePeers(rule: CompiledRule, policyNs: string): Uint32Array | null {
    if (rule.peers.length === 0) return null;
    const set = this.newSet();
    for (const peer of rule.peers) this.peerSet(peer, policyNs, set);
    return set;
  }

  /** Destination pods on which the rule's ports match the probe; null means every pod. */
  rulePortDestinations(rule: CompiledRule): Uint32Array | null {
    if (rule.ports.length === 0) return null;
    const constant = rule.ports.every((p) => p.name === undefined);
    if (constant) return rule.ports.some((p) => portMatches(p, this.probe, null)) ? null : this.newSet();
    const set = this.newSet();
    this.index.cluster.pods.forEach((pod, i) => {
      if (rule.ports.some((p) => portMatches(p, this.probe, pod))) set[i >>> 5] = (set[i >>> 5] ?? 0) | (1 << (i & 31));
    });
    return set;
  }

  apply(policy: CompiledPolicy, ingress: DirState, egress: DirState): void {
    const members = this.podsByNs.get(policy.namespace) ?? [];
    const pods = this.index.cluster.pods;
    const selected = members.filter((i) => policy.podSelector.matches(pods[i]?.labels));
    if (selected.length === 0) return;
    if (policy.ingress !== null) {
      for (const i of selected) ingress.isolated[i] = 1;
      for (const rule of policy.ingress) {
        const dst = this.rulePortDestinations(rule);
        const peers = this.rulePeers(rule, policy.namespace);
        for (const i of selected) {
          if (dst !== null && ((dst[i >>> 5] ?? 0) & (1 << (i & 31))) === 0) continue;
          orInto(ingress, i, peers, this.words);
        }
      }
    }
    if (policy.egress !== null) {
      for (const i of selected) egress.isolated[i] = 1;
      for (const rule of policy.egress) {
        const dst = this.rulePortDestinations(rule);
        const peers = this.rulePeers(rule, policy.namespace);
        let reach: Uint32Array | null = peers;
        if (dst !== null) {
          reach = peers === null ? dst : peers.map((w, k) => w & (dst[k] ?? 0));
        }
        for (const i of selected) orInto(egress, i, reach, this.words);
      }
    }
  }
}

const has = (bits: Uint32Array | undefined, i: number): boolean =>
  bits !== undefined && ((bits[i >>> 5] ?? 0) & (1 << (i & 31))) !== 0;

/** The fast matrix: O(policies x rules x pods) set building, then one pass over the n^2 pairs. */
export function reachabilityMatrix(
  cluster: Cluster | ClusterIndex,
  policies: readonly (NetworkPolicy | CompiledPolicy)[],
  probe: Probe,
): ReachabilityMatrix {
  const index = 'nsLabels' in cluster ? cluster : indexCluster(cluster);
  const compiled = toCompiled(policies);
  const engine = new Engine(index, probe);
  const n = engine.n;
  const ingress = newDirState(n);
  const egress = newDirState(n);
  for (const p of compiled) engine.apply(p, ingress, egress);
  const allowed = new Uint8Array(n * n);
  for (let a = 0; a < n; a++) {
    const eOpen = egress.isolated[a] === 0 || egress.full[a] === 1;
    const eBits = egress.bits[a];
    const row = a * n;
    for (let b = 0; b < n; b++) {
      if (!eOpen && !has(eBits, b)) continue;
      if (ingress.isolated[b] === 0 || ingress.full[b] === 1 || has(ingress.bits[b], a)) allowed[row + b] = 1;
    }
  }
  return { probe, pods: index.cluster.pods.map(podKey), allowed };
}

const isCompiled = (p: NetworkPolicy | CompiledPolicy): p is CompiledPolicy =>
  typeof p.key === 'string' && typeof (p as CompiledPolicy).podSelector?.matches === 'function';

/** Accepts raw or compiled policies (the UI compiles once and evaluates many probes). */
export function toCompiled(policies: readonly (NetworkPolicy | CompiledPolicy)[]): CompiledPolicy[] {
  return policies.map((p) => (isCompiled(p) ? p : compilePolicy(p)));
}

/** The baseline: decideConnection for every pair (for tests and the benchmark). */
export function naiveReachabilityMatrix(
  cluster: Cluster | ClusterIndex,
  policies: readonly (NetworkPolicy | CompiledPolicy)[],
  probe: Probe,
  rows?: number,
): ReachabilityMatrix {
  const index = 'nsLabels' in cluster ? cluster : indexCluster(cluster);
  const compiled = toCompiled(policies);
  const pods = index.cluster.pods;
  const n = pods.length;
  const allowed = new Uint8Array(n * n);
  const last = Math.min(n, rows ?? n);
  for (let a = 0; a < last; a++) {
    for (let b = 0; b < n; b++) {
      const from = pods[a];
      const to = pods[b];
      if (from === undefined || to === undefined) continue;
      const v = decideConnection({ kind: 'pod', pod: from }, { kind: 'pod', pod: to }, probe, compiled, index);
      if (v.allowed) allowed[a * n + b] = 1;
    }
  }
  return { probe, pods: pods.map(podKey), allowed };
}
