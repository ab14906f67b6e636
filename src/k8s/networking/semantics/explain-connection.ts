// Why one connection is allowed or denied, in words: for each end, whether the pod is isolated and
// by which policies, and which rule (peer, port) allowed it, or that none matched.
import type { ConnectionVerdict, DirectionVerdict, RuleMatch } from './decide';
import { IPBLOCK_POD_CAVEAT } from './wording';

export interface ConnectionExplanation {
  allowed: boolean;
  /** "x/a -> y/b on 80/TCP: denied". */
  headline: string;
  /** One sentence for the source's egress, then one for the destination's ingress. */
  egress: string;
  ingress: string;
}

function ruleText(m: RuleMatch, dir: 'Ingress' | 'Egress'): string {
  const field = dir === 'Ingress' ? 'ingress' : 'egress';
  const peerField = dir === 'Ingress' ? 'from' : 'to';
  const peer = m.peerIndex === null ? `no ${peerField} (every peer)` : `${peerField}[${m.peerIndex}]`;
  const port = m.portIndex === null ? 'no ports (every port)' : `ports[${m.portIndex}]`;
  const caveat = m.viaIPBlock ? `; ${IPBLOCK_POD_CAVEAT}` : '';
  return `${m.policy} ${field} rule ${m.ruleIndex + 1} (spec.${field}[${m.ruleIndex}]: ${peer}, ${port}${caveat})`;
}

function directionText(v: DirectionVerdict | null, other: string, probe: string, endpoint: string): string {
  const dir = v?.direction;
  if (v === null || dir === undefined) {
    return `${endpoint} is not a pod of the cluster, so no NetworkPolicy applies on its side.`;
  }
  const d = dir.toLowerCase();
  const ns = v.pod.split('/')[0] ?? '';
  if (!v.isolated) {
    return `${v.pod} is not isolated for ${d} (no NetworkPolicy in namespace ${JSON.stringify(ns)} selects it with policyTypes ${dir}), so ${d} is allowed.`;
  }
  const by = `${v.pod} is isolated for ${d} by ${v.isolatingPolicies.join(', ')}`;
  const what = dir === 'Egress' ? `to ${other}` : `from ${other}`;
  if (!v.allowed)
    return `${by}; no ${d} rule of ${v.isolatingPolicies.length === 1 ? 'it' : 'them'} matches ${what} on ${probe}, so ${d} is denied.`;
  const rules = v.allowedBy.map((m) => ruleText(m, dir));
  return `${by}; ${what} on ${probe} is allowed by ${rules.join(' and by ')}.`;
}

export function explainConnection(v: ConnectionVerdict): ConnectionExplanation {
  const probe = `${v.probe.port}/${v.probe.protocol}`;
  return {
    allowed: v.allowed,
    headline: `${v.from} -> ${v.to} on ${probe}: ${v.allowed ? 'allowed' : 'denied'}${
      v.allowed ? '' : ` (a connection needs the source's egress and the destination's ingress to allow it)`
    }`,
    egress: directionText(v.egress, v.to, probe, v.from),
    ingress: directionText(v.ingress, v.from, probe, v.to),
  };
}
