// Upstream e2e scenarios, part 5: network_policy.go @9db638c0, ipBlock with except (fixed IP plan,
// semantics doc §4.3), independent ingress/egress, protocol mismatches, default ns label (TCP).
import type { Scenario } from './scenario';
import { NS_KEY, TCP, exceptPolicy } from './upstream-helpers';
import { genPolicy, genPolicyMatchLabels as genML, inNs, podIP, setEgress, setIngress } from './xyz-model';

export const scenariosIPBlock: Scenario[] = [
  {
    name: 'should allow egress access to server in CIDR block',
    steps: [
      {
        policies: [
          inNs(
            'x',
            genML(
              'allow-client-a-via-cidr-egress-rule',
              { pod: 'a' },
              setEgress({ to: [{ ipBlock: { cidr: `${podIP('y', 'b')}/32` } }] }),
            ),
          ),
        ],
        port: 80,
        protocol: TCP,
        expect: (r) => r.expectAllEgress('x/a', false).expect('x/a', 'y/b', true),
      },
    ],
  },
  {
    name: 'should enforce except clause while egress access to server in CIDR block',
    steps: [{ policies: [exceptPolicy], port: 80, protocol: TCP, expect: (r) => r.expect('x/a', 'x/b', false) }],
  },
  {
    name: 'should ensure an IP overlapping both IPBlock.CIDR and IPBlock.Except is allowed',
    steps: [
      { policies: [exceptPolicy], port: 80, protocol: TCP, expect: (r) => r.expect('x/a', 'x/b', false) },
      {
        // UpdatePolicy with the same name replaces the except policy (semantics doc §3.9).
        policies: [
          inNs(
            'x',
            genML(
              'allow-client-a-via-cidr-egress-rule',
              { pod: 'a' },
              setEgress({ to: [{ ipBlock: { cidr: `${podIP('x', 'b')}/32` } }] }),
            ),
          ),
        ],
        port: 80,
        protocol: TCP,
        expect: (r) => r.expectAllEgress('x/a', false).expect('x/a', 'x/b', true),
      },
    ],
  },
  {
    name: 'should enforce policies to check ingress and egress policies can be controlled independently based on PodSelector',
    steps: [
      {
        policies: [inNs('x', genPolicy('allow-egress-for-target', { matchLabels: { pod: 'a' } }, setEgress({})))],
        port: 80,
        protocol: TCP,
        expect: () => undefined,
      },
      {
        policies: [
          inNs('x', genPolicy('allow-egress-for-target', { matchLabels: { pod: 'a' } }, setEgress({}))),
          inNs('x', genPolicy('deny-ingress-via-label-selector', { matchLabels: { pod: 'a' } }, setIngress())),
        ],
        port: 80,
        protocol: TCP,
        expect: (r) => r.expectAllIngress('x/a', false),
      },
    ],
  },
  {
    name: "should not mistakenly treat 'protocol: SCTP' as 'protocol: TCP', even if the plugin doesn't support SCTP",
    steps: [
      {
        policies: [
          inNs('x', genPolicy('deny-ingress', {}, setIngress())),
          inNs(
            'x',
            genML(
              'allow-only-sctp-ingress-on-port-81',
              { pod: 'a' },
              setIngress({ ports: [{ port: 81, protocol: 'SCTP' }] }),
            ),
          ),
        ],
        port: 81,
        protocol: TCP,
        expect: (r) => r.expectPeer({}, { namespace: 'x' }, false),
      },
    ],
  },
  {
    name: "should properly isolate pods that are selected by a policy allowing SCTP, even if the plugin doesn't support SCTP",
    steps: [
      {
        policies: [
          inNs(
            'x',
            genML(
              'allow-only-sctp-ingress-on-port-80',
              { pod: 'a' },
              setIngress({ ports: [{ port: 80, protocol: 'SCTP' }] }),
            ),
          ),
        ],
        port: 81,
        protocol: TCP,
        expect: (r) => r.expectAllIngress('x/a', false),
      },
    ],
  },
  {
    name: 'should not allow access by TCP when a policy specifies only UDP',
    steps: [
      {
        policies: [
          inNs(
            'x',
            genML(
              'allow-only-udp-ingress-on-port-81',
              { pod: 'a' },
              setIngress({ ports: [{ port: 81, protocol: 'UDP' }] }),
            ),
          ),
        ],
        port: 81,
        protocol: TCP,
        expect: (r) => r.expectAllIngress('x/a', false),
      },
    ],
  },
  {
    name: 'should enforce policy to allow traffic based on NamespaceSelector with MatchLabels using default ns label',
    steps: [
      {
        policies: [
          inNs(
            'x',
            genML(
              'allow-client-a-via-ns-selector-for-immutable-ns-label',
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
    name: 'should enforce policy based on NamespaceSelector with MatchExpressions using default ns label',
    steps: [
      {
        policies: [
          inNs(
            'x',
            genML(
              'allow-ns-y-match-selector-for-immutable-ns-label',
              { pod: 'a' },
              setEgress({
                to: [{ namespaceSelector: { matchExpressions: [{ key: NS_KEY, operator: 'NotIn', values: ['y'] }] } }],
              }),
            ),
          ),
        ],
        port: 80,
        protocol: TCP,
        expect: (r) => r.expectPeer({ namespace: 'x', pod: 'a' }, { namespace: 'y' }, false),
      },
    ],
  },
];
