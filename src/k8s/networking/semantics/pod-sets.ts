// Pod sets as bitsets (one bit per pod, 32 per word) and a cache that evaluates each distinct
// selector, namespace selector, ipBlock and port list once per cluster and probe.
import type { CompiledPeer, CompiledPort } from './compile';
import { ipBlockMatches, portMatches, type ClusterIndex, type Probe } from './match';
import type { CompiledSelector } from './selector';

export type PodSet = Uint32Array;

export const hasBit = (s: PodSet, i: number): boolean => ((s[i >>> 5] ?? 0) & (1 << (i & 31))) !== 0;

export function setBit(s: PodSet, i: number): void {
  s[i >>> 5] = (s[i >>> 5] ?? 0) | (1 << (i & 31));
}

export function and(a: PodSet, b: PodSet): PodSet {
  const out = new Uint32Array(a.length);
  for (let w = 0; w < a.length; w++) out[w] = (a[w] ?? 0) & (b[w] ?? 0);
  return out;
}

export function orInto(into: PodSet, from: PodSet): void {
  for (let w = 0; w < into.length; w++) into[w] = (into[w] ?? 0) | (from[w] ?? 0);
}

const selectorKey = (s: CompiledSelector): string => (s.valid ? JSON.stringify(s.requirements) : '!invalid');

export class PodSets {
  readonly n: number;
  readonly words: number;
  private readonly byLabels = new Map<string, PodSet>();
  private readonly byNsSelector = new Map<string, PodSet>();
  private readonly byNamespace = new Map<string, PodSet>();
  private readonly byIpBlock = new Map<string, PodSet>();
  private readonly byPorts = new Map<string, PodSet | null>();
  readonly empty: PodSet;

  constructor(
    readonly index: ClusterIndex,
    readonly probe: Probe,
  ) {
    const pods = index.cluster.pods;
    this.n = pods.length;
    this.words = Math.ceil(this.n / 32);
    this.empty = new Uint32Array(this.words);
    pods.forEach((p, i) => {
      let s = this.byNamespace.get(p.namespace);
      if (s === undefined) {
        s = new Uint32Array(this.words);
        this.byNamespace.set(p.namespace, s);
      }
      setBit(s, i);
    });
  }

  /** Pods of one namespace. */
  namespace(ns: string): PodSet {
    return this.byNamespace.get(ns) ?? this.empty;
  }

  /** Pods (in any namespace) whose labels match. */
  labels(sel: CompiledSelector): PodSet {
    const key = selectorKey(sel);
    let s = this.byLabels.get(key);
    if (s === undefined) {
      s = new Uint32Array(this.words);
      const pods = this.index.cluster.pods;
      for (let i = 0; i < this.n; i++) if (sel.matches(pods[i]?.labels)) setBit(s, i);
      this.byLabels.set(key, s);
    }
    return s;
  }

  /** Pods in namespaces whose labels match. */
  namespaces(sel: CompiledSelector): PodSet {
    const key = selectorKey(sel);
    let s = this.byNsSelector.get(key);
    if (s === undefined) {
      s = new Uint32Array(this.words);
      for (const [ns, members] of this.byNamespace) if (sel.matches(this.index.nsLabels.get(ns))) orInto(s, members);
      this.byNsSelector.set(key, s);
    }
    return s;
  }

  /** The pods a peer matches (podSelector alone: in the policy's namespace; both: AND). */
  peer(peer: CompiledPeer, policyNs: string): PodSet {
    if (peer.kind === 'invalid') return this.empty;
    if (peer.kind === 'ipBlock') {
      const key = `${peer.cidr?.text ?? '!'}|${peer.except.map((e) => e?.text ?? '!').join(',')}`;
      let s = this.byIpBlock.get(key);
      if (s === undefined) {
        s = new Uint32Array(this.words);
        const pods = this.index.cluster.pods;
        for (let i = 0; i < this.n; i++) {
          const pod = pods[i];
          if (pod !== undefined && ipBlockMatches(peer, this.index.podIPs.get(pod) ?? [])) setBit(s, i);
        }
        this.byIpBlock.set(key, s);
      }
      return s;
    }
    const where =
      peer.namespaceSelector === undefined ? this.namespace(policyNs) : this.namespaces(peer.namespaceSelector);
    return peer.podSelector === undefined ? where : and(where, this.labels(peer.podSelector));
  }

  /** Destination pods on which some port entry matches the probe; null means every pod. */
  ports(ports: readonly CompiledPort[]): PodSet | null {
    if (ports.length === 0) return null;
    const key = JSON.stringify(ports);
    const cached = this.byPorts.get(key);
    if (cached !== undefined) return cached;
    let s: PodSet | null;
    if (ports.every((p) => p.name === undefined)) {
      s = ports.some((p) => portMatches(p, this.probe, null)) ? null : this.empty;
    } else {
      s = new Uint32Array(this.words);
      const pods = this.index.cluster.pods;
      for (let i = 0; i < this.n; i++) {
        const pod = pods[i];
        if (pod !== undefined && ports.some((p) => portMatches(p, this.probe, pod))) setBit(s, i);
      }
    }
    this.byPorts.set(key, s);
    return s;
  }
}
