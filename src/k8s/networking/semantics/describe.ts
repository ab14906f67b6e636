// The Spec part of `kubectl describe networkpolicy` (k8s.io/kubectl pkg/describe describe.go,
// describeNetworkPolicySpec and printNetworkPolicySpecIngressFrom/EgressTo), with egress worded as egress.
import { effectivePolicyTypes } from '../defaults';
import type { NetworkPolicy, NetworkPolicyPeer, NetworkPolicyPort } from '../types';
import type { Direction } from './decide';
import { policyNamespace } from './compile';
import { sanitizePolicy } from './sanitize';
import { formatLabelSelector } from './selector';

function portLine(p: NetworkPolicyPort): string {
  const proto = typeof p.protocol === 'string' ? p.protocol : 'TCP';
  if (p.port === undefined || p.port === null) return `To Port: <any> (traffic allowed to all ${proto} ports)`;
  if (typeof p.port === 'number' && typeof p.endPort === 'number') return `To Port: ${p.port}-${p.endPort}/${proto}`;
  return `To Port: ${p.port}/${proto}`;
}

function peerLines(peer: NetworkPolicyPeer, word: 'From' | 'To', indent: string): string[] {
  const out = [`${indent}${word}:`];
  const i2 = `${indent}  `;
  if (peer.podSelector && peer.namespaceSelector) {
    out.push(`${i2}NamespaceSelector: ${formatLabelSelector(peer.namespaceSelector)}`);
    out.push(`${i2}PodSelector: ${formatLabelSelector(peer.podSelector)}`);
  } else if (peer.podSelector) {
    out.push(`${i2}PodSelector: ${formatLabelSelector(peer.podSelector)}`);
  } else if (peer.namespaceSelector) {
    out.push(`${i2}NamespaceSelector: ${formatLabelSelector(peer.namespaceSelector)}`);
  } else if (peer.ipBlock) {
    out.push(`${i2}IPBlock:`);
    out.push(`${i2}  CIDR: ${peer.ipBlock.cidr}`);
    out.push(`${i2}  Except: ${(peer.ipBlock.except ?? []).join(', ')}`);
  }
  return out;
}

type Rule = { ports?: NetworkPolicyPort[]; from?: NetworkPolicyPeer[]; to?: NetworkPolicyPeer[] };

function ruleLines(rules: Rule[] | undefined, dir: Direction, indent: string): string[] {
  if (!rules || rules.length === 0) {
    return [`${indent}<none> (Selected pods are isolated for ${dir.toLowerCase()} connectivity)`];
  }
  const out: string[] = [];
  const word = dir === 'Ingress' ? 'From' : 'To';
  rules.forEach((rule, i) => {
    const ports = rule?.ports ?? [];
    if (ports.length === 0) out.push(`${indent}To Port: <any> (traffic allowed to all ports)`);
    else for (const p of ports) out.push(`${indent}${portLine(p ?? {})}`);
    const peers = (dir === 'Ingress' ? rule?.from : rule?.to) ?? [];
    if (peers.length === 0) {
      out.push(`${indent}${word}: <any> (traffic not restricted by ${dir === 'Ingress' ? 'source' : 'destination'})`);
    } else {
      for (const peer of peers) out.push(...peerLines(peer ?? {}, word, indent));
    }
    if (i !== rules.length - 1) out.push(`${indent}----------`);
  });
  return out;
}

function mapLines(title: string, m: Record<string, string> | undefined): string[] {
  const entries = Object.entries(m ?? {}).sort(([a], [b]) => (a < b ? -1 : 1));
  if (entries.length === 0) return [`${title}<none>`];
  const pad = ' '.repeat(title.length);
  return entries.map(([k, v], i) => `${i === 0 ? title : pad}${k}=${v}`);
}

/** metav1.Time printed with %s: Go's time.Time String() in UTC, "2018-11-15 08:23:34 +0000 UTC". */
function goTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return `${d.toISOString().slice(0, 19).replace('T', ' ')} +0000 UTC`;
}

/** kubectl describe's text for a policy (defaulted policyTypes, as the server would return it). */
export function describeNetworkPolicy(input: NetworkPolicy): string {
  const policy = sanitizePolicy(input);
  const spec = policy.spec ?? {};
  const types = effectivePolicyTypes(spec);
  const lines = [
    `Name:         ${policy.metadata?.name ?? ''}`,
    `Namespace:    ${policyNamespace(policy)}`,
    ...(typeof policy.metadata?.creationTimestamp === 'string'
      ? [`Created on:   ${goTime(policy.metadata.creationTimestamp)}`]
      : []),
    ...mapLines('Labels:       ', policy.metadata?.labels),
    ...mapLines('Annotations:  ', policy.metadata?.annotations),
    'Spec:',
  ];
  const sel = spec.podSelector ?? {};
  const selText = formatLabelSelector(sel);
  lines.push(
    selText === '<none>'
      ? '  PodSelector:     <none> (Allowing the specific traffic to all pods in this namespace)'
      : `  PodSelector:     ${selText}`,
  );
  if (types.includes('Ingress'))
    lines.push('  Allowing ingress traffic:', ...ruleLines(spec.ingress, 'Ingress', '    '));
  else lines.push('  Not affecting ingress traffic');
  if (types.includes('Egress')) lines.push('  Allowing egress traffic:', ...ruleLines(spec.egress, 'Egress', '    '));
  else lines.push('  Not affecting egress traffic');
  lines.push(`  Policy Types: ${types.join(', ')}`);
  return `${lines.join('\n')}\n`;
}
