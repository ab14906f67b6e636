// Server-filled metadata (uid, timestamps, generated names, managedFields) and the wire form of a
// stored object: Go struct field order, unknown fields dropped, empty `omitempty` fields omitted.
import { randomInt, randomUUID } from 'node:crypto';
import { OBJECT_META_FIELD_ORDER } from '../k8s/meta';
import { isRecord as isRec } from '../k8s/json';

type Rec = Record<string, unknown>;

/** RFC 3339 in UTC with second precision, as metav1.Time marshals. */
export const rfc3339 = (d: Date): string => `${d.toISOString().slice(0, 19)}Z`;

export const newUid = (): string => randomUUID();

/** names.SimpleNameGenerator: prefix cut to 58 characters plus 5 random ones. */
export function generateName(prefix: string): string {
  const alphabet = 'bcdfghjklmnpqrstvwxz2456789';
  let s = '';
  for (let i = 0; i < 5; i++) s += alphabet[randomInt(alphabet.length)];
  return `${prefix.slice(0, 58)}${s}`;
}

/** rest.WipeObjectMetaSystemFields: what clients may not set on create. */
export function wipeSystemFields(meta: Rec): void {
  delete meta.creationTimestamp;
  delete meta.uid;
  delete meta.deletionTimestamp;
  delete meta.deletionGracePeriodSeconds;
  delete meta.selfLink;
}

/** Keeps `keys` in this order, dropping absent, null and empty (omitempty) values. */
function pick(src: unknown, keys: readonly string[], map: Record<string, (v: unknown) => unknown> = {}): Rec {
  const out: Rec = {};
  if (!isRec(src)) return out;
  for (const k of keys) {
    const v = src[k];
    if (v === undefined || v === null || v === '' || v === 0 || v === false) continue;
    if (Array.isArray(v) && v.length === 0) continue;
    if (isRec(v) && Object.keys(v).length === 0 && map[k] === undefined) continue;
    out[k] = map[k] ? map[k](v) : v;
  }
  return out;
}

/** ObjectMeta in field order; deletionGracePeriodSeconds is a pointer, so a 0 there is kept. */
export function canonicalMeta(meta: unknown): Rec {
  const out = pick(meta, OBJECT_META_FIELD_ORDER);
  if (!isRec(meta) || meta.deletionGracePeriodSeconds !== 0) return out;
  const ordered: Rec = {};
  for (const k of OBJECT_META_FIELD_ORDER) {
    if (k === 'deletionGracePeriodSeconds') ordered[k] = 0;
    else if (k in out) ordered[k] = out[k];
  }
  return ordered;
}

const selector = (v: unknown): Rec =>
  pick(v, ['matchLabels', 'matchExpressions'], {
    matchExpressions: (list) => (list as unknown[]).map((e) => pick(e, ['key', 'operator', 'values'])),
  });

const port = (v: unknown): Rec => {
  const out = pick(v, ['protocol']);
  // port 0 and endPort 0 are present values (they fail validation), never omitted by omitempty
  // on these pointer fields; a validated object never holds them.
  if (isRec(v) && v.port !== undefined && v.port !== null) out.port = v.port;
  if (isRec(v) && v.endPort !== undefined && v.endPort !== null) out.endPort = v.endPort;
  return out;
};

const peer = (v: unknown): Rec => {
  const out: Rec = {};
  if (!isRec(v)) return out;
  if (isRec(v.podSelector)) out.podSelector = selector(v.podSelector);
  if (isRec(v.namespaceSelector)) out.namespaceSelector = selector(v.namespaceSelector);
  if (isRec(v.ipBlock)) out.ipBlock = pick(v.ipBlock, ['cidr', 'except']);
  return out;
};

const rule = (peersKey: 'from' | 'to') => (v: unknown) =>
  pick(v, ['ports', peersKey], {
    ports: (l) => (l as unknown[]).map(port),
    [peersKey]: (l: unknown) => (l as unknown[]).map(peer),
  });

/** A NetworkPolicy as the apiserver returns it after a decode/encode round trip. */
export function canonicalNetworkPolicy(obj: Rec): Rec {
  const spec = isRec(obj.spec) ? obj.spec : {};
  const outSpec: Rec = { podSelector: selector(spec.podSelector) };
  Object.assign(
    outSpec,
    pick(spec, ['ingress', 'egress', 'policyTypes'], {
      ingress: (l) => (l as unknown[]).map(rule('from')),
      egress: (l) => (l as unknown[]).map(rule('to')),
    }),
  );
  return {
    kind: 'NetworkPolicy',
    apiVersion: 'networking.k8s.io/v1',
    metadata: canonicalMeta(obj.metadata),
    spec: outSpec,
  };
}

/**
 * fieldsV1 naming every field an object sets, top-level spec/status fields as leaves: the entry of
 * a server-side apply and of pod and namespace creates (approximate below spec for pods). Update
 * operations on NetworkPolicies compute theirs exactly, in managed-fields.ts.
 */
export function fieldsV1(obj: Rec): Rec {
  const out: Rec = {};
  const meta = isRec(obj.metadata) ? obj.metadata : {};
  const m: Rec = {};
  for (const key of ['labels', 'annotations'] as const) {
    const v = meta[key];
    if (isRec(v) && Object.keys(v).length > 0) {
      const f: Rec = { '.': {} };
      for (const k of Object.keys(v).sort()) f[`f:${k}`] = {};
      m[`f:${key}`] = f;
    }
  }
  if (Array.isArray(meta.finalizers) && meta.finalizers.length > 0) {
    const f: Rec = { '.': {} };
    for (const v of meta.finalizers) f[`v:${JSON.stringify(v)}`] = {};
    m['f:finalizers'] = f;
  }
  if (Object.keys(m).length > 0) out['f:metadata'] = m;
  for (const top of ['spec', 'status'] as const) {
    const v = obj[top];
    if (!isRec(v) || Object.keys(v).length === 0) continue;
    const f: Rec = {};
    for (const k of Object.keys(v).sort()) f[`f:${k}`] = {};
    out[`f:${top}`] = f;
  }
  return out;
}

export interface ManagedFieldsEntry {
  manager: string;
  operation: 'Update' | 'Apply';
  apiVersion: string;
  time: string;
  fieldsType: 'FieldsV1';
  fieldsV1: Rec;
}
