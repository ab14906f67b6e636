// Coerces whatever a user has typed so far into the NetworkPolicy shape the engine reads: lists
// that are not arrays are dropped; list entries that are not objects keep their place and match
// nothing. The API server rejects all of these; validation reports them.
import type { LabelSelector, ObjectMeta } from '../../meta';
import type { IPBlock, NetworkPolicy, NetworkPolicyPeer, NetworkPolicyPort, NetworkPolicySpec } from '../types';
import { isRecord as isRec } from '../../json';

type Rec = Record<string, unknown>;
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

function stringMap(v: unknown): Record<string, string> | undefined {
  if (!isRec(v)) return undefined;
  const out: Record<string, string> = {};
  for (const [k, x] of Object.entries(v)) if (typeof x === 'string') out[k] = x;
  return out;
}

function selector(v: unknown): LabelSelector | undefined {
  if (v === undefined || v === null) return undefined;
  if (!isRec(v)) return {};
  const out: LabelSelector = {};
  const ml = stringMap(v.matchLabels);
  if (ml !== undefined) out.matchLabels = ml;
  if (Array.isArray(v.matchExpressions)) {
    out.matchExpressions = v.matchExpressions.filter(isRec).map((r) => ({
      key: str(r.key) ?? '',
      operator: str(r.operator) ?? '',
      ...(Array.isArray(r.values) ? { values: r.values.filter((x): x is string => typeof x === 'string') } : {}),
    }));
  }
  return out;
}

function port(v: Rec): NetworkPolicyPort {
  const out: NetworkPolicyPort = {};
  if (typeof v.protocol === 'string') out.protocol = v.protocol;
  if (typeof v.port === 'number' || typeof v.port === 'string') out.port = v.port;
  if (typeof v.endPort === 'number') out.endPort = v.endPort;
  return out;
}

function peer(v: Rec): NetworkPolicyPeer {
  const out: NetworkPolicyPeer = {};
  const ps = selector(v.podSelector);
  const ns = selector(v.namespaceSelector);
  if (ps !== undefined) out.podSelector = ps;
  if (ns !== undefined) out.namespaceSelector = ns;
  if (isRec(v.ipBlock)) {
    const block: IPBlock = { cidr: str(v.ipBlock.cidr) ?? '' };
    if (Array.isArray(v.ipBlock.except))
      block.except = v.ipBlock.except.filter((x): x is string => typeof x === 'string');
    out.ipBlock = block;
  }
  return out;
}

function rules(v: unknown, peersField: 'from' | 'to'): Rec[] | undefined {
  if (!Array.isArray(v)) return undefined;
  return v.map((r) => {
    // Malformed entries keep their index and match nothing: dropping them could turn a list into
    // an empty one, which would mean "everything".
    if (!isRec(r)) return { [peersField]: [{}] };
    const rule: Rec = {};
    if (Array.isArray(r.ports)) rule.ports = r.ports.map((x) => (isRec(x) ? port(x) : { protocol: '' }));
    const peers = r[peersField];
    if (Array.isArray(peers)) rule[peersField] = peers.map((x) => (isRec(x) ? peer(x) : {}));
    return rule;
  });
}

export function sanitizePolicy(input: unknown): NetworkPolicy {
  const p = isRec(input) ? input : {};
  const m = isRec(p.metadata) ? p.metadata : {};
  const metadata: ObjectMeta = {};
  for (const k of ['name', 'namespace', 'creationTimestamp'] as const) {
    const s = str(m[k]);
    if (s !== undefined) metadata[k] = s;
  }
  const labels = stringMap(m.labels);
  const annotations = stringMap(m.annotations);
  if (labels) metadata.labels = labels;
  if (annotations) metadata.annotations = annotations;
  const s = isRec(p.spec) ? p.spec : {};
  const spec: NetworkPolicySpec = { podSelector: selector(s.podSelector) ?? {} };
  const ingress = rules(s.ingress, 'from');
  const egress = rules(s.egress, 'to');
  if (ingress) spec.ingress = ingress;
  if (egress) spec.egress = egress;
  if (Array.isArray(s.policyTypes)) spec.policyTypes = s.policyTypes.filter((x): x is string => typeof x === 'string');
  const out: NetworkPolicy = { metadata, spec };
  if (typeof p.apiVersion === 'string') out.apiVersion = p.apiVersion;
  if (typeof p.kind === 'string') out.kind = p.kind;
  return out;
}
