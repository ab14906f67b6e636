import { describe, expect, it } from 'vitest';
import type { NetworkPolicy } from '../types';
import { compilePolicies } from './compile';
import { decideConnection, resolveEndpoint } from './decide';
import { indexCluster, type Endpoint } from './match';
import type { Cluster } from './model';

const cluster: Cluster = {
  namespaces: [
    { name: 'web', labels: { team: 'web' } },
    { name: 'db', labels: {} },
  ],
  pods: [
    { namespace: 'web', name: 'front', labels: { app: 'front' }, ips: ['10.1.0.1', 'fd00::1'], ports: [] },
    {
      namespace: 'db',
      name: 'pg',
      labels: { app: 'pg' },
      ips: ['10.2.0.1'],
      ports: [{ name: 'sql', containerPort: 5432, protocol: 'TCP' }],
    },
  ],
};
const index = indexCluster(cluster);
const ep = (s: string): Endpoint => {
  const e = resolveEndpoint(s, index);
  if (e === null) throw new Error(s);
  return e;
};
const policies: NetworkPolicy[] = [
  {
    metadata: { name: 'pg-ingress', namespace: 'db' },
    spec: {
      podSelector: { matchLabels: { app: 'pg' } },
      ingress: [
        { from: [{ ipBlock: { cidr: '192.168.0.0/16' } }] },
        {
          from: [
            { podSelector: { matchLabels: { app: 'x' } } },
            { namespaceSelector: { matchLabels: { team: 'web' } } },
          ],
          ports: [{ port: 5433 }, { port: 'sql' }],
        },
      ],
    },
  },
  {
    metadata: { name: 'front-egress', namespace: 'web' },
    spec: {
      podSelector: {},
      policyTypes: ['Egress'],
      egress: [{ to: [{ ipBlock: { cidr: 'fd00::/8' } }] }, { ports: [{ port: 'sql' }] }],
    },
  },
];
const compiled = compilePolicies(policies);

describe('decideConnection', () => {
  it('names the policy, rule, peer and port that allowed each direction', () => {
    const v = decideConnection(ep('web/front'), ep('db/pg'), { port: 5432, protocol: 'TCP' }, compiled, index);
    expect(v.allowed).toBe(true);
    expect(v.ingress).toMatchObject({
      pod: 'db/pg',
      isolated: true,
      isolatingPolicies: ['db/pg-ingress'],
      allowedBy: [{ policy: 'db/pg-ingress', ruleIndex: 1, peerIndex: 1, portIndex: 1 }],
    });
    // Egress named port "sql" resolves on the destination pod db/pg.
    expect(v.egress?.allowedBy).toEqual([{ policy: 'web/front-egress', ruleIndex: 1, peerIndex: null, portIndex: 0 }]);
  });

  it('reports that no rule of the isolating policies matched', () => {
    const v = decideConnection(ep('web/front'), ep('db/pg'), { port: 80, protocol: 'TCP' }, compiled, index);
    expect(v.allowed).toBe(false);
    expect(v.egress).toMatchObject({ isolated: true, allowed: false, allowedBy: [] });
    expect(v.ingress).toMatchObject({
      isolated: true,
      allowed: false,
      allowedBy: [],
      isolatingPolicies: ['db/pg-ingress'],
    });
  });

  it('treats a pod with no selecting policy as not isolated', () => {
    const v = decideConnection(ep('db/pg'), ep('web/front'), { port: 80, protocol: 'TCP' }, compiled, index);
    expect(v.allowed).toBe(true);
    expect(v.egress).toMatchObject({ isolated: false, allowed: true, isolatingPolicies: [] });
    expect(v.ingress).toMatchObject({ isolated: false, allowed: true });
  });

  it('evaluates traffic from an external IP against ipBlock peers (no egress side)', () => {
    const inside = decideConnection(ep('192.168.3.4'), ep('db/pg'), { port: 1, protocol: 'UDP' }, compiled, index);
    expect(inside.egress).toBeNull();
    expect(inside.allowed).toBe(true);
    expect(inside.ingress?.allowedBy).toEqual([
      { policy: 'db/pg-ingress', ruleIndex: 0, peerIndex: 0, portIndex: null },
    ]);
    const outside = decideConnection(ep('172.16.0.1'), ep('db/pg'), { port: 5432, protocol: 'TCP' }, compiled, index);
    expect(outside.allowed).toBe(false);
  });

  it('evaluates egress to an external IPv6 address; a named port cannot resolve off-cluster', () => {
    expect(
      decideConnection(ep('web/front'), ep('fd12::9'), { port: 443, protocol: 'TCP' }, compiled, index).allowed,
    ).toBe(true);
    expect(
      decideConnection(ep('web/front'), ep('8.8.8.8'), { port: 5432, protocol: 'TCP' }, compiled, index).allowed,
    ).toBe(false);
  });

  it('resolves an IP that belongs to a pod to that pod', () => {
    expect(ep('10.2.0.1')).toMatchObject({ kind: 'pod', pod: { name: 'pg' } });
    expect(ep('fd00:0::1')).toMatchObject({ kind: 'pod', pod: { name: 'front' } });
    expect(resolveEndpoint('nope/nope', index)).toBeNull();
  });

  it('matches an invalid selector against nothing and an invalid peer against nothing', () => {
    const bad = compilePolicies([
      {
        metadata: { name: 'bad', namespace: 'db' },
        spec: {
          podSelector: {},
          ingress: [
            { from: [{ podSelector: { matchExpressions: [{ key: 'app', operator: 'In', values: [] }] } }, {}] },
          ],
        },
      },
    ]);
    const v = decideConnection(ep('db/pg'), ep('db/pg'), { port: 1, protocol: 'TCP' }, bad, index);
    expect(v.ingress).toMatchObject({ isolated: true, allowed: false });
  });

  it('applies the policyTypes default: no policyTypes and no egress rules isolates ingress only', () => {
    const p = compilePolicies([{ metadata: { name: 'd', namespace: 'web' }, spec: { podSelector: {} } }]);
    const v = decideConnection(ep('web/front'), ep('db/pg'), { port: 1, protocol: 'TCP' }, p, index);
    expect(v.egress?.isolated).toBe(false);
    const back = decideConnection(ep('db/pg'), ep('web/front'), { port: 1, protocol: 'TCP' }, p, index);
    expect(back.ingress).toMatchObject({ isolated: true, allowed: false });
  });
});
