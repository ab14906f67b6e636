// Upstream e2e scenarios, early revision ([Feature:Netpol] tags, namespace label `ns`, builders from
// policies.go@054d429d): the tests and variants that the 9db638c0 suite no longer has. Builders there
// omit policyTypes (the API server default applies) or add a UDP/53 egress rule (semantics doc §3.10).
import type { NetworkPolicy, NetworkPolicyEgressRule, NetworkPolicyPort } from '../../types';
import type { Scenario } from './scenario';
import { addPodLabels, TCP } from './upstream-helpers';
import { inNs, podIP, type Reachability } from './xyz-model';

const DNS: NetworkPolicyPort = { protocol: 'UDP', port: 53 };
const np = (name: string, spec: NonNullable<NetworkPolicy['spec']>): NetworkPolicy =>
  inNs('x', { apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicy', metadata: { name }, spec });

/** GetAllowIngressOnProtocolByPort: no policyTypes. */
const ingressOnProtocol = (name: string, protocol: string, port: number): NetworkPolicy =>
  np(name, { podSelector: { matchLabels: { pod: 'a' } }, ingress: [{ ports: [{ port, protocol }] }] });
/** GetDenyIngressForTarget. */
const denyIngressForTarget = np('deny-ingress-via-label-selector', {
  podSelector: { matchLabels: { target: 'isolated' } },
  policyTypes: ['Ingress'],
  ingress: [],
});
/** GetAllowIngressByPort / GetAllowIngress: empty podSelector, no policyTypes. */
const allowIngressByPort = np('allow-ingress-port-80', {
  podSelector: { matchLabels: {} },
  ingress: [{ ports: [{ port: 'serve-80-tcp' }] }],
});
const allowIngress = np('allow-ingress', { podSelector: { matchLabels: {} }, ingress: [{}] });
/** GetAllowEgressByPort (with its UDP/53 entry) / GetAllowEgress. */
const allowEgressByPort = np('allow-egress-port-80', {
  podSelector: { matchLabels: {} },
  egress: [{ ports: [{ port: 'serve-80-tcp' }, DNS] }],
  policyTypes: ['Egress'],
});
const allowEgress = np('allow-egress', { podSelector: { matchLabels: {} }, policyTypes: ['Egress'], egress: [{}] });
/** GetAllowEgressByCIDR / GetAllowEgressByCIDRExcept: a second rule allows UDP 53 anywhere. */
const egressByCIDR = (cidr: string, except?: string[]): NetworkPolicy =>
  np('allow-client-a-via-cidr-egress-rule', {
    podSelector: { matchLabels: { pod: 'a' } },
    policyTypes: ['Egress'],
    egress: [{ to: [{ ipBlock: except === undefined ? { cidr } : { cidr, except } }] }, { ports: [DNS] }],
  });
/** GetAllowEgressByNamespaceAndPod: AND of the two selectors, plus UDP 53 anywhere. */
const egressRules: NetworkPolicyEgressRule[] = [
  { to: [{ namespaceSelector: { matchLabels: { ns: 'y' } }, podSelector: { matchLabels: { pod: 'a' } } }] },
  { ports: [DNS] },
];

const noChange = (): undefined => undefined;
const steps = (policies: NetworkPolicy[], port: number, expect: (r: Reachability) => unknown) => ({
  policies,
  port,
  protocol: TCP,
  expect: (r: Reachability) => void expect(r),
});

export const scenariosEarly: Scenario[] = [
  {
    name: 'early revision: should not allow access by TCP when a policy specifies only SCTP',
    steps: [
      steps([ingressOnProtocol('allow-only-sctp-ingress-on-port-81', 'SCTP', 81)], 81, (r) =>
        r.expectAllIngress('x/a', false),
      ),
    ],
  },
  {
    name: 'early revision: should deny UDP ingress access to updated pod',
    steps: [
      { policies: [denyIngressForTarget], port: 80, protocol: 'UDP', expect: noChange },
      {
        policies: [denyIngressForTarget],
        port: 80,
        protocol: 'UDP',
        mutate: addPodLabels('x', 'a', { target: 'isolated' }),
        expect: (r) => void r.expectAllIngress('x/a', false),
      },
    ],
  },
  {
    name: 'early revision: should enforce multiple ingress policies with ingress allow-all policy taking precedence (named port, policyTypes defaulted)',
    steps: [
      steps([allowIngressByPort], 81, (r) => r.expectPeer({}, { namespace: 'x' }, false)),
      steps([allowIngressByPort, allowIngress], 81, noChange),
    ],
  },
  {
    name: 'early revision: should enforce multiple egress policies with egress allow-all policy taking precedence (named port + UDP 53)',
    steps: [
      steps([allowEgressByPort], 81, (r) => r.expectPeer({ namespace: 'x' }, {}, false)),
      steps([allowEgressByPort, allowEgress], 81, noChange),
    ],
  },
  {
    name: 'early revision: should allow egress access to server in CIDR block (+ UDP 53 rule)',
    steps: [
      steps([egressByCIDR(`${podIP('y', 'b')}/32`)], 80, (r) =>
        r.expectAllEgress('x/a', false).expect('x/a', 'y/b', true),
      ),
    ],
  },
  {
    name: 'early revision: should ensure an IP overlapping both IPBlock.CIDR and IPBlock.Except is allowed (+ UDP 53 rule)',
    steps: [
      // "<x/a IP>/4" masked, as Go's net.ParseCIDR does (semantics doc §4.3).
      steps([egressByCIDR('0.0.0.0/4', [`${podIP('x', 'b')}/32`])], 80, (r) => r.expect('x/a', 'x/b', false)),
      // CreateOrUpdatePolicy with the same name replaces the policy.
      steps([egressByCIDR(`${podIP('x', 'b')}/32`)], 80, (r) =>
        r.expectAllEgress('x/a', false).expect('x/a', 'x/b', true),
      ),
    ],
  },
  {
    name: 'early revision: should enforce egress policy allowing traffic to a server in a different namespace based on PodSelector and NamespaceSelector (ns label, + UDP 53)',
    steps: [
      steps(
        [
          np('allow-to-ns-y-pod-a', {
            podSelector: { matchLabels: { pod: 'a' } },
            policyTypes: ['Egress'],
            egress: egressRules,
          }),
        ],
        80,
        (r) => r.expectAllEgress('x/a', false).expect('x/a', 'y/a', true),
      ),
    ],
  },
  {
    name: 'early revision: should enforce policy based on PodSelector or NamespaceSelector (ns label NotIn)',
    steps: [
      steps(
        [
          np('allow-ns-y-match-selector', {
            podSelector: { matchLabels: { pod: 'a' } },
            ingress: [
              {
                from: [
                  { namespaceSelector: { matchExpressions: [{ key: 'ns', operator: 'NotIn', values: ['x'] }] } },
                  { podSelector: { matchLabels: { pod: 'b' } } },
                ],
              },
            ],
          }),
        ],
        80,
        (r) => r.expect('x/c', 'x/a', false),
      ),
    ],
  },
];
