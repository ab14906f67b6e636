// Upstream e2e scenarios, part 3: network_policy.go @9db638c0, label updates, egress deny, and the
// UDP and SCTP contexts ("NetworkPolicy between server and client using UDP/SCTP").
import type { Scenario } from './scenario';
import { NS_KEY, TCP, addPodLabels, addNsLabel, nsYpodA } from './upstream-helpers';
import { genPolicy, genPolicyMatchLabels as genML, inNs, setEgress, setIngress, type Reachability } from './xyz-model';

/** The three tests repeated in the UDP and SCTP contexts. */
function protocolContext(protocol: 'UDP' | 'SCTP'): Scenario[] {
  const ctx = `using ${protocol}: `;
  return [
    {
      name: `${ctx}should support a 'default-deny-ingress' policy`,
      steps: [
        {
          policies: [inNs('x', genPolicy('deny-all', {}, setIngress()))],
          port: 80,
          protocol,
          expect: (r) => r.expectPeer({}, { namespace: 'x' }, false),
        },
      ],
    },
    {
      name: `${ctx}should enforce policy based on Ports`,
      steps: [
        {
          policies: [
            inNs(
              'x',
              genML(
                'allow-ingress-on-port-81-ns-x',
                { pod: 'a' },
                setIngress({
                  from: [{ namespaceSelector: { matchLabels: { [NS_KEY]: 'y' } } }],
                  ports: [{ port: 81, protocol }],
                }),
              ),
            ),
          ],
          port: 81,
          protocol,
          expect: (r) =>
            r
              .expectPeer({ namespace: 'x' }, { namespace: 'x', pod: 'a' }, false)
              .expectPeer({ namespace: 'z' }, { namespace: 'x', pod: 'a' }, false),
        },
      ],
    },
    {
      name: `${ctx}should enforce policy to allow traffic only from a pod in a different namespace based on PodSelector and NamespaceSelector`,
      steps: [
        {
          policies: [
            inNs(
              'x',
              genML('allow-ns-y-pod-a-via-namespace-pod-selector', { pod: 'a' }, setIngress({ from: [nsYpodA] })),
            ),
          ],
          port: 80,
          protocol,
          expect: (r) => r.expectAllIngress('x/a', false).expect('y/a', 'x/a', true),
        },
      ],
    },
  ];
}

export const scenarios2: Scenario[] = [
  {
    name: 'should allow ingress access from updated namespace',
    steps: [
      { expect: (r: Reachability) => void r.expectAllIngress('x/a', false) },
      {
        mutate: addNsLabel('y', 'ns2', 'updated'),
        expect: (r: Reachability) => void r.expectAllIngress('x/a', false).expectPeer({ namespace: 'y' }, {}, true),
      },
    ].map((s) => ({
      ...s,
      port: 80,
      protocol: TCP,
      policies: [
        inNs(
          'x',
          genML(
            'allow-client-a-via-ns-selector',
            { pod: 'a' },
            setIngress({ from: [{ namespaceSelector: { matchLabels: { ns2: 'updated' } } }] }),
          ),
        ),
      ],
    })),
  },
  {
    name: 'should allow ingress access from updated pod',
    steps: [
      { expect: (r: Reachability) => void r.expectAllIngress('x/a', false) },
      {
        mutate: addPodLabels('x', 'b', { pod: 'b', pod2: 'updated' }),
        expect: (r: Reachability) => void r.expectAllIngress('x/a', false).expect('x/b', 'x/a', true),
      },
    ].map((s) => ({
      ...s,
      port: 80,
      protocol: TCP,
      policies: [
        inNs(
          'x',
          genML(
            'allow-client-a-via-pod-selector',
            { pod: 'a' },
            setIngress({ from: [{ podSelector: { matchLabels: { pod: 'b', pod2: 'updated' } } }] }),
          ),
        ),
      ],
    })),
  },
  {
    name: 'should deny ingress from pods on other namespaces',
    steps: [
      {
        policies: [
          inNs('x', genPolicy('deny-empty-policy', {}, setIngress({ from: [{ podSelector: { matchLabels: {} } }] }))),
        ],
        port: 80,
        protocol: TCP,
        expect: (r) =>
          r
            .expectPeer({ namespace: 'y' }, { namespace: 'x' }, false)
            .expectPeer({ namespace: 'z' }, { namespace: 'x' }, false),
      },
    ],
  },
  {
    name: 'should deny ingress access to updated pod',
    steps: [
      { expect: () => undefined },
      {
        mutate: addPodLabels('x', 'a', { target: 'isolated' }),
        expect: (r: Reachability) => void r.expectAllIngress('x/a', false),
      },
    ].map((s) => ({
      ...s,
      port: 80,
      protocol: TCP,
      policies: [
        inNs('x', genPolicy('deny-ingress-via-label-selector', { matchLabels: { target: 'isolated' } }, setIngress())),
      ],
    })),
  },
  {
    name: 'should deny egress from pods based on PodSelector',
    steps: [
      {
        policies: [inNs('x', genPolicy('deny-egress-pod-a', { matchLabels: { pod: 'a' } }, setEgress()))],
        port: 80,
        protocol: TCP,
        expect: (r) => r.expectAllEgress('x/a', false),
      },
    ],
  },
  {
    name: 'should deny egress from all pods in a namespace',
    steps: [
      {
        policies: [inNs('x', genPolicy('deny-egress-ns-x', {}, setEgress()))],
        port: 80,
        protocol: TCP,
        expect: (r) => r.expectPeer({ namespace: 'x' }, {}, false),
      },
    ],
  },
  ...protocolContext('UDP'),
  ...protocolContext('SCTP'),
];
