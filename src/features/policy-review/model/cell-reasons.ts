// Why one cell of the matrix is allowed or denied, in words: the engine's verdict for the pair,
// with each direction's isolating policies and the rules (with field paths) that allowed it.
import type { NetworkPolicy } from '../../../k8s/networking/types';
import {
  decideConnection,
  indexCluster,
  IPBLOCK_POD_CAVEAT,
  toCompiled,
  type Cluster,
  type ClusterIndex,
  type ClusterPod,
  type ConnectionVerdict,
  type DirectionVerdict,
  type Probe,
  type RuleMatch,
} from './engine';

export interface CellReasons {
  allowed: boolean;
  headline: string;
  lines: string[];
  verdict: ConnectionVerdict;
}

function ruleText(m: RuleMatch, dir: 'Ingress' | 'Egress', draftKey: string): string {
  const field = dir === 'Ingress' ? 'ingress' : 'egress';
  const peers = dir === 'Ingress' ? 'from' : 'to';
  const policy = m.policy === draftKey ? `${m.policy} (the draft)` : m.policy;
  const parts = [
    m.peerIndex === null ? `no ${peers} (every peer)` : `spec.${field}[${m.ruleIndex}].${peers}[${m.peerIndex}]`,
    m.portIndex === null ? 'no ports (every port)' : `spec.${field}[${m.ruleIndex}].ports[${m.portIndex}]`,
  ];
  if (m.viaIPBlock) parts.push(IPBLOCK_POD_CAVEAT);
  return `${policy} ${dir.toLowerCase()} rule ${m.ruleIndex + 1} (${parts.join(', ')})`;
}

function directionLine(v: DirectionVerdict, draftKey: string): string {
  const d = v.direction.toLowerCase();
  const end = v.direction === 'Egress' ? 'leave' : 'reach';
  if (!v.isolated)
    return `${v.direction} of ${v.pod}: no policy selects it for ${d}, so all traffic may ${end} it: allowed.`;
  const mark = (k: string): string => (k === draftKey ? `${k} (the draft)` : k);
  const iso = `isolated for ${d} by ${v.isolatingPolicies.map(mark).join(', ')}`;
  if (v.allowed) {
    return `${v.direction} of ${v.pod}: ${iso}; allowed by ${v.allowedBy.map((m) => ruleText(m, v.direction, draftKey)).join('; and by ')}.`;
  }
  return `${v.direction} of ${v.pod}: ${iso}; no ${d} rule of ${v.isolatingPolicies.length === 1 ? 'that policy' : 'those policies'} matches this connection: denied.`;
}

export function cellReasons(
  cluster: Cluster | ClusterIndex,
  policies: readonly NetworkPolicy[],
  from: ClusterPod,
  to: ClusterPod,
  probe: Probe,
  draftKey: string,
): CellReasons {
  const index = 'nsLabels' in cluster ? cluster : indexCluster(cluster);
  const verdict = decideConnection(
    { kind: 'pod', pod: from },
    { kind: 'pod', pod: to },
    probe,
    toCompiled(policies),
    index,
  );
  const lines: string[] = [];
  if (verdict.egress) lines.push(directionLine(verdict.egress, draftKey));
  if (verdict.ingress) lines.push(directionLine(verdict.ingress, draftKey));
  const both =
    'A connection is allowed only when the source may send it (egress) AND the destination may receive it (ingress).';
  lines.push(both);
  const headline = `${verdict.from} to ${verdict.to} on ${probe.port}/${probe.protocol}: ${verdict.allowed ? 'allowed' : 'denied'}`;
  if (from === to)
    lines.push('A pod connecting to itself is computed by the same rules, but real behaviour varies (loopback).');
  return { allowed: verdict.allowed, headline, lines, verdict };
}
