import { describe, expect, it } from 'vitest';
import type { NetworkPolicy } from '../types';
import type { Cluster } from './model';
import { policyWarnings, type WarningCode } from './warnings';

const cluster: Cluster = {
  namespaces: [
    { name: 'x', labels: {} },
    { name: 'kube-system', labels: {} },
  ],
  pods: [
    {
      namespace: 'x',
      name: 'web',
      labels: { app: 'web' },
      ips: ['10.244.1.5'],
      ports: [{ name: 'http', containerPort: 8080, protocol: 'TCP' }],
    },
    {
      namespace: 'x',
      name: 'db',
      labels: { app: 'db' },
      ips: ['10.244.1.6'],
      ports: [{ name: 'sql', containerPort: 5432, protocol: 'TCP' }],
    },
  ],
};
const pol = (spec: NetworkPolicy['spec']): NetworkPolicy => ({ metadata: { name: 'p', namespace: 'x' }, spec });
const codes = (p: NetworkPolicy, c?: Cluster): WarningCode[] => policyWarnings(p, c).map((w) => w.code);
const find = (p: NetworkPolicy, code: WarningCode, c?: Cluster) => policyWarnings(p, c).filter((w) => w.code === code);

describe('policyWarnings', () => {
  it('warns when egress is isolated and DNS is not allowed', () => {
    const w = find(pol({ podSelector: { matchLabels: { app: 'web' } }, policyTypes: ['Egress'] }), 'EgressWithoutDNS');
    expect(w).toHaveLength(1);
    expect(w[0]).toMatchObject({ severity: 'warning', field: 'spec.policyTypes' });
    expect(w[0]?.message).toContain('no egress rule allows DNS');
    expect(
      find(
        pol({ podSelector: { matchLabels: { app: 'web' } }, egress: [{ ports: [{ port: 80 }] }] }),
        'EgressWithoutDNS',
      )[0]?.field,
    ).toBe('spec.egress');
  });

  it.each([
    ['UDP 53 to anywhere', [{ ports: [{ port: 53, protocol: 'UDP' }] }]],
    ['TCP 53 to anywhere', [{ ports: [{ port: 53 }] }]],
    ['a range containing 53', [{ ports: [{ port: 50, endPort: 60, protocol: 'UDP' }] }]],
    ['every port', [{ to: [{ namespaceSelector: {} }] }]],
    [
      'kube-system by name',
      [
        {
          to: [{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'kube-system' } } }],
          ports: [{ port: 53, protocol: 'UDP' }],
        },
      ],
    ],
    [
      'kube-dns pods in kube-system, named port',
      [
        {
          to: [{ namespaceSelector: {}, podSelector: { matchLabels: { 'k8s-app': 'kube-dns' } } }],
          ports: [{ port: 'dns', protocol: 'UDP' }],
        },
      ],
    ],
    [
      'an ipBlock (may be the resolver)',
      [{ to: [{ ipBlock: { cidr: '169.254.20.10/32' } }], ports: [{ port: 53, protocol: 'UDP' }] }],
    ],
  ])('does not warn about DNS when %s is allowed', (_n, egress) => {
    expect(codes(pol({ podSelector: {}, egress: egress as never }))).not.toContain('EgressWithoutDNS');
  });

  it('still warns when 53 is allowed only to non-DNS pods', () => {
    const p = pol({ podSelector: {}, egress: [{ to: [{ podSelector: {} }], ports: [{ port: 53, protocol: 'UDP' }] }] });
    expect(codes(p)).toContain('EgressWithoutDNS');
    expect(codes(pol({ podSelector: {}, ingress: [] }))).not.toContain('EgressWithoutDNS');
  });

  it('reports an empty podSelector (with the pod count when a cluster is known)', () => {
    const p = pol({ podSelector: {}, ingress: [] });
    expect(find(p, 'EmptyPodSelector')[0]).toMatchObject({ severity: 'info', field: 'spec.podSelector' });
    expect(find(p, 'EmptyPodSelector', cluster)[0]?.message).toContain('(2 pod(s) now)');
    expect(codes(pol({ podSelector: { matchLabels: { app: 'none' } } }), cluster)).toContain('SelectsNoPods');
  });

  it('warns about ports without peers, in both directions', () => {
    const p = pol({
      podSelector: { matchLabels: { app: 'web' } },
      ingress: [{ ports: [{ port: 80 }] }, { from: [{ podSelector: {} }], ports: [{ port: 81 }] }],
      egress: [{ ports: [{ port: 53, protocol: 'UDP' }], to: [] }],
    });
    const w = find(p, 'PortsWithoutPeers');
    expect(w.map((x) => x.field)).toEqual(['spec.ingress[0]', 'spec.egress[0]']);
    expect(w[0]?.message).toContain('from every source');
    expect(w[1]?.message).toContain('to every destination');
  });

  it('warns about a named port no selected (ingress) or destination (egress) pod has', () => {
    const p = pol({
      podSelector: { matchLabels: { app: 'web' } },
      ingress: [
        { ports: [{ port: 'http' }, { port: 'sql' }, { port: 'http', protocol: 'UDP' }], from: [{ podSelector: {} }] },
      ],
      egress: [{ to: [{ podSelector: { matchLabels: { app: 'db' } } }], ports: [{ port: 'sql' }, { port: 'http' }] }],
    });
    expect(find(p, 'NamedPortNotFound', cluster).map((w) => w.field)).toEqual([
      'spec.ingress[0].ports[1].port',
      'spec.ingress[0].ports[2].port',
      'spec.egress[0].ports[1].port',
    ]);
    expect(find(p, 'NamedPortNotFound')).toEqual([]);
  });

  it('warns about an ipBlock that contains pod IPs, respecting except', () => {
    const p = pol({
      podSelector: {},
      ingress: [
        {
          from: [
            { ipBlock: { cidr: '10.244.0.0/16' } },
            { ipBlock: { cidr: '10.244.1.0/24', except: ['10.244.1.0/29'] } },
            { ipBlock: { cidr: '192.168.0.0/16' } },
          ],
        },
      ],
    });
    const w = find(p, 'IPBlockOverlapsPods', cluster);
    expect(w.map((x) => x.field)).toEqual(['spec.ingress[0].from[0].ipBlock.cidr']);
    expect(w[0]?.message).toContain('2 pod(s) (x/web, x/db)');
  });

  it('warns about except outside cidr and invalid CIDRs, selectors and peers', () => {
    const p = pol({
      podSelector: { matchExpressions: [{ key: 'a', operator: 'In', values: [] }] },
      ingress: [
        {
          from: [
            { ipBlock: { cidr: '10.0.0.0/8', except: ['11.0.0.0/16', '10.1.0.0/16', 'nope'] } },
            { ipBlock: { cidr: '10.0.0.0/99' } },
            {},
            { ipBlock: { cidr: '10.0.0.0/8' }, podSelector: {} },
          ],
        },
      ],
    });
    const w = policyWarnings(p);
    expect(w.filter((x) => x.code === 'ExceptOutsideCIDR').map((x) => x.field)).toEqual([
      'spec.ingress[0].from[0].ipBlock.except[0]',
    ]);
    expect(w.filter((x) => x.code === 'InvalidCIDR').map((x) => x.field)).toEqual([
      'spec.ingress[0].from[0].ipBlock.except[2]',
      'spec.ingress[0].from[1].ipBlock.cidr',
    ]);
    expect(w.filter((x) => x.code === 'InvalidPeer').map((x) => x.field)).toEqual([
      'spec.ingress[0].from[2]',
      'spec.ingress[0].from[3]',
    ]);
    expect(w.filter((x) => x.code === 'InvalidSelector').map((x) => x.field)).toEqual(['spec.podSelector']);
  });

  it('warns about rules of a direction that policyTypes leaves out (they have no effect)', () => {
    const p = pol({
      podSelector: {},
      policyTypes: ['Egress'],
      ingress: [{ from: [{ podSelector: {} }] }, {}],
      egress: [{ to: [{ namespaceSelector: {} }] }],
    });
    expect(find(p, 'RulesIgnored').map((w) => [w.field, w.message])).toEqual([
      ['spec.ingress', 'policyTypes does not include Ingress, so the 2 rule(s) in spec.ingress have no effect'],
    ]);
    // Defaulted policyTypes never ignore rules: egress rules turn Egress on.
    expect(find(pol({ podSelector: {}, egress: [{}] }), 'RulesIgnored')).toEqual([]);
    expect(find(pol({ podSelector: {}, policyTypes: ['Ingress'], egress: [] }), 'RulesIgnored')).toEqual([]);
  });

  it('is quiet for a well-formed policy', () => {
    const p = pol({
      podSelector: { matchLabels: { app: 'db' } },
      ingress: [{ from: [{ podSelector: { matchLabels: { app: 'web' } } }], ports: [{ port: 'sql' }] }],
    });
    expect(policyWarnings(p, cluster)).toEqual([]);
  });
});

describe('except that is not a strict subset of cidr', () => {
  it.each([
    ['11.0.0.0/16', 'it excludes nothing'],
    ['10.0.0.0/8', 'it covers the whole cidr, so this peer matches nothing'],
    ['0.0.0.0/0', 'it covers the whole cidr, so this peer matches nothing'],
  ])('%s', (except, effect) => {
    const p = pol({ podSelector: {}, ingress: [{ from: [{ ipBlock: { cidr: '10.0.0.0/8', except: [except] } }] }] });
    expect(find(p, 'ExceptOutsideCIDR')[0]?.message).toContain(effect);
  });
  it('accepts a strict subset', () => {
    const p = pol({
      podSelector: {},
      ingress: [{ from: [{ ipBlock: { cidr: 'fd00::/8', except: ['fd00:1::/32'] } }] }],
    });
    expect(find(p, 'ExceptOutsideCIDR')).toEqual([]);
  });
});
