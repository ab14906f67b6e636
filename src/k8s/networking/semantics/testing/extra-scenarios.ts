// Scenarios without an upstream truth table but in the upstream style: the early e2e revision's
// DNS egress rule (semantics doc §3.10, §4.7) and endPort ranges (computed from §3.8, as cyclonus does).
import type { Scenario } from './scenario';
import { genPolicy, genPolicyMatchLabels as genML, inNs, setEgress, setIngress, type Reachability } from './xyz-model';

const NS_KEY = 'kubernetes.io/metadata.name';
const TCP = 'TCP' as const;

const denyAllTcpAllowDns = inNs('x', {
  kind: 'NetworkPolicy',
  apiVersion: 'networking.k8s.io/v1',
  metadata: { name: 'deny-all-tcp-allow-dns' },
  spec: {
    podSelector: { matchLabels: {} },
    ingress: [],
    egress: [{ ports: [{ protocol: 'UDP', port: 53 }] }],
    policyTypes: ['Ingress', 'Egress'],
  },
});

const rangeFromY = inNs(
  'x',
  genML(
    'allow-80-81-from-y',
    { pod: 'a' },
    setIngress({
      from: [{ namespaceSelector: { matchLabels: { [NS_KEY]: 'y' } } }],
      ports: [{ protocol: 'TCP', port: 80, endPort: 81 }],
    }),
  ),
);
const fromYToA = (r: Reachability): void => {
  r.expectAllIngress('x/a', false).expectPeer({ namespace: 'y' }, { namespace: 'x', pod: 'a' }, true);
};

export const extraScenarios: Scenario[] = [
  {
    name: "early revision: should support a 'default-deny-all' policy (deny-all-tcp-allow-dns)",
    steps: [
      {
        policies: [denyAllTcpAllowDns],
        port: 80,
        protocol: TCP,
        expect: (r) => r.expectPeer({}, { namespace: 'x' }, false).expectPeer({ namespace: 'x' }, {}, false),
      },
      // UDP 53 itself: x may send (egress rule), nobody may enter x (ingress: []).
      {
        policies: [denyAllTcpAllowDns],
        port: 53,
        protocol: 'UDP',
        expect: (r) => r.expectPeer({}, { namespace: 'x' }, false),
      },
    ],
  },
  {
    // Early revision: GetAllowIngressByPod sets no policyTypes, so the API server's default
    // (Ingress + Egress, since egress has a rule) is what isolates x/a for egress.
    name: 'early revision: should work with Ingress, Egress specified together (named port + UDP 53, policyTypes defaulted)',
    steps: [
      { port: 80, expect: (r: Reachability) => void r.expectAllIngress('x/a', false).expect('x/b', 'x/a', true) },
      {
        port: 81,
        expect: (r: Reachability) =>
          void r.expectAllIngress('x/a', false).expectAllEgress('x/a', false).expect('x/b', 'x/a', true),
      },
    ].map((s) => ({
      ...s,
      protocol: TCP,
      policies: [
        inNs('x', {
          kind: 'NetworkPolicy',
          metadata: { name: 'allow-client-a-via-pod-selector' },
          spec: {
            podSelector: { matchLabels: { pod: 'a' } },
            ingress: [{ from: [{ podSelector: { matchLabels: { pod: 'b' } } }] }],
            egress: [{ ports: [{ port: 'serve-80-tcp' }, { protocol: 'UDP', port: 53 }] }],
          },
        }),
      ],
    })),
  },
  {
    name: 'endPort: ingress range 80-81/TCP from namespace y',
    steps: [
      { policies: [rangeFromY], port: 80, protocol: TCP, expect: fromYToA },
      { policies: [rangeFromY], port: 81, protocol: TCP, expect: fromYToA },
      { policies: [rangeFromY], port: 82, protocol: TCP, expect: (r) => r.expectAllIngress('x/a', false) },
      { policies: [rangeFromY], port: 80, protocol: 'UDP', expect: (r) => r.expectAllIngress('x/a', false) },
    ],
  },
  {
    name: 'endPort: egress range 81-90 from every pod of x',
    steps: [
      { port: 80, expect: (r: Reachability) => void r.expectPeer({ namespace: 'x' }, {}, false) },
      { port: 81, expect: () => undefined },
      { port: 90, expect: () => undefined },
      { port: 91, expect: (r: Reachability) => void r.expectPeer({ namespace: 'x' }, {}, false) },
    ].map((s) => ({
      ...s,
      protocol: TCP,
      policies: [inNs('x', genPolicy('egress-81-90', {}, setEgress({ ports: [{ port: 81, endPort: 90 }] })))],
    })),
  },
  {
    name: 'endPort: a range of one port (80-80) still isolates 81',
    steps: [
      { port: 80, expect: () => undefined },
      { port: 81, expect: (r: Reachability) => void r.expectPeer({}, { namespace: 'y' }, false) },
    ].map((s) => ({
      ...s,
      protocol: TCP,
      policies: [inNs('y', genPolicy('only-80', {}, setIngress({ ports: [{ port: 80, endPort: 80 }] })))],
    })),
  },
];
