import { describe, expect, it } from 'vitest';
import type { NetworkPolicy } from '../types';
import { explainNetworkPolicy } from './explain';

const seed: NetworkPolicy = {
  apiVersion: 'networking.k8s.io/v1',
  kind: 'NetworkPolicy',
  metadata: { name: 'test-network-policy', namespace: 'default', labels: { app: 'nginx' } },
  spec: {
    podSelector: { matchLabels: { app: 'nginx' } },
    ingress: [
      { from: [{ podSelector: { matchLabels: { app: 'naginx1' } } }], ports: [{ protocol: 'TCP', port: 6379 }] },
    ],
  },
};

describe('explainNetworkPolicy', () => {
  it("explains the seed's example policy", () => {
    const e = explainNetworkPolicy(seed);
    expect(e.policy).toBe('default/test-network-policy');
    expect(e.selectedPods).toBe('pods in namespace "default" labelled app=nginx');
    expect(e.policyTypes).toEqual(['Ingress']);
    expect(e.policyTypesDefaulted).toBe(true);
    expect(e.ingress.rules[0]?.text).toBe(
      'Rule 1 allows incoming connections from pods labelled app=naginx1 in namespace "default" (the policy\'s own namespace), and only on port 6379/TCP.',
    );
    expect(e.egress).toMatchObject({
      affected: false,
      summary: 'Does not affect egress traffic (policyTypes does not include Egress).',
    });
    expect(e.text).toContain('policyTypes is not set; the API server defaults it to [Ingress].');
  });

  it('says when a direction is isolated with nothing allowed', () => {
    const e = explainNetworkPolicy({
      metadata: { name: 'deny', namespace: 'x' },
      spec: { podSelector: {}, policyTypes: ['Egress'] },
    });
    expect(e.selectedPods).toBe('all pods in namespace "x"');
    expect(e.selectsAllPods).toBe(true);
    expect(e.egress).toMatchObject({
      affected: true,
      denyAll: true,
      summary: 'Selected pods are isolated for egress; nothing is allowed.',
    });
    expect(e.ingress.affected).toBe(false);
    const ing = explainNetworkPolicy({
      metadata: { name: 'deny', namespace: 'x' },
      spec: { podSelector: {}, ingress: [] },
    });
    expect(ing.ingress.summary).toBe('Selected pods are isolated for ingress; nothing is allowed.');
  });

  it('says that rules of a direction outside policyTypes have no effect', () => {
    const e = explainNetworkPolicy({
      metadata: { name: 'e', namespace: 'x' },
      spec: { podSelector: {}, policyTypes: ['Egress'], ingress: [{}], egress: [{}] },
    });
    expect(e.ingress).toMatchObject({
      affected: false,
      rules: [],
      summary:
        'Does not affect ingress traffic (policyTypes does not include Ingress). Its 1 ingress rule has no effect.',
    });
    expect(e.text).toContain('Its 1 ingress rule has no effect.');
  });

  it('states AND inside a peer and OR between peers, ports and rules', () => {
    const e = explainNetworkPolicy({
      metadata: { name: 'p', namespace: 'x' },
      spec: {
        podSelector: { matchExpressions: [{ key: 'tier', operator: 'In', values: ['a', 'b'] }] },
        ingress: [
          {
            from: [
              { podSelector: { matchLabels: { pod: 'b' } }, namespaceSelector: { matchLabels: { team: 'y' } } },
              { namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'z' } } },
              { ipBlock: { cidr: '10.0.0.0/8', except: ['10.1.0.0/16'] } },
            ],
            ports: [
              { port: 80 },
              { port: 'http', protocol: 'TCP' },
              { port: 8000, endPort: 8080 },
              { protocol: 'UDP' },
            ],
          },
          {},
        ],
      },
    });
    expect(e.selectedPods).toBe('pods in namespace "x" labelled tier in (a, b)');
    const r = e.ingress.rules[0];
    expect(r?.peers.map((p) => p.text)).toEqual([
      'pods labelled pod=b AND in namespaces labelled team=y (both must match)',
      'all pods in namespace "z"',
      'IP addresses in 10.0.0.0/8 except 10.1.0.0/16',
    ]);
    expect(r?.peers[2]?.path).toBe('spec.ingress[0].from[2]');
    expect(r?.text).toContain(' OR from all pods in namespace "z" OR from IP addresses');
    expect(r?.ports.map((p) => p.text)).toEqual([
      'port 80/TCP',
      'the port named "http" (TCP) as declared on the selected pod',
      'ports 8000-8080/TCP',
      'every UDP port',
    ]);
    expect(e.ingress.rules[1]).toMatchObject({ allPeers: true, allPorts: true });
    expect(e.ingress.rules[1]?.text).toBe(
      'Rule 2 allows incoming connections from all sources (every pod in every namespace and every IP address), on every port and protocol.',
    );
    expect(e.ingress.summary).toContain('at least one of these 2 rules (rules are ORed)');
  });

  it('words egress as egress: to, destination, named ports on the destination pod', () => {
    const e = explainNetworkPolicy({
      metadata: { name: 'p', namespace: 'x' },
      spec: {
        podSelector: {},
        egress: [{ to: [{ podSelector: {} }], ports: [{ port: 'dns', protocol: 'UDP' }] }, { ports: [{ port: 443 }] }],
      },
    });
    expect(e.policyTypes).toEqual(['Ingress', 'Egress']);
    expect(e.text).toContain('defaults it to [Ingress, Egress] because egress rules are present');
    expect(e.egress.rules[0]?.text).toBe(
      'Rule 1 allows outgoing connections to all pods in namespace "x" (the policy\'s own namespace), and only on the port named "dns" (UDP) as declared on the destination pod.',
    );
    expect(e.egress.rules[1]?.text).toContain('to all destinations');
    for (const r of e.egress.rules) expect(r.text).not.toMatch(/\bfrom\b/);
  });

  it('describes selectors with every operator', () => {
    const e = explainNetworkPolicy({
      metadata: { name: 'p', namespace: 'x' },
      spec: {
        podSelector: {
          matchExpressions: [
            { key: 'a', operator: 'NotIn', values: ['1'] },
            { key: 'b', operator: 'Exists' },
            { key: 'c', operator: 'DoesNotExist' },
          ],
        },
        ingress: [
          { from: [{ namespaceSelector: {} }, { podSelector: { matchLabels: { k: 'v' } }, namespaceSelector: {} }] },
        ],
      },
    });
    expect(e.selectedPods).toBe(
      'pods in namespace "x" labelled a not in (1) (or no a label) AND a b label (any value) AND no c label',
    );
    expect(e.ingress.rules[0]?.peers.map((p) => p.text)).toEqual([
      'all pods in all namespaces',
      'pods labelled k=v in any namespace',
    ]);
  });
});

describe('describePeer on malformed input', () => {
  it('does not throw when ipBlock.except is not an array', async () => {
    const { describePeer } = await import('./wording');
    const peer = { ipBlock: { cidr: '10.0.0.0/8', except: ' ' } } as unknown as Parameters<typeof describePeer>[0];
    expect(describePeer(peer, 'default')).toBe('IP addresses in 10.0.0.0/8');
  });
});
