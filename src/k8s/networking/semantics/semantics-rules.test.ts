// The single rules of docs/networkpolicy-semantics.md §3 that a wrong answer silently gets wrong,
// each pinned on a small cluster, fast matrix and naive per-pair decision alike.
import { describe, expect, it } from 'vitest';
import type { NetworkPolicy } from '../types';
import { decideConnection } from './decide';
import { explainConnection } from './explain-connection';
import { explainNetworkPolicy, IPBLOCK_NOTE } from './explain';
import { indexCluster } from './match';
import { matrixGet, naiveReachabilityMatrix, reachabilityMatrix } from './matrix';
import { toCompiled } from './matrix';
import type { Cluster, ClusterPod } from './model';
import { policyWarnings } from './warnings';

const pod = (namespace: string, name: string, ips: string[], ports: ClusterPod['ports'] = []): ClusterPod => ({
  namespace,
  name,
  labels: { app: name },
  ips,
  ports,
});

const cluster: Cluster = {
  namespaces: [
    { name: 'n', labels: {} },
    { name: 'm', labels: { team: 'm' } },
  ],
  pods: [
    pod('n', 'client', ['10.0.0.1']),
    pod('n', 'web1', ['10.0.0.2'], [{ name: 'http', containerPort: 8080, protocol: 'TCP' }]),
    pod('n', 'web2', ['10.0.0.3'], [{ name: 'http', containerPort: 9090, protocol: 'TCP' }]),
    pod('n', 'udp', ['10.0.0.4'], [{ name: 'http', containerPort: 8080, protocol: 'UDP' }]),
    pod('m', 'v6', ['fd00::2']),
    pod('m', 'dual', ['10.1.0.5', 'fd00::5']),
  ],
};

const np = (name: string, ns: string, spec: NonNullable<NetworkPolicy['spec']>): NetworkPolicy => ({
  metadata: { name, namespace: ns },
  spec,
});

/** Allowed pairs "from>to" (distinct pods) for one probe; fails when fast and naive disagree. */
function allowed(policies: NetworkPolicy[], port: number, protocol = 'TCP'): Set<string> {
  const probe = { port, protocol };
  const fast = reachabilityMatrix(cluster, policies, probe);
  const naive = naiveReachabilityMatrix(cluster, policies, probe);
  const out = new Set<string>();
  fast.pods.forEach((f, i) =>
    fast.pods.forEach((t, j) => {
      expect(matrixGet(fast, i, j), `${f} -> ${t}: fast vs naive`).toBe(matrixGet(naive, i, j));
      if (i !== j && matrixGet(fast, i, j)) out.add(`${f}>${t}`);
    }),
  );
  return out;
}

const everyPair = (): Set<string> => allowed([], 1);

describe('named ports resolve on the destination pod, for ingress and for egress', () => {
  const ingress = [np('web-in', 'n', { podSelector: {}, ingress: [{ ports: [{ port: 'http' }] }] })];
  const egress = [
    np('client-out', 'n', { podSelector: { matchLabels: { app: 'client' } }, egress: [{ ports: [{ port: 'http' }] }] }),
  ];

  it('ingress: "http" is 8080 on web1 and 9090 on web2', () => {
    expect(allowed(ingress, 8080).has('n/client>n/web1')).toBe(true);
    expect(allowed(ingress, 8080).has('n/client>n/web2')).toBe(false);
    expect(allowed(ingress, 9090).has('n/client>n/web2')).toBe(true);
    expect(allowed(ingress, 9090).has('n/client>n/web1')).toBe(false);
  });

  it('egress: resolved on the destination, never on the sending pod (which has no ports)', () => {
    const on8080 = allowed(egress, 8080);
    expect(on8080.has('n/client>n/web1')).toBe(true);
    expect(on8080.has('n/client>n/web2')).toBe(false);
    expect(on8080.has('n/client>m/v6')).toBe(false);
    expect(allowed(egress, 9090).has('n/client>n/web2')).toBe(true);
  });

  it('the protocol must match too: "http" is UDP on pod udp, so a TCP entry does not reach it', () => {
    expect(allowed(ingress, 8080).has('n/client>n/udp')).toBe(false);
    expect(allowed(ingress, 8080, 'UDP').has('n/client>n/udp')).toBe(false);
    const udp = [np('udp-in', 'n', { podSelector: {}, ingress: [{ ports: [{ port: 'http', protocol: 'UDP' }] }] })];
    expect(allowed(udp, 8080, 'UDP').has('n/client>n/udp')).toBe(true);
    expect(allowed(udp, 8080, 'UDP').has('n/client>n/web1')).toBe(false);
  });
});

describe('endPort entries the API server rejects match nothing (never every port)', () => {
  const named = [np('named-range', 'n', { podSelector: {}, ingress: [{ ports: [{ port: 'http', endPort: 9999 }] }] })];
  const noPort = [np('no-port', 'n', { podSelector: {}, ingress: [{ ports: [{ endPort: 9999 }] }] })];

  it('endPort with a named port: the pods are isolated and nothing is allowed', () => {
    expect([...allowed(named, 8080)].filter((k) => k.endsWith('>n/web1'))).toEqual([]);
    expect(policyWarnings(named[0] as NetworkPolicy).map((w) => [w.code, w.field])).toContainEqual([
      'InvalidPort',
      'spec.ingress[0].ports[0].endPort',
    ]);
    expect(explainNetworkPolicy(named[0] as NetworkPolicy).text).toContain(
      'endPort cannot be combined with a named port',
    );
  });

  it('endPort without port: isolates and allows nothing (it would otherwise read as every port)', () => {
    expect([...allowed(noPort, 80)].filter((k) => k.split('>')[1]?.startsWith('n/'))).toEqual([]);
    expect(policyWarnings(noPort[0] as NetworkPolicy).map((w) => w.code)).toContain('InvalidPort');
  });

  it('endPort below port is an empty range', () => {
    const p = np('empty', 'n', { podSelector: {}, ingress: [{ ports: [{ port: 90, endPort: 80 }] }] });
    expect([...allowed([p], 85)].filter((k) => k.split('>')[1]?.startsWith('n/'))).toEqual([]);
    expect(
      policyWarnings(p)
        .map((w) => w.message)
        .join(),
    ).toContain('endPort 80 is below port 90');
  });
});

describe('empty and missing lists', () => {
  const into = (rules: NonNullable<NetworkPolicy['spec']>['ingress']): NetworkPolicy[] => [
    np('p', 'n', { podSelector: {}, ingress: rules }),
  ];

  it('from: [] and a missing from both allow every source; ports: [] and missing ports every port', () => {
    const all = everyPair();
    for (const rules of [[{}], [{ from: [] }], [{ ports: [] }], [{ from: [], ports: [] }]]) {
      expect(allowed(into(rules), 80)).toEqual(all);
      expect(allowed(into(rules), 5353, 'UDP')).toEqual(all);
      expect(allowed(into(rules), 9, 'SCTP')).toEqual(all);
    }
  });

  it('ingress: [] allows nothing (and still isolates)', () => {
    expect([...allowed(into([]), 80)].filter((k) => k.split('>')[1]?.startsWith('n/'))).toEqual([]);
  });
});

describe('policyTypes defaulting', () => {
  it('absent or empty policyTypes with egress: [] isolates ingress only', () => {
    for (const spec of [
      { podSelector: {}, egress: [] },
      { podSelector: {}, egress: [], policyTypes: [] },
    ]) {
      const a = allowed([np('d', 'n', spec)], 80);
      expect(a.has('n/client>m/v6')).toBe(true);
      expect(a.has('m/v6>n/client')).toBe(false);
    }
  });

  it('absent policyTypes with an egress rule isolates egress too', () => {
    const a = allowed([np('d', 'n', { podSelector: {}, egress: [{ ports: [{ port: 53, protocol: 'UDP' }] }] })], 80);
    expect(a.has('n/client>m/v6')).toBe(false);
    expect(a.has('m/v6>n/client')).toBe(false);
  });

  it('policyTypes: [Egress] never affects ingress, even with ingress rules present', () => {
    const p = np('e', 'n', { podSelector: {}, policyTypes: ['Egress'], ingress: [], egress: [{}] });
    expect(allowed([p], 80)).toEqual(everyPair());
  });
});

describe('namespaceSelector: {} versus absent', () => {
  const peerPolicy = (peer: object): NetworkPolicy[] => [
    np('p', 'n', { podSelector: { matchLabels: { app: 'web1' } }, ingress: [{ from: [peer] }] }),
  ];
  const sources = (peer: object): string[] =>
    [...allowed(peerPolicy(peer), 80)]
      .filter((k) => k.endsWith('>n/web1'))
      .map((k) => k.split('>')[0] as string)
      .sort();

  it('podSelector alone selects in the policy namespace; with namespaceSelector {} in every namespace', () => {
    expect(sources({ podSelector: {} })).toEqual(['n/client', 'n/udp', 'n/web2']);
    expect(sources({ podSelector: {}, namespaceSelector: {} })).toEqual([
      'm/dual',
      'm/v6',
      'n/client',
      'n/udp',
      'n/web2',
    ]);
    expect(sources({ namespaceSelector: { matchLabels: {} } })).toEqual(sources({ namespaceSelector: {} }));
    expect(sources({ namespaceSelector: { matchLabels: { team: 'm' } } })).toEqual(['m/dual', 'm/v6']);
  });
});

describe('ipBlock and pod IPs (IPv4, IPv6, IPv4-mapped)', () => {
  const fromBlock = (ipBlock: { cidr: string; except?: string[] }): string[] =>
    [
      ...allowed(
        [np('p', 'n', { podSelector: { matchLabels: { app: 'web1' } }, ingress: [{ from: [{ ipBlock }] }] })],
        80,
      ),
    ]
      .filter((k) => k.endsWith('>n/web1'))
      .map((k) => k.split('>')[0] as string)
      .sort();

  it('matches pod IPs (the e2e expectation); families never mix, except IPv4-mapped blocks', () => {
    expect(fromBlock({ cidr: '10.0.0.0/24', except: ['10.0.0.3/32'] })).toEqual(['n/client', 'n/udp']);
    expect(fromBlock({ cidr: '0.0.0.0/0' })).toEqual(['m/dual', 'n/client', 'n/udp', 'n/web2']);
    expect(fromBlock({ cidr: '::/0' })).toEqual(['m/dual', 'm/v6']);
    expect(fromBlock({ cidr: 'fd00::/64', except: ['fd00::5/128'] })).toEqual(['m/v6']);
    expect(fromBlock({ cidr: '::ffff:10.0.0.0/120' })).toEqual(['n/client', 'n/udp', 'n/web2']);
  });

  it('says, in the explanation and in the verdict, that ipBlock on pod IPs depends on the plugin', () => {
    const p = np('p', 'n', { podSelector: {}, ingress: [{ from: [{ ipBlock: { cidr: '10.0.0.0/8' } }] }] });
    expect(explainNetworkPolicy(p).notes).toEqual([IPBLOCK_NOTE]);
    expect(explainNetworkPolicy(p).text).toContain('depends on the network plugin');
    expect(explainNetworkPolicy(np('q', 'n', { podSelector: {}, ingress: [{}] })).notes).toEqual([]);
    const index = indexCluster(cluster);
    const [client, web1] = cluster.pods;
    if (client === undefined || web1 === undefined) throw new Error('fixture');
    const v = decideConnection(
      { kind: 'pod', pod: client },
      { kind: 'pod', pod: web1 },
      { port: 80, protocol: 'TCP' },
      toCompiled([p]),
      index,
    );
    expect(v.allowed).toBe(true);
    expect(v.ingress?.allowedBy[0]?.viaIPBlock).toBe(true);
    expect(explainConnection(v).ingress).toContain('depends on the network plugin');
  });
});
