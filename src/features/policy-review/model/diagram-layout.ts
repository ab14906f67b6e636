// Deterministic three-column layout of a policy: sources -> selected pods -> destinations, with the
// rule's ports on each edge. Long columns are cut to MAX_NODES with a "+N more" node (pure).
import type { NetworkPolicy, NetworkPolicyPort } from '../../../k8s/networking/types';
import {
  describePeer,
  describePort,
  describeSelectedPods,
  effectiveTypes,
  policyNamespace,
  sanitizePolicy,
} from './engine';
import { peersOf, portsOf, rulesOf } from './shape';

export const MAX_NODES = 6;
export const NODE_W = 240;
export const NODE_H = 58;
const GAP = 14;
const TOP = 34;
/** Wide gaps between the columns leave room for the port labels at the ends of the edges. */
export const COLUMN_X = [10, 440, 870] as const;
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
  /** Compact: "80/TCP, 443/TCP", "8000-8100/TCP", "http/TCP" (a named port), "all ports", or "" for the deny/open markers. */
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

interface Pending {
  key: string;
  kind: NodeKind;
  text: string;
  edges: { ports: string; full: string; rule: number }[];
}

const portsText = (ports: readonly NetworkPolicyPort[], dir: 'Ingress' | 'Egress'): string =>
  ports.length === 0 ? 'every port and protocol' : ports.map((p) => describePort(p ?? {}, dir)).join(' OR ');

/** The short form drawn on an edge (the text alternative keeps the long form). */
export function compactPorts(ports: readonly NetworkPolicyPort[]): string {
  if (ports.length === 0) return 'all ports';
  return ports
    .map((p) => {
      const proto = typeof p?.protocol === 'string' ? p.protocol : 'TCP';
      if (p?.port === undefined || p.port === null) return `all ${proto}`;
      if (typeof p.port === 'string') return `${p.port}/${proto}`;
      return typeof p.endPort === 'number' ? `${p.port}-${p.endPort}/${proto}` : `${p.port}/${proto}`;
    })
    .join(', ');
}

/** Peers of one direction, merged by their wording so that a peer used by two rules is drawn once. */
function collect(policy: NetworkPolicy, dir: 'Ingress' | 'Egress'): Pending[] {
  const ns = policyNamespace(policy);
  const d = dir.toLowerCase();
  if (!effectiveTypes(policy).includes(dir)) {
    return [
      {
        key: 'open',
        kind: 'open',
        text: `${dir} not restricted by this policy`,
        edges: [{ ports: '', full: '', rule: 0 }],
      },
    ];
  }
  const rules = rulesOf(policy, dir);
  if (rules.length === 0) {
    return [
      {
        key: 'deny',
        kind: 'deny',
        text: `Nothing allowed (all ${d} denied)`,
        edges: [{ ports: '', full: '', rule: 0 }],
      },
    ];
  }
  const byKey = new Map<string, Pending>();
  rules.forEach((rule, r) => {
    const peers = peersOf(rule, dir);
    const full = portsText(portsOf(rule), dir);
    const ports = compactPorts(portsOf(rule));
    const items: { kind: NodeKind; text: string }[] =
      peers.length === 0
        ? [{ kind: 'everyone', text: 'Everyone: all pods in all namespaces and all IPs' }]
        : peers.map((p) => ({ kind: 'peer' as const, text: describePeer(p, ns) }));
    for (const it of items) {
      const found = byKey.get(it.text);
      if (found) found.edges.push({ ports, full, rule: r + 1 });
      else byKey.set(it.text, { key: it.text, kind: it.kind, text: it.text, edges: [{ ports, full, rule: r + 1 }] });
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

export function layoutDiagram(draft: NetworkPolicy): DiagramLayout {
  const policy = sanitizePolicy(draft);
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
              ? `Ingress rule ${e.rule}: from ${peer} to the selected pods on ${e.full}.`
              : `Egress rule ${e.rule}: from the selected pods to ${peer} on ${e.full}.`,
          );
        }
      }
    }
  }
  return { nodes: [...sources.nodes, selected, ...dests.nodes], edges, height, sentences };
}
