// The reachability matrix for every ordered pair of pods on one (port, protocol). Per policy the
// selected pods and per rule the matched peer pods are computed once as bitsets, then combined.
import { compilePolicy, type CompiledPolicy, type CompiledRule } from './compile';
import { decideConnection } from './decide';
import { indexCluster, type ClusterIndex, type Probe } from './match';
import { and, hasBit, orInto, PodSets, type PodSet } from './pod-sets';
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

/** ORs `set` (null: every pod) into row `row` of a flat n x words bit matrix. */
function orRow(m: Uint32Array, row: number, words: number, set: PodSet | null, lastMask: number): void {
  const base = row * words;
  if (set === null) {
    m.fill(0xffffffff, base, base + words);
    m[base + words - 1] = lastMask;
    return;
  }
  for (let w = 0; w < words; w++) m[base + w] = (m[base + w] ?? 0) | (set[w] ?? 0);
}

function selectedPods(sets: PodSets, p: CompiledPolicy): number[] {
  const sel = and(sets.namespace(p.namespace), sets.labels(p.podSelector));
  const out: number[] = [];
  for (let i = 0; i < sets.n; i++) if (hasBit(sel, i)) out.push(i);
  return out;
}

/** Union of a rule's peers; null means every pod. */
function rulePeers(sets: PodSets, rule: CompiledRule, ns: string): PodSet | null {
  if (rule.peers.length === 0) return null;
  const out = new Uint32Array(sets.words);
  for (const peer of rule.peers) orInto(out, sets.peer(peer, ns));
  return out;
}

/**
 * The fast matrix. Per policy the selected pods, per rule the peer set and the destination pods on
 * which its ports match are bitsets computed once (selectors cached across policies); rows of
 * egress destinations and ingress sources are ORed per pod, then one pass reads the n^2 pairs.
 */
export function reachabilityMatrix(
  cluster: Cluster | ClusterIndex,
  policies: readonly (NetworkPolicy | CompiledPolicy)[],
  probe: Probe,
): ReachabilityMatrix {
  const index = 'nsLabels' in cluster ? cluster : indexCluster(cluster);
  const sets = new PodSets(index, probe);
  const { n, words } = sets;
  const lastMask = n % 32 === 0 ? 0xffffffff : (1 << (n % 32)) - 1;
  const egress = new Uint32Array(n * words); // row a: destinations a may send to
  const ingress = new Uint32Array(n * words); // row b: sources b accepts
  const eIso = new Uint8Array(n);
  const iIso = new Uint8Array(n);
  for (const p of toCompiled(policies)) {
    if (p.ingress === null && p.egress === null) continue;
    const selected = selectedPods(sets, p);
    if (selected.length === 0) continue;
    if (p.ingress !== null) {
      for (const i of selected) iIso[i] = 1;
      for (const rule of p.ingress) {
        const dst = sets.ports(rule.ports);
        const peers = rulePeers(sets, rule, p.namespace);
        for (const i of selected) if (dst === null || hasBit(dst, i)) orRow(ingress, i, words, peers, lastMask);
      }
    }
    if (p.egress !== null) {
      for (const i of selected) eIso[i] = 1;
      for (const rule of p.egress) {
        const dst = sets.ports(rule.ports);
        const peers = rulePeers(sets, rule, p.namespace);
        const reach = dst === null ? peers : peers === null ? dst : and(peers, dst);
        for (const i of selected) orRow(egress, i, words, reach, lastMask);
      }
    }
  }
  for (let i = 0; i < n; i++) {
    if (eIso[i] === 0) orRow(egress, i, words, null, lastMask);
    if (iIso[i] === 0) orRow(ingress, i, words, null, lastMask);
  }
  const allowed = new Uint8Array(n * n);
  for (let a = 0; a < n; a++) {
    const wa = a >>> 5;
    const ma = 1 << (a & 31);
    const base = a * words;
    for (let w = 0; w < words; w++) {
      let e = egress[base + w] ?? 0;
      while (e !== 0) {
        const low = e & -e;
        e ^= low;
        const b = (w << 5) + 31 - Math.clz32(low);
        if (((ingress[b * words + wa] ?? 0) & ma) !== 0) allowed[a * n + b] = 1;
      }
    }
  }
  return { probe, pods: index.cluster.pods.map(podKey), allowed };
}

export interface MatrixChange {
  from: string;
  to: string;
  before: boolean;
  after: boolean;
}

/** Pairs of distinct pods whose verdict differs between two matrices (a before/after view). */
export function matrixDiff(before: ReachabilityMatrix, after: ReachabilityMatrix): MatrixChange[] {
  const out: MatrixChange[] = [];
  const at = new Map(after.pods.map((p, i) => [p, i]));
  before.pods.forEach((from, i) => {
    const ai = at.get(from);
    if (ai === undefined) return;
    before.pods.forEach((to, j) => {
      const aj = at.get(to);
      if (i === j || aj === undefined) return;
      const b = matrixGet(before, i, j);
      const a = matrixGet(after, ai, aj);
      if (a !== b) out.push({ from, to, before: b, after: a });
    });
  });
  return out;
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
