// Upstream e2e scenarios, part 4: network_policy.go @9db638c0, ingress+egress together, client-side
// egress denial, protocol-only rules, stacked allow-all policies, deletion (TCP).
import type { Scenario } from './scenario';
import { NS_KEY, TCP, nsYpodA } from './upstream-helpers';
import { genPolicy, genPolicyMatchLabels as genML, inNs, setEgress, setIngress, type Reachability } from './xyz-model';

export const scenariosEgress: Scenario[] = [
  {
    name: 'should work with Ingress, Egress specified together',
    steps: [
      { port: 80, expect: (r: Reachability) => void r.expectAllIngress('x/a', false).expect('x/b', 'x/a', true) },
      {
        port: 81,
        expect: (r: Reachability) =>
          void r.expectAllIngress('x/a', false).expectAllEgress('x/a', false).expect('x/b', 'x/a', true),
      },
    ].map((s) => {
      const p = genML(
        'allow-client-a-via-pod-selector',
        { pod: 'a' },
        setIngress({ from: [{ podSelector: { matchLabels: { pod: 'b' } } }] }),
      );
      p.spec = { ...p.spec, egress: [{ ports: [{ port: 80 }] }], policyTypes: ['Egress', 'Ingress'] };
      return { ...s, protocol: TCP, policies: [inNs('x', p)] };
    }),
  },
  {
    name: 'should support denying of egress traffic on the client side (even if the server explicitly allows this traffic)',
    steps: [
      {
        policies: [
          inNs('x', genML('allow-to-ns-y-pod-a', { pod: 'a' }, setEgress({ to: [nsYpodA] }))),
          ...['a', 'b'].map((pod) =>
            inNs(
              'y',
              genML(
                `allow-from-xa-on-y${pod}-match-selector`,
                { pod },
                setIngress({
                  from: [
                    {
                      namespaceSelector: { matchLabels: { [NS_KEY]: 'x' } },
                      podSelector: { matchLabels: { pod: 'a' } },
                    },
                  ],
                }),
              ),
            ),
          ),
        ],
        port: 80,
        protocol: TCP,
        expect: (r) =>
          r
            .expectPeer({ namespace: 'x', pod: 'a' }, {}, false)
            .expectPeer({}, { namespace: 'y', pod: 'a' }, false)
            .expectPeer({ namespace: 'x', pod: 'a' }, { namespace: 'y', pod: 'a' }, true)
            .expectPeer({}, { namespace: 'y', pod: 'b' }, false),
      },
    ],
  },
  {
    name: 'should enforce egress policy allowing traffic to a server in a different namespace based on PodSelector and NamespaceSelector',
    steps: [
      {
        policies: [inNs('x', genML('allow-to-ns-y-pod-a', { pod: 'a' }, setEgress({ to: [nsYpodA] })))],
        port: 80,
        protocol: TCP,
        expect: (r) => r.expectAllEgress('x/a', false).expect('x/a', 'y/a', true),
      },
    ],
  },
  {
    name: 'should enforce ingress policy allowing any port traffic to a server on a specific protocol',
    steps: [
      { protocol: TCP, expect: () => undefined },
      {
        protocol: 'UDP' as const,
        expect: (r: Reachability) => void r.expectPeer({}, { namespace: 'x', pod: 'a' }, false),
      },
    ].map((s) => ({
      ...s,
      port: 80,
      policies: [
        inNs('x', genML('allow-ingress-by-proto', { pod: 'a' }, setIngress({ ports: [{ protocol: 'TCP' }] }))),
      ],
    })),
  },
  {
    name: 'should enforce multiple ingress policies with ingress allow-all policy taking precedence',
    steps: [
      {
        policies: [inNs('x', genML('allow-ingress-port-80', {}, setIngress({ ports: [{ port: 80 }] })))],
        port: 81,
        protocol: TCP,
        expect: (r) => r.expectPeer({}, { namespace: 'x' }, false),
      },
      {
        policies: [
          inNs('x', genML('allow-ingress-port-80', {}, setIngress({ ports: [{ port: 80 }] }))),
          inNs('x', genML('allow-ingress', {}, setIngress({}))),
        ],
        port: 81,
        protocol: TCP,
        expect: () => undefined,
      },
    ],
  },
  {
    name: 'should enforce multiple egress policies with egress allow-all policy taking precedence',
    steps: [
      {
        policies: [inNs('x', genML('allow-egress-port-80', {}, setEgress({ ports: [{ port: 80 }] })))],
        port: 81,
        protocol: TCP,
        expect: (r) => r.expectPeer({ namespace: 'x' }, {}, false),
      },
      {
        policies: [
          inNs('x', genML('allow-egress-port-80', {}, setEgress({ ports: [{ port: 80 }] }))),
          inNs('x', genML('allow-egress', {}, setEgress({}))),
        ],
        port: 81,
        protocol: TCP,
        expect: () => undefined,
      },
    ],
  },
  {
    name: 'should stop enforcing policies after they are deleted',
    steps: [
      {
        policies: [inNs('x', genPolicy('deny-all', {}, setIngress(), setEgress()))],
        port: 80,
        protocol: TCP,
        expect: (r) => r.expectPeer({ namespace: 'x' }, {}, false).expectPeer({}, { namespace: 'x' }, false),
      },
      { policies: [], port: 80, protocol: TCP, expect: () => undefined },
    ],
  },
];
