// Upstream e2e scenarios, part 2: network_policy.go @9db638c0 (label updates, egress, ipBlock,
// protocols, and the UDP and SCTP contexts), translated step by step.
import type { Cluster } from '../model';
import type { Scenario } from './scenario';
import {
  genPolicy,
  genPolicyMatchLabels as genML,
  inNs,
  podIP,
  setEgress,
  setIngress,
  type Reachability,
} from './xyz-model';

const NS_KEY = 'kubernetes.io/metadata.name';
const TCP = 'TCP' as const;

const addPodLabels = (ns: string, pod: string, labels: Record<string, string>) => (c: Cluster) => {
  const p = c.pods.find((x) => x.namespace === ns && x.name === pod);
  if (p) p.labels = { ...p.labels, ...labels };
};
const addNsLabel = (ns: string, k: string, v: string) => (c: Cluster) => {
  const n = c.namespaces.find((x) => x.name === ns);
  if (n) n.labels = { ...n.labels, [k]: v };
};

const exceptPolicy = inNs(
  'x',
  genML(
    'allow-client-a-via-cidr-egress-rule',
    { pod: 'a' },
    setEgress({ to: [{ ipBlock: { cidr: '0.0.0.0/4', except: [`${podIP('x', 'b')}/32`] } }] }),
  ),
);
const nsYpodA = { namespaceSelector: { matchLabels: { [NS_KEY]: 'y' } }, podSelector: { matchLabels: { pod: 'a' } } };

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
  ...protocolContext('UDP'),
  ...protocolContext('SCTP'),
];
