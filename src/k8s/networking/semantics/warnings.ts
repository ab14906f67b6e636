// Warnings for valid-but-risky policies (structured: code, field path, message). Cluster-aware
// checks (named ports, ipBlocks over pod IPs, pod counts) run only when a cluster is given.
import { effectivePolicyTypes } from '../defaults';
import type { NetworkPolicy, NetworkPolicyPeer, NetworkPolicyPort } from '../types';
import { compilePeer, compilePort, policyNamespace } from './compile';
import type { Direction } from './decide';
import { cidrWithin } from './ip';
import { indexCluster, ipBlockMatches, peerMatchesPod, type ClusterIndex } from './match';
import { namespaceLabels, podKey, type Cluster, type ClusterPod } from './model';
import { sanitizePolicy } from './sanitize';
import { compileSelector } from './selector';
import { dnsWarning } from './warnings-dns';

export type WarningCode =
  | 'EgressWithoutDNS'
  | 'EmptyPodSelector'
  | 'PortsWithoutPeers'
  | 'NamedPortNotFound'
  | 'IPBlockOverlapsPods'
  | 'ExceptOutsideCIDR'
  | 'InvalidCIDR'
  | 'InvalidSelector'
  | 'InvalidPeer'
  | 'InvalidPort'
  | 'RulesIgnored'
  | 'SelectsNoPods';

export interface PolicyWarning {
  code: WarningCode;
  severity: 'warning' | 'info';
  /** Field path such as "spec.ingress[0].from[1].ipBlock.except[0]". */
  field: string;
  message: string;
}

type Rule = { ports?: NetworkPolicyPort[]; from?: NetworkPolicyPeer[]; to?: NetworkPolicyPeer[] };

const list = (pods: readonly ClusterPod[], max = 5): string =>
  pods.slice(0, max).map(podKey).join(', ') + (pods.length > max ? `, and ${pods.length - max} more` : '');

function selectorWarnings(sel: unknown, field: string, out: PolicyWarning[]): void {
  if (sel === undefined || sel === null) return;
  const c = compileSelector(sel as never);
  if (!c.valid)
    out.push({
      code: 'InvalidSelector',
      severity: 'warning',
      field,
      message: `${c.error ?? 'invalid selector'}; it matches nothing`,
    });
}

function peerWarnings(
  peer: NetworkPolicyPeer,
  path: string,
  ns: string,
  index: ClusterIndex | null,
  out: PolicyWarning[],
): void {
  const compiled = compilePeer(peer);
  if (compiled.kind === 'invalid') {
    out.push({
      code: 'InvalidPeer',
      severity: 'warning',
      field: path,
      message: `${compiled.reason}; this peer matches nothing`,
    });
    return;
  }
  selectorWarnings(peer.podSelector, `${path}.podSelector`, out);
  selectorWarnings(peer.namespaceSelector, `${path}.namespaceSelector`, out);
  if (compiled.kind !== 'ipBlock' || !peer.ipBlock) return;
  const cidr = compiled.cidr;
  if (cidr === null) {
    out.push({
      code: 'InvalidCIDR',
      severity: 'warning',
      field: `${path}.ipBlock.cidr`,
      message: `${JSON.stringify(peer.ipBlock.cidr)} is not a valid CIDR; this peer matches nothing`,
    });
    return;
  }
  compiled.except.forEach((e, i) => {
    const field = `${path}.ipBlock.except[${i}]`;
    const text = JSON.stringify(peer.ipBlock?.except?.[i]);
    if (e === null)
      out.push({ code: 'InvalidCIDR', severity: 'warning', field, message: `${text} is not a valid CIDR` });
    else if (!cidrWithin(e, cidr) || e.bits === cidr.bits) {
      const effect = cidrWithin(cidr, e)
        ? 'it covers the whole cidr, so this peer matches nothing'
        : 'it excludes nothing';
      out.push({
        code: 'ExceptOutsideCIDR',
        severity: 'warning',
        field,
        message: `except ${text} is not a strict subset of cidr ${JSON.stringify(peer.ipBlock?.cidr)}: ${effect} (the API server rejects it)`,
      });
    }
  });
  if (index === null) return;
  const hit = index.cluster.pods.filter((p) => ipBlockMatches(compiled, index.podIPs.get(p) ?? []));
  if (hit.length > 0) {
    out.push({
      code: 'IPBlockOverlapsPods',
      severity: 'warning',
      field: `${path}.ipBlock.cidr`,
      message: `ipBlock ${peer.ipBlock.cidr} contains the IPs of ${hit.length} pod(s) (${list(hit)}). ipBlock is meant for IPs outside the cluster; whether it matches pod traffic depends on the network plugin. Select pods with podSelector/namespaceSelector instead.`,
    });
  }
}

/** Port entries the API server rejects; the engine lets them match nothing (never every port). */
function portWarnings(rule: Rule, path: string, out: PolicyWarning[]): void {
  (rule.ports ?? []).forEach((p, i) => {
    const c = compilePort(p ?? {});
    const field = `${path}.ports[${i}].endPort`;
    if (c.invalid !== undefined) {
      out.push({
        code: 'InvalidPort',
        severity: 'warning',
        field,
        message: `${c.invalid}; this entry matches nothing`,
      });
    } else if (c.port !== undefined && c.endPort !== undefined && c.endPort < c.port) {
      out.push({
        code: 'InvalidPort',
        severity: 'warning',
        field,
        message: `endPort ${c.endPort} is below port ${c.port}: the range is empty and the API server rejects it`,
      });
    }
  });
}

function namedPortWarnings(
  rule: Rule,
  path: string,
  dir: Direction,
  pods: readonly ClusterPod[] | null,
  out: PolicyWarning[],
): void {
  if (pods === null || pods.length === 0) return;
  (rule.ports ?? []).forEach((p, i) => {
    if (typeof p?.port !== 'string') return;
    const proto = typeof p.protocol === 'string' ? p.protocol : 'TCP';
    const name = p.port;
    const found = pods.some((pod) => pod.ports.some((cp) => cp.name === name && cp.protocol === proto));
    if (found) return;
    const whose = dir === 'Ingress' ? 'selected pod' : 'destination pod';
    out.push({
      code: 'NamedPortNotFound',
      severity: 'warning',
      field: `${path}.ports[${i}].port`,
      message: `no ${whose} (${pods.length} checked) has a ${proto} container port named ${JSON.stringify(name)}, so this entry matches nothing`,
    });
  });
}

/** Destination pods of an egress rule, for resolving its named ports. */
function egressDestinations(rule: Rule, ns: string, index: ClusterIndex): ClusterPod[] {
  const peers = (rule.to ?? []).map((p) => compilePeer(p ?? {}));
  if (peers.length === 0) return index.cluster.pods;
  return index.cluster.pods.filter((pod) => peers.some((p) => peerMatchesPod(p, ns, pod, index)));
}

export function policyWarnings(input: NetworkPolicy, cluster?: Cluster | ClusterIndex): PolicyWarning[] {
  const policy = sanitizePolicy(input);
  const out: PolicyWarning[] = [];
  const spec = policy.spec ?? {};
  const ns = policyNamespace(policy);
  const types = effectivePolicyTypes(spec);
  const index = cluster === undefined ? null : 'nsLabels' in cluster ? cluster : indexCluster(cluster);
  const sel = compileSelector(spec.podSelector ?? {});
  selectorWarnings(spec.podSelector, 'spec.podSelector', out);
  const nsPods = index?.cluster.pods.filter((p) => p.namespace === ns) ?? null;
  const selected = nsPods?.filter((p) => sel.matches(p.labels)) ?? null;
  if (sel.valid && sel.empty) {
    const count = nsPods === null ? '' : ` (${nsPods.length} pod(s) now)`;
    out.push({
      code: 'EmptyPodSelector',
      severity: 'info',
      field: 'spec.podSelector',
      message: `the empty podSelector selects every pod in namespace ${JSON.stringify(ns)}${count}, including pods created later`,
    });
  } else if (selected !== null && selected.length === 0) {
    out.push({
      code: 'SelectsNoPods',
      severity: 'info',
      field: 'spec.podSelector',
      message: `no pod in namespace ${JSON.stringify(ns)} matches the podSelector right now`,
    });
  }
  for (const dir of ['Ingress', 'Egress'] as const) {
    const listed = (dir === 'Ingress' ? spec.ingress : spec.egress) ?? [];
    if (!types.includes(dir)) {
      if (listed.length > 0) {
        const field = dir === 'Ingress' ? 'spec.ingress' : 'spec.egress';
        out.push({
          code: 'RulesIgnored',
          severity: 'warning',
          field,
          message: `policyTypes does not include ${dir}, so the ${listed.length} rule(s) in ${field} have no effect`,
        });
      }
      continue;
    }
    const field = dir === 'Ingress' ? 'ingress' : 'egress';
    const peerField = dir === 'Ingress' ? 'from' : 'to';
    const rules = ((dir === 'Ingress' ? spec.ingress : spec.egress) ?? []) as Rule[];
    rules.forEach((rule, i) => {
      const path = `spec.${field}[${i}]`;
      const peers = rule?.[peerField] ?? [];
      if ((rule?.ports ?? []).length > 0 && peers.length === 0) {
        const who = dir === 'Ingress' ? 'from every source' : 'to every destination';
        out.push({
          code: 'PortsWithoutPeers',
          severity: 'warning',
          field: path,
          message: `this rule lists ports but no ${peerField}, so it opens those ports ${who}: every pod in every namespace and every IP address`,
        });
      }
      portWarnings(rule ?? {}, path, out);
      peers.forEach((p, k) => peerWarnings(p ?? {}, `${path}.${peerField}[${k}]`, ns, index, out));
      const pods = index === null ? null : dir === 'Ingress' ? selected : egressDestinations(rule ?? {}, ns, index);
      namedPortWarnings(rule ?? {}, path, dir, pods, out);
    });
  }
  if (types.includes('Egress')) {
    const nsLabels = (name: string): Record<string, string> => index?.nsLabels.get(name) ?? namespaceLabels(name, {});
    const w = dnsWarning(spec.egress ?? [], ns, nsLabels);
    if (w !== null) out.push(w);
  }
  return out;
}
