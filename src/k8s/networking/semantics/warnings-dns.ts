// The "egress isolated without DNS" check: does some egress rule allow UDP or TCP 53 to kube-dns
// (pods labelled k8s-app=kube-dns in kube-system, as kubeadm and most distributions deploy it)?
import type { NetworkPolicyEgressRule } from '../types';
import { compilePeer, compilePort } from './compile';
import { portMatches, type ClusterIndex } from './match';
import type { ClusterPod } from './model';
import type { PolicyWarning } from './warnings';

const KUBE_DNS: ClusterPod = {
  namespace: 'kube-system',
  name: 'coredns',
  labels: { 'k8s-app': 'kube-dns' },
  ips: [],
  ports: [
    { name: 'dns', containerPort: 53, protocol: 'UDP' },
    { name: 'dns-tcp', containerPort: 53, protocol: 'TCP' },
  ],
};

function allowsDns(
  rule: NetworkPolicyEgressRule,
  ns: string,
  nsLabels: (name: string) => Record<string, string>,
): boolean {
  const ports = (rule.ports ?? []).map((p) => compilePort(p ?? {}));
  const portOK =
    ports.length === 0 ||
    ports.some(
      (p) =>
        portMatches(p, { port: 53, protocol: 'UDP' }, KUBE_DNS) ||
        portMatches(p, { port: 53, protocol: 'TCP' }, KUBE_DNS),
    );
  if (!portOK) return false;
  const peers = rule.to ?? [];
  if (peers.length === 0) return true;
  const index: ClusterIndex = {
    cluster: { namespaces: [], pods: [KUBE_DNS] },
    nsLabels: new Map([['kube-system', nsLabels('kube-system')]]),
    podIPs: new Map([[KUBE_DNS, []]]),
  };
  return peers.some((p) => {
    const c = compilePeer(p ?? {});
    // An ipBlock may well be the DNS server (node-local DNS, an external resolver): do not guess.
    return (
      c.kind === 'ipBlock' ||
      (c.kind === 'pods' && (c.podSelector !== undefined || c.namespaceSelector !== undefined) && peerOK(c, ns, index))
    );
  });
}

const peerOK = (c: ReturnType<typeof compilePeer>, ns: string, index: ClusterIndex): boolean => {
  if (c.kind !== 'pods') return false;
  const nsOK =
    c.namespaceSelector === undefined
      ? ns === 'kube-system'
      : c.namespaceSelector.matches(index.nsLabels.get('kube-system'));
  return nsOK && (c.podSelector === undefined || c.podSelector.matches(KUBE_DNS.labels));
};

export function dnsWarning(
  rules: readonly NetworkPolicyEgressRule[],
  ns: string,
  nsLabels: (name: string) => Record<string, string>,
): PolicyWarning | null {
  if (rules.some((r) => allowsDns(r ?? {}, ns, nsLabels))) return null;
  return {
    code: 'EgressWithoutDNS',
    severity: 'warning',
    field: rules.length === 0 ? 'spec.policyTypes' : 'spec.egress',
    message:
      'the selected pods are isolated for egress and no egress rule allows DNS (UDP/TCP port 53 to kube-dns in kube-system, or to any destination): name lookups from these pods will fail unless another policy allows them',
  };
}
