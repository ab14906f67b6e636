// Deterministic three-column layout of a policy: sources -> selected pods -> destinations, with the
// rule's ports on each edge. Long columns are cut to MAX_NODES with a "+N more" node (pure).
import type { NetworkPolicy, NetworkPolicyPeer, NetworkPolicyPort } from '../../../k8s/networking/types';
import { describePeer, describePort, describeSelectedPods, effectiveTypes, policyNamespace } from './engine';

export const MAX_NODES = 6;
export const NODE_W = 220;
export const NODE_H = 46;
const GAP = 14;
const TOP = 34;
export const COLUMN_X = [10, 330, 650] as const;
export const DIAGRAM_W = COLUMN_X[2] + NODE_W + 10;

export type NodeKind = 'peer' | 'selected' | 'everyone' | 'deny' | 'open' | 'more';

export interface DiagramNode {
  id: string;
  column: 0 | 1 | 2;
  kind: NodeKind;
  /** Full text (the SVG truncates it visually and keeps it in a <title>). */
  text: string;
  x: number;
  y: number;
}

export interface DiagramEdge {
  from: string;
  to: string;
  /** "port 80/TCP OR port 443/TCP", "all ports", or "" for the deny/open markers. */
  ports: string;
  /** Rule numbers (1-based) that the edge stands for. */
  rules: number[];
}

export interface DiagramLayout {
  nodes: DiagramNode[];
  edges: DiagramEdge[];
  height: number;
  /** The diagram as sentences, for its text alternative. */
  sentences: string[];
}

type Rule = { ports?: NetworkPolicyPort[]; from?: NetworkPolicyPeer[]; to?: NetworkPolicyPeer[] };

interface Pending {
  key: string;
  kind: NodeKind;
  text: string;
  edges: { ports: string; rule: number }[];
}

const portsText = (ports: readonly NetworkPolicyPort[], dir: 'Ingress' | 'Egress'): string =>
  ports.length === 0 ? 'all ports' : ports.map((p) => describePort(p ?? {}, dir)).join(' OR ');

/** Peers of one direction, merged by their wording so that a peer used by two rules is drawn once. */
function collect(policy: NetworkPolicy, dir: 'Ingress' | 'Egress'): Pending[] {
  const spec = policy.spec ?? {};
  const ns = policyNamespace(policy);
  const d = dir.toLowerCase();
  if (!effectiveTypes(policy).includes(dir)) {
    return [
      { key: 'open', kind: 'open', text: `${dir} not restricted by this policy`, edges: [{ ports: '', rule: 0 }] },
    ];
  }
  const rules = ((dir === 'Ingress' ? spec.ingress : spec.egress) ?? []) as (Rule | null)[];
  if (rules.length === 0) {
    return [{ key: 'deny', kind: 'deny', text: `Nothing allowed (all ${d} denied)`, edges: [{ ports: '', rule: 0 }] }];
  }
  const byKey = new Map<string, Pending>();
  rules.forEach((rule, r) => {
    const peers = (dir === 'Ingress' ? rule?.from : rule?.to) ?? [];
    const ports = portsText(rule?.ports ?? [], dir);
    const items: { kind: NodeKind; text: string }[] =
      peers.length === 0
        ? [{ kind: 'everyone', text: 'Everyone: all pods in all namespaces and all IPs' }]
        : peers.map((p) => ({ kind: 'peer' as const, text: describePeer(p ?? {}, ns) }));
    for (const it of items) {
      const found = byKey.get(it.text);
      if (found) found.edges.push({ ports, rule: r + 1 });
      else byKey.set(it.text, { key: it.text, kind: it.kind, text: it.text, edges: [{ ports, rule: r + 1 }] });
    }
  });
  return [...byKey.values()];
}

function place(
  items: Pending[],
  column: 0 | 2,
  prefix: string,
): { nodes: DiagramNode[]; owner: Map<string, Pending[]> } {
  const shown = items.length > MAX_NODES ? items.slice(0, MAX_NODES - 1) : items;
  const rest = items.slice(shown.length);
  const nodes: DiagramNode[] = [];
  const owner = new Map<string, Pending[]>();
  shown.forEach((p, i) => {
    const id = `${prefix}${i}`;
    nodes.push({ id, column, kind: p.kind, text: p.text, x: COLUMN_X[column], y: TOP + i * (NODE_H + GAP) });
    owner.set(id, [p]);
  });
  if (rest.length > 0) {
    const id = `${prefix}more`;
    const y = TOP + shown.length * (NODE_H + GAP);
    nodes.push({ id, column, kind: 'more', text: `+${rest.length} more peers`, x: COLUMN_X[column], y });
    owner.set(id, rest);
  }
  return { nodes, owner };
}

function edgesFor(owner: Map<string, Pending[]>, toCenter: boolean): DiagramEdge[] {
  const out: DiagramEdge[] = [];
  for (const [id, pendings] of owner) {
    // One edge per distinct port text; the rules it stands for are listed on it.
    const byPorts = new Map<string, number[]>();
    for (const p of pendings) for (const e of p.edges) byPorts.set(e.ports, [...(byPorts.get(e.ports) ?? []), e.rule]);
    for (const [ports, rules] of byPorts) {
      const r = [...new Set(rules.filter((x) => x > 0))].sort((a, b) => a - b);
      out.push(
        toCenter ? { from: id, to: 'selected', ports, rules: r } : { from: 'selected', to: id, ports, rules: r },
      );
    }
  }
  return out;
}

export function layoutDiagram(policy: NetworkPolicy): DiagramLayout {
  const ns = policyNamespace(policy);
  const sources = place(collect(policy, 'Ingress'), 0, 'src');
  const dests = place(collect(policy, 'Egress'), 2, 'dst');
  const rows = Math.max(sources.nodes.length, dests.nodes.length, 1);
  const height = TOP + rows * (NODE_H + GAP) + 4;
  const selectedText = describeSelectedPods(policy.spec?.podSelector ?? {}, ns);
  const selected: DiagramNode = {
    id: 'selected',
    column: 1,
    kind: 'selected',
    text: `Selected: ${selectedText}`,
    x: COLUMN_X[1],
    y: Math.max(TOP, (height - NODE_H) / 2),
  };
  const edges = [...edgesFor(sources.owner, true), ...edgesFor(dests.owner, false)];
  const sentences: string[] = [`The policy selects ${selectedText}.`];
  for (const [owner, dir] of [
    [sources.owner, 'Ingress'],
    [dests.owner, 'Egress'],
  ] as const) {
    for (const pendings of owner.values()) {
      for (const p of pendings) {
        if (p.kind === 'open' || p.kind === 'deny') {
          sentences.push(`${dir}: ${p.text}.`);
          continue;
        }
        for (const e of p.edges) {
          const peer = p.kind === 'everyone' ? 'everyone' : p.text;
          sentences.push(
            dir === 'Ingress'
              ? `Ingress rule ${e.rule}: from ${peer} to the selected pods on ${e.ports}.`
              : `Egress rule ${e.rule}: from the selected pods to ${peer} on ${e.ports}.`,
          );
        }
      }
    }
  }
  return { nodes: [...sources.nodes, selected, ...dests.nodes], edges, height, sentences };
}
