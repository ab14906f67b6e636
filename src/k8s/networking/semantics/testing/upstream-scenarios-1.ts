// Upstream e2e scenarios, part 1: kubernetes/kubernetes test/e2e/network/netpol/network_policy.go
// @9db638c0 ("NetworkPolicy between server and client", TCP): deny-all and selector tests.
import type { Scenario } from './scenario';
import { NS_KEY, TCP, denyIngressX } from './upstream-helpers';
import { genPolicy, genPolicyMatchLabels as genML, inNs, setEgress, setIngress } from './xyz-model';

export const scenarios1: Scenario[] = [
  {
    name: "should support a 'default-deny-ingress' policy",
    steps: [
      { policies: [denyIngressX], port: 80, protocol: TCP, expect: (r) => r.expectPeer({}, { namespace: 'x' }, false) },
    ],
  },
  {
    name: "should support a 'default-deny-all' policy",
    steps: [
      {
        policies: [inNs('x', genPolicy('deny-all', {}, setIngress(), setEgress()))],
        port: 80,
        protocol: TCP,
        expect: (r) => r.expectPeer({}, { namespace: 'x' }, false).expectPeer({ namespace: 'x' }, {}, false),
      },
    ],
  },
  {
    name: 'should enforce policy to allow traffic from pods within server namespace based on PodSelector',
    steps: [
      {
        policies: [
          inNs(
            'x',
            genML(
              'x-a-allows-x-b',
              { pod: 'a' },
              setIngress({ from: [{ podSelector: { matchLabels: { pod: 'b' } } }] }),
            ),
          ),
        ],
        port: 80,
        protocol: TCP,
        expect: (r) => r.expectAllIngress('x/a', false).expect('x/b', 'x/a', true),
      },
    ],
  },
  {
    name: 'should enforce policy to allow ingress traffic for a target',
    steps: [
      {
        policies: [
          inNs('x', genPolicy('deny-all', {}, setIngress())),
          inNs(
            'x',
            genML('allow-all-to-a', { pod: 'a' }, setIngress({ from: [{ podSelector: {}, namespaceSelector: {} }] })),
          ),
        ],
        port: 80,
        protocol: TCP,
        expect: (r) => r.expectAllIngress('x/a', true).expectAllIngress('x/b', false).expectAllIngress('x/c', false),
      },
    ],
  },
  {
    name: 'should enforce policy to allow ingress traffic from pods in all namespaces',
    steps: [
      {
        policies: [
          inNs(
            'x',
            genML(
              'allow-from-another-ns',
              { pod: 'a' },
              setIngress({ from: [{ namespaceSelector: { matchLabels: {} } }] }),
            ),
          ),
        ],
        port: 80,
        protocol: TCP,
        expect: () => undefined,
      },
    ],
  },
  {
    name: 'should enforce policy to allow traffic only from a different namespace, based on NamespaceSelector',
    steps: [
      {
        policies: [
          inNs(
            'x',
            genML(
              'allow-client-a-via-ns-selector',
              { pod: 'a' },
              setIngress({ from: [{ namespaceSelector: { matchLabels: { [NS_KEY]: 'y' } } }] }),
            ),
          ),
        ],
        port: 80,
        protocol: TCP,
        expect: (r) =>
          r
            .expectPeer({ namespace: 'x' }, { namespace: 'x', pod: 'a' }, false)
            .expectPeer({ namespace: 'z' }, { namespace: 'x', pod: 'a' }, false),
      },
    ],
  },
  {
    name: 'should enforce policy based on PodSelector with MatchExpressions',
    steps: [
      {
        policies: [
          inNs(
            'x',
            genML(
              'x-a-allows-x-b',
              { pod: 'a' },
              setIngress({
                from: [{ podSelector: { matchExpressions: [{ key: 'pod', operator: 'In', values: ['b'] }] } }],
              }),
            ),
          ),
        ],
        port: 80,
        protocol: TCP,
        expect: (r) => r.expectAllIngress('x/a', false).expect('x/b', 'x/a', true),
      },
    ],
  },
  {
    name: 'should enforce policy based on NamespaceSelector with MatchExpressions',
    steps: [
      {
        policies: [
          inNs(
            'x',
            genML(
              'allow-ns-y-match-selector',
              { pod: 'a' },
              setIngress({
                from: [{ namespaceSelector: { matchExpressions: [{ key: NS_KEY, operator: 'In', values: ['y'] }] } }],
              }),
            ),
          ),
        ],
        port: 80,
        protocol: TCP,
        expect: (r) =>
          r
            .expectPeer({ namespace: 'x' }, { namespace: 'x', pod: 'a' }, false)
            .expectPeer({ namespace: 'z' }, { namespace: 'x', pod: 'a' }, false),
      },
    ],
  },
  {
    name: 'should enforce policy based on PodSelector or NamespaceSelector',
    steps: [
      {
        policies: [
          inNs(
            'x',
            genML(
              'allow-ns-y-match-selector',
              { pod: 'a' },
              setIngress({
                from: [
                  { namespaceSelector: { matchExpressions: [{ key: NS_KEY, operator: 'NotIn', values: ['x'] }] } },
                  { podSelector: { matchLabels: { pod: 'b' } } },
                ],
              }),
            ),
          ),
        ],
        port: 80,
        protocol: TCP,
        expect: (r) => r.expect('x/a', 'x/a', false).expect('x/c', 'x/a', false),
      },
    ],
  },
];
