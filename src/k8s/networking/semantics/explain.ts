// The plain-language explanation of one NetworkPolicy: which pods it selects, whether each direction
// is isolated, and what each rule allows, with AND/OR spelled out. Pure: used by the CLI and the UI.
import { effectivePolicyTypes } from '../defaults';
import type { NetworkPolicy, NetworkPolicyPeer, NetworkPolicyPort, PolicyType } from '../types';
import { policyNamespace } from './compile';
import type { Direction } from './decide';
import { describeNetworkPolicy } from './describe';
import { sanitizePolicy } from './sanitize';
import { describePeer, describePeers, describePort, describePorts, describeSelectedPods } from './wording';

export interface PeerExplanation {
  index: number;
  /** Field path, e.g. "spec.ingress[0].from[1]". */
  path: string;
  text: string;
  /** True for an ipBlock peer (see PolicyExplanation.notes for how it meets pod IPs). */
  ipBlock: boolean;
}

export interface PortExplanation {
  index: number;
  path: string;
  text: string;
}

export interface RuleExplanation {
  index: number;
  path: string;
  /** One sentence: "Rule 1 allows connections from A OR from B, on port 80/TCP OR port 443/TCP." */
  text: string;
  /** True when the rule has no from/to: it allows every source (ingress) or destination (egress). */
  allPeers: boolean;
  /** True when the rule has no ports: every port and protocol. */
  allPorts: boolean;
  peers: PeerExplanation[];
  ports: PortExplanation[];
}

export interface DirectionExplanation {
  direction: Direction;
  /** True when the effective policyTypes contain this direction. */
  affected: boolean;
  /** True when the direction is affected and has no rules: nothing is allowed. */
  denyAll: boolean;
  summary: string;
  rules: RuleExplanation[];
}

export interface PolicyExplanation {
  /** "namespace/name". */
  policy: string;
  namespace: string;
  name: string;
  /** "all pods in namespace "x"" / "pods in namespace "x" labelled app=web". */
  selectedPods: string;
  selectsAllPods: boolean;
  policyTypes: PolicyType[];
  /** True when policyTypes was absent and the API server's default was applied. */
  policyTypesDefaulted: boolean;
  ingress: DirectionExplanation;
  egress: DirectionExplanation;
  /** Caveats that apply to the whole policy (e.g. how ipBlock meets pod IPs), one sentence each. */
  notes: string[];
  /** `kubectl describe networkpolicy` text (egress worded as egress). */
  describe: string;
  /** Everything above as plain text, one sentence per line. */
  text: string;
}

function explainRule(
  rule: { ports?: NetworkPolicyPort[]; from?: NetworkPolicyPeer[]; to?: NetworkPolicyPeer[] } | null,
  index: number,
  dir: Direction,
  ns: string,
): RuleExplanation {
  const field = dir === 'Ingress' ? 'ingress' : 'egress';
  const peerField = dir === 'Ingress' ? 'from' : 'to';
  const path = `spec.${field}[${index}]`;
  const peers = (dir === 'Ingress' ? rule?.from : rule?.to) ?? [];
  const ports = rule?.ports ?? [];
  const connections = dir === 'Ingress' ? 'incoming connections' : 'outgoing connections';
  return {
    index,
    path,
    text: `Rule ${index + 1} allows ${connections} ${describePeers(peers, dir, ns)}, ${ports.length === 0 ? '' : 'and only '}${describePorts(ports, dir)}.`,
    allPeers: peers.length === 0,
    allPorts: ports.length === 0,
    peers: peers.map((p, i) => ({
      index: i,
      path: `${path}.${peerField}[${i}]`,
      text: describePeer(p ?? {}, ns),
      ipBlock: p?.ipBlock !== undefined && p.ipBlock !== null,
    })),
    ports: ports.map((p, i) => ({ index: i, path: `${path}.ports[${i}]`, text: describePort(p ?? {}, dir) })),
  };
}

function explainDirection(
  policy: NetworkPolicy,
  types: PolicyType[],
  dir: Direction,
  ns: string,
): DirectionExplanation {
  const d = dir.toLowerCase();
  const spec = policy.spec ?? {};
  const raw = (dir === 'Ingress' ? spec.ingress : spec.egress) ?? [];
  if (!types.includes(dir)) {
    const ignored =
      raw.length === 0 ? '' : ` Its ${raw.length} ${d} ${raw.length === 1 ? 'rule has' : 'rules have'} no effect.`;
    return {
      direction: dir,
      affected: false,
      denyAll: false,
      summary: `Does not affect ${d} traffic (policyTypes does not include ${dir}).${ignored}`,
      rules: [],
    };
  }
  const rules = raw.map((r, i) => explainRule(r, i, dir, ns));
  if (rules.length === 0) {
    return {
      direction: dir,
      affected: true,
      denyAll: true,
      summary: `Selected pods are isolated for ${d}; nothing is allowed.`,
      rules,
    };
  }
  const which =
    dir === 'Ingress' ? 'Incoming connections to the selected pods' : 'Outgoing connections from the selected pods';
  const any = rules.length === 1 ? 'this rule' : `at least one of these ${rules.length} rules (rules are ORed)`;
  return {
    direction: dir,
    affected: true,
    denyAll: false,
    summary: `Selected pods are isolated for ${d}. ${which} are allowed only if they match ${any}; other NetworkPolicies that select the same pods can allow more.`,
    rules,
  };
}

export const IPBLOCK_NOTE =
  'ipBlock is meant for IP addresses outside the cluster (API reference). Whether an ipBlock also matches pods by their pod IP depends on the network plugin; the traffic simulation matches pod IPs, as the upstream e2e suite expects (a dual-stack pod matches when any of its IPs does). Select pods with podSelector/namespaceSelector instead.';

function policyNotes(...dirs: DirectionExplanation[]): string[] {
  const hasIPBlock = dirs.some((d) => d.affected && d.rules.some((r) => r.peers.some((p) => p.ipBlock)));
  return hasIPBlock ? [IPBLOCK_NOTE] : [];
}

export function explainNetworkPolicy(input: NetworkPolicy): PolicyExplanation {
  const policy = sanitizePolicy(input);
  const spec = policy.spec ?? {};
  const ns = policyNamespace(policy);
  const name = policy.metadata?.name ?? '';
  const types = effectivePolicyTypes(spec);
  const defaulted = !Array.isArray(spec.policyTypes) || spec.policyTypes.length === 0;
  const selectedPods = describeSelectedPods(spec.podSelector ?? {}, ns);
  const ingress = explainDirection(policy, types, 'Ingress', ns);
  const egress = explainDirection(policy, types, 'Egress', ns);
  const lines = [
    `NetworkPolicy ${ns}/${name}`,
    `Selects ${selectedPods}.`,
    defaulted
      ? `policyTypes is not set; the API server defaults it to [${types.join(', ')}]${types.includes('Egress') ? ' because egress rules are present' : ''}.`
      : `policyTypes: [${types.join(', ')}].`,
  ];
  for (const d of [ingress, egress]) {
    lines.push('', `${d.direction}: ${d.summary}`);
    for (const r of d.rules) lines.push(`  ${r.text}`);
  }
  const notes = policyNotes(ingress, egress);
  if (notes.length > 0) lines.push('', ...notes.map((n) => `Note: ${n}`));
  const selectsAllPods = selectedPods.startsWith('all pods');
  return {
    policy: `${ns}/${name}`,
    namespace: ns,
    name,
    selectedPods,
    selectsAllPods,
    policyTypes: types,
    policyTypesDefaulted: defaulted,
    ingress,
    egress,
    notes,
    describe: describeNetworkPolicy(policy),
    text: `${lines.join('\n')}\n`,
  };
}
