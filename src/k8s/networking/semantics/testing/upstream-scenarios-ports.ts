// Upstream e2e scenarios, part 2: network_policy.go @9db638c0, AND of selectors, ports, stacked
// policies, allow-all, named ports and policy updates (TCP).
import type { Scenario } from './scenario';
import { NS_KEY, TCP, port81Policy, port80Policy } from './upstream-helpers';
import { genPolicyMatchLabels as genML, inNs, setEgress, setIngress, type Reachability } from './xyz-model';

export const scenariosPorts: Scenario[] = [
  {
    name: 'should enforce policy based on PodSelector and NamespaceSelector',
    steps: [
      {
        policies: [
          inNs(
            'x',
            genML(
              'allow-ns-y-podselector-and-nsselector',
              { pod: 'a' },
              setIngress({
                from: [
                  {
                    namespaceSelector: { matchExpressions: [{ key: NS_KEY, operator: 'NotIn', values: ['x'] }] },
                    podSelector: { matchLabels: { pod: 'b' } },
                  },
                ],
              }),
            ),
          ),
        ],
        port: 80,
        protocol: TCP,
        expect: (r) => r.expectAllIngress('x/a', false).expect('y/b', 'x/a', true).expect('z/b', 'x/a', true),
      },
    ],
  },
  {
    name: 'should enforce policy based on Multiple PodSelectors and NamespaceSelectors',
    steps: [
      {
        policies: [
          inNs(
            'x',
            genML(
              'allow-ns-y-z-pod-b-c',
              { pod: 'a' },
              setIngress({
                from: [
                  {
                    namespaceSelector: { matchExpressions: [{ key: NS_KEY, operator: 'NotIn', values: ['x'] }] },
                    podSelector: { matchExpressions: [{ key: 'pod', operator: 'In', values: ['b', 'c'] }] },
                  },
                ],
              }),
            ),
          ),
        ],
        port: 80,
        protocol: TCP,
        expect: (r) =>
          r
            .expectPeer({ namespace: 'x' }, { namespace: 'x', pod: 'a' }, false)
            .expect('y/a', 'x/a', false)
            .expect('z/a', 'x/a', false),
      },
    ],
  },
  {
    name: 'should enforce policy based on any PodSelectors',
    steps: [
      {
        policies: [
          inNs(
            'x',
            genML(
              'allow-ns-x-pod-b-c',
              { pod: 'a' },
              setIngress({
                from: [{ podSelector: { matchLabels: { pod: 'b' } } }, { podSelector: { matchLabels: { pod: 'c' } } }],
              }),
            ),
          ),
        ],
        port: 80,
        protocol: TCP,
        expect: (r) => r.expectAllIngress('x/a', false).expect('x/b', 'x/a', true).expect('x/c', 'x/a', true),
      },
    ],
  },
  {
    name: 'should enforce policy to allow traffic only from a pod in a different namespace based on PodSelector and NamespaceSelector',
    steps: [
      {
        policies: [
          inNs(
            'x',
            genML(
              'allow-ns-y-pod-a-via-namespace-pod-selector',
              { pod: 'a' },
              setIngress({
                from: [
                  { namespaceSelector: { matchLabels: { [NS_KEY]: 'y' } }, podSelector: { matchLabels: { pod: 'a' } } },
                ],
              }),
            ),
          ),
        ],
        port: 80,
        protocol: TCP,
        expect: (r) => r.expectAllIngress('x/a', false).expect('y/a', 'x/a', true),
      },
    ],
  },
  {
    name: 'should enforce policy based on Ports',
    steps: [
      {
        policies: [port81Policy],
        port: 81,
        protocol: TCP,
        expect: (r) =>
          r
            .expectPeer({ namespace: 'x' }, { namespace: 'x', pod: 'a' }, false)
            .expectPeer({ namespace: 'y' }, { namespace: 'x', pod: 'a' }, true)
            .expectPeer({ namespace: 'z' }, { namespace: 'x', pod: 'a' }, false),
      },
    ],
  },
  {
    name: 'should enforce multiple, stacked policies with overlapping podSelectors',
    steps: [
      ...[81, 80].map((port) => ({
        policies: [port81Policy],
        port,
        protocol: TCP,
        expect:
          port === 81
            ? (r: Reachability) =>
                r
                  .expectPeer({ namespace: 'x' }, { namespace: 'x', pod: 'a' }, false)
                  .expectPeer({ namespace: 'y' }, { namespace: 'x', pod: 'a' }, true)
                  .expectPeer({ namespace: 'z' }, { namespace: 'x', pod: 'a' }, false)
            : (r: Reachability) => r.expectAllIngress('x/a', false),
      })),
      {
        policies: [port81Policy, port80Policy],
        port: 80,
        protocol: TCP,
        expect: (r) =>
          r
            .expectPeer({ namespace: 'x' }, { namespace: 'x', pod: 'a' }, false)
            .expectPeer({ namespace: 'y' }, { namespace: 'x', pod: 'a' }, true)
            .expectPeer({ namespace: 'z' }, { namespace: 'x', pod: 'a' }, false),
      },
    ],
  },
  {
    name: 'should support allow-all policy',
    steps: [80, 81].map((port) => ({
      policies: [inNs('x', genML('allow-all', {}, setIngress({})))],
      port,
      protocol: TCP,
      expect: () => undefined,
    })),
  },
  {
    name: 'should allow ingress access on one named port',
    steps: [
      { port: 81, expect: () => undefined },
      { port: 80, expect: (r: Reachability) => void r.expectPeer({}, { namespace: 'x' }, false) },
    ].map((s) => ({
      ...s,
      protocol: TCP,
      policies: [inNs('x', genML('allow-all', {}, setIngress({ ports: [{ port: 'serve-81-tcp' }] })))],
    })),
  },
  {
    name: 'should allow ingress access from namespace on one named port',
    steps: [
      {
        port: 80,
        expect: (r: Reachability) =>
          void r
            .expectPeer({ namespace: 'x' }, { namespace: 'x', pod: 'a' }, false)
            .expectPeer({ namespace: 'z' }, { namespace: 'x', pod: 'a' }, false),
      },
      { port: 81, expect: (r: Reachability) => void r.expectAllIngress('x/a', false) },
    ].map((s) => ({
      ...s,
      protocol: TCP,
      policies: [
        inNs(
          'x',
          genML(
            'allow-client-a-via-ns-selector-80',
            { pod: 'a' },
            setIngress({
              from: [{ namespaceSelector: { matchLabels: { [NS_KEY]: 'y' } } }],
              ports: [{ port: 'serve-80-tcp', protocol: 'TCP' }],
            }),
          ),
        ),
      ],
    })),
  },
  {
    name: 'should allow egress access on one named port',
    steps: [
      { port: 80, expect: () => undefined },
      { port: 81, expect: (r: Reachability) => void r.expectPeer({ namespace: 'x' }, {}, false) },
    ].map((s) => ({
      ...s,
      protocol: TCP,
      policies: [inNs('x', genML('allow-egress', {}, setEgress({ ports: [{ port: 'serve-80-tcp' }] })))],
    })),
  },
  {
    name: 'should enforce updated policy',
    steps: [
      {
        policies: [inNs('x', genML('allow-all-mutate-to-deny-all', {}, setIngress({})))],
        port: 81,
        protocol: TCP,
        expect: () => undefined,
      },
      {
        // UpdatePolicy replaces the object: spec.ingress becomes [] (policyTypes stays [Ingress]).
        policies: [inNs('x', genML('allow-all-mutate-to-deny-all', {}, setIngress()))],
        port: 81,
        protocol: TCP,
        expect: (r) => r.expectPeer({}, { namespace: 'x' }, false),
      },
    ],
  },
];
