// The Spec part of `kubectl describe networkpolicy` (k8s.io/kubectl pkg/describe describe.go,
// describeNetworkPolicySpec and printNetworkPolicySpecIngressFrom/EgressTo), with egress worded as egress.
import { effectivePolicyTypes } from '../defaults';
import type { NetworkPolicy, NetworkPolicyPeer, NetworkPolicyPort } from '../types';
import type { Direction } from './decide';
import { policyNamespace } from './compile';
import { sanitizePolicy } from './sanitize';
import { formatLabelSelector } from './selector';

/**
 * kubectl prints "To Port: %s/%s" and, with endPort, "To Port Range: %s-%d/%s". For an entry
 * without port it prints Go's "<nil>"; this says what that means instead.
 */
function portLine(p: NetworkPolicyPort): string {
  const proto = typeof p.protocol === 'string' ? p.protocol : 'TCP';
  const end = typeof p.endPort === 'number' ? p.endPort : undefined;
  if (p.port === undefined || p.port === null) {
    return end === undefined
      ? `To Port: <any> (traffic allowed to all ${proto} ports)`
      : `To Port Range: <nil>-${end}/${proto} (invalid: endPort without port)`;
  }
  if (end !== undefined) return `To Port Range: ${p.port}-${end}/${proto}`;
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

function labelLines(title: string, m: Record<string, string> | undefined): string[] {
  const entries = Object.entries(m ?? {}).sort(([a], [b]) => (a < b ? -1 : 1));
  if (entries.length === 0) return [`${title}<none>`];
  const pad = ' '.repeat(title.length);
  return entries.map(([k, v], i) => `${i === 0 ? title : pad}${k}=${v}`);
}

const LAST_APPLIED = 'kubectl.kubernetes.io/last-applied-configuration';
const MAX_ANNOTATION_LEN = 140;

/**
 * printAnnotationsMultiline: "key: value", last-applied-configuration skipped, and a value that is
 * long or multi-line printed below its key, each line cut at 138 bytes with "...".
 */
function annotationLines(title: string, m: Record<string, string> | undefined): string[] {
  const keys = Object.keys(m ?? {})
    .filter((k) => k !== LAST_APPLIED)
    .sort((a, b) => (a < b ? -1 : 1));
  if (keys.length === 0) return [`${title}<none>`];
  const pad = ' '.repeat(title.length);
  const bytes = (s: string): number => new TextEncoder().encode(s).length;
  const out: string[] = [];
  keys.forEach((k, i) => {
    const lead = i === 0 ? title : pad;
    const value = (m?.[k] ?? '').replace(/\n$/, '');
    if (bytes(value) + bytes(k) + 2 > MAX_ANNOTATION_LEN || value.includes('\n')) {
      out.push(`${lead}${k}:`);
      for (const line of value.split('\n')) out.push(`${pad}  ${shorten(line, MAX_ANNOTATION_LEN - 2)}`);
    } else {
      out.push(`${lead}${k}: ${value}`);
    }
  });
  return out;
}

/** Go's s[:max] + "..." on bytes; a cut inside a UTF-8 sequence is moved back to its start. */
function shorten(s: string, max: number): string {
  const b = new TextEncoder().encode(s);
  if (b.length <= max) return s;
  let end = max;
  while (end > 0 && ((b[end] ?? 0) & 0xc0) === 0x80) end--;
  return `${new TextDecoder().decode(b.slice(0, end))}...`;
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
    ...labelLines('Labels:       ', policy.metadata?.labels),
    ...annotationLines('Annotations:  ', policy.metadata?.annotations),
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
