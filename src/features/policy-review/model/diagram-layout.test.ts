import { describe, it, expect } from 'vitest';
import { MAX_NODES, layoutDiagram } from './diagram-layout';
import { policy } from './test-fixtures';

describe('layoutDiagram', () => {
  it('draws sources, the selected pods and a deny marker for an isolated direction without rules', () => {
    const p = policy('shop', 'a', {
      podSelector: { matchLabels: { app: 'cart' } },
      policyTypes: ['Ingress', 'Egress'],
      ingress: [{ from: [{ podSelector: { matchLabels: { app: 'frontend' } } }], ports: [{ port: 7070 }] }],
    });
    const l = layoutDiagram(p);
    const src = l.nodes.filter((n) => n.column === 0);
    const dst = l.nodes.filter((n) => n.column === 2);
    expect(src.map((n) => n.text)).toEqual([
      'pods labelled app=frontend in namespace "shop" (the policy\'s own namespace)',
    ]);
    expect(dst.map((n) => n.kind)).toEqual(['deny']);
    expect(l.edges).toContainEqual({ from: 'src0', to: 'selected', ports: '7070/TCP', rules: [1] });
    expect(l.sentences).toContain(
      'Ingress rule 1: from pods labelled app=frontend in namespace "shop" (the policy\'s own namespace) to the selected pods on port 7070/TCP.',
    );
    expect(l.sentences).toContain('Egress: Nothing allowed (all egress denied).');
  });

  it('merges a peer used by two rules into one node, and groups the overflow as "+N more"', () => {
    const peers = Array.from({ length: 10 }, (_, i) => ({ podSelector: { matchLabels: { app: `a${i}` } } }));
    const p = policy('shop', 'b', {
      podSelector: {},
      ingress: [
        { from: peers, ports: [{ port: 80 }] },
        { from: peers.slice(0, 1), ports: [{ port: 443 }] },
      ],
    });
    const l = layoutDiagram(p);
    const src = l.nodes.filter((n) => n.column === 0);
    expect(src).toHaveLength(MAX_NODES);
    expect(src.at(-1)?.text).toBe(`+${10 - (MAX_NODES - 1)} more peers`);
    // a0 appears once, with one edge per port set.
    expect(l.edges.filter((e) => e.from === 'src0').map((e) => e.ports)).toEqual(['80/TCP', '443/TCP']);
    expect(l.edges.filter((e) => e.from === 'srcmore')).toEqual([
      { from: 'srcmore', to: 'selected', ports: '80/TCP', rules: [1] },
    ]);
    // Egress is not in policyTypes: an "open" marker, no arrow ports.
    expect(l.nodes.find((n) => n.column === 2)?.kind).toBe('open');
    // Deterministic: the same input lays out the same.
    expect(layoutDiagram(p)).toEqual(l);
  });

  it('a rule without peers points at everyone', () => {
    const p = policy('shop', 'c', {
      podSelector: {},
      policyTypes: ['Egress'],
      egress: [{ ports: [{ port: 53, protocol: 'UDP' }] }],
    });
    const l = layoutDiagram(p);
    expect(l.nodes.find((n) => n.column === 2)?.kind).toBe('everyone');
    expect(l.edges).toContainEqual({ from: 'selected', to: 'dst0', ports: '53/UDP', rules: [1] });
  });
});
