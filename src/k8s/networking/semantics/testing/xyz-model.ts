// The upstream e2e NetworkPolicy model (test/e2e/network/netpol: namespaces x, y, z; pods a, b, c;
// ports 80/81 on TCP/UDP/SCTP named serve-<port>-<proto>) with its builders and Reachability table.
import type { LabelSelector } from '../../../meta';
import type { NetworkPolicy, NetworkPolicyEgressRule, NetworkPolicyIngressRule } from '../../types';
import type { Cluster, ClusterPod } from '../model';

export const NAMESPACES = ['x', 'y', 'z'] as const;
export const POD_NAMES = ['a', 'b', 'c'] as const;

/** Fixed IP plan (semantics doc §4.3): 10.244.<1|2|3>.<11|12|13> for x|y|z and a|b|c. */
export const podIP = (ns: string, pod: string): string =>
  `10.244.${NAMESPACES.indexOf(ns as 'x') + 1}.${POD_NAMES.indexOf(pod as 'a') + 11}`;

/** model.go: one container per (port, protocol), port name serve-<port>-<lowercase protocol>. */
export function xyzCluster(): Cluster {
  const pods: ClusterPod[] = [];
  for (const ns of NAMESPACES) {
    for (const name of POD_NAMES) {
      const ports = [80, 81].flatMap((port) =>
        (['TCP', 'UDP', 'SCTP'] as const).map((protocol) => ({
          name: `serve-${port}-${protocol.toLowerCase()}`,
          containerPort: port,
          protocol,
        })),
      );
      pods.push({ namespace: ns, name, labels: { pod: name }, ips: [podIP(ns, name)], ports });
    }
  }
  return {
    namespaces: NAMESPACES.map((name) => ({ name, labels: { 'kubernetes.io/metadata.name': name, ns: name } })),
    pods,
  };
}

/** Kubernetes objects for the same model, as `kubectl get ns,pods -A -o yaml` prints them (a List). */
export function xyzClusterList(): Record<string, unknown> {
  const c = xyzCluster();
  const items: unknown[] = [
    ...c.namespaces.map((ns) => ({
      apiVersion: 'v1',
      kind: 'Namespace',
      metadata: { name: ns.name, labels: ns.labels },
    })),
    ...c.pods.map((p) => ({
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: p.name, namespace: p.namespace, labels: p.labels },
      spec: {
        containers: p.ports.map((port) => ({
          name: `cont-${port.containerPort}-${String(port.protocol).toLowerCase()}`,
          image: 'registry.k8s.io/e2e-test-images/agnhost:2.47',
          ports: [{ containerPort: port.containerPort, name: port.name, protocol: port.protocol }],
        })),
      },
      status: { phase: 'Running', podIP: p.ips[0], podIPs: [{ ip: p.ips[0] }] },
    })),
  ];
  return { apiVersion: 'v1', kind: 'List', metadata: { resourceVersion: '' }, items };
}

// ---- policies.go builders ----

type SetFunc = (p: NetworkPolicy & { spec: NonNullable<NetworkPolicy['spec']> }) => void;

export function genPolicy(name: string, podSelector: LabelSelector, ...fns: SetFunc[]): NetworkPolicy {
  const p = {
    apiVersion: 'networking.k8s.io/v1',
    kind: 'NetworkPolicy',
    metadata: { name },
    spec: {},
  } as NetworkPolicy & {
    spec: NonNullable<NetworkPolicy['spec']>;
  };
  for (const f of fns) f(p);
  p.spec.podSelector = podSelector;
  return p;
}

/** GenNetworkPolicyWithNameAndPodMatchLabel. */
export const genPolicyMatchLabels = (name: string, labels: Record<string, string>, ...fns: SetFunc[]): NetworkPolicy =>
  genPolicy(name, { matchLabels: labels }, ...fns);

/** SetSpecIngressRules: appends Ingress to policyTypes on first use, even with zero rules. */
export const setIngress =
  (...rules: NetworkPolicyIngressRule[]): SetFunc =>
  (p) => {
    if (p.spec.ingress === undefined) {
      p.spec.ingress = [];
      p.spec.policyTypes = [...(p.spec.policyTypes ?? []), 'Ingress'];
    }
    p.spec.ingress.push(...rules);
  };

export const setEgress =
  (...rules: NetworkPolicyEgressRule[]): SetFunc =>
  (p) => {
    if (p.spec.egress === undefined) {
      p.spec.egress = [];
      p.spec.policyTypes = [...(p.spec.policyTypes ?? []), 'Egress'];
    }
    p.spec.egress.push(...rules);
  };

/** CreatePolicy(ctx, k8s, policy, ns): the same object placed in a namespace. */
export const inNs = (ns: string, p: NetworkPolicy): NetworkPolicy => ({
  ...structuredClone(p),
  metadata: { ...p.metadata, namespace: ns },
});

// ---- reachability.go ----

export interface Peer {
  namespace?: string;
  pod?: string;
}

const peerMatches = (peer: Peer, key: string): boolean => {
  const [ns, pod] = key.split('/');
  return (peer.namespace === undefined || peer.namespace === ns) && (peer.pod === undefined || peer.pod === pod);
};

/** The expected truth table: NewReachability(pods, default) and the Expect* calls, in source order. */
export class Reachability {
  readonly table = new Map<string, boolean>();
  constructor(
    readonly pods: readonly string[],
    def: boolean,
  ) {
    for (const f of pods) for (const t of pods) this.table.set(`${f}>${t}`, def);
  }
  expect(from: string, to: string, v: boolean): this {
    this.table.set(`${from}>${to}`, v);
    return this;
  }
  expectPeer(from: Peer, to: Peer, v: boolean): this {
    for (const f of this.pods) {
      if (!peerMatches(from, f)) continue;
      for (const t of this.pods) if (peerMatches(to, t)) this.table.set(`${f}>${t}`, v);
    }
    return this;
  }
  /** SetAllTo: the column of `pod`. */
  expectAllIngress(pod: string, v: boolean): this {
    for (const f of this.pods) this.table.set(`${f}>${pod}`, v);
    return this;
  }
  /** SetAllFrom: the row of `pod`. */
  expectAllEgress(pod: string, v: boolean): this {
    for (const t of this.pods) this.table.set(`${pod}>${t}`, v);
    return this;
  }
  get(from: string, to: string): boolean {
    return this.table.get(`${from}>${to}`) ?? false;
  }
}

export const allPodStrings = (): string[] => NAMESPACES.flatMap((ns) => POD_NAMES.map((p) => `${ns}/${p}`));

/** Renders a table like the e2e log: "." allowed, "X" denied; rows are sources. */
export function renderTable(pods: readonly string[], get: (from: string, to: string) => boolean): string {
  const lines = [['-', ...pods].join('\t')];
  for (const f of pods) lines.push([f, ...pods.map((t) => (get(f, t) ? '.' : 'X'))].join('\t'));
  return lines.join('\n');
}
