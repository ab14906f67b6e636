// Server-side apply (application/apply-patch+yaml) for NetworkPolicy at the granularity its
// schema gives: spec's fields are atomic (podSelector, ingress, egress, policyTypes), labels and
// annotations are per key. Ownership comes from managedFields; a changed value owned by another
// manager is a 409 conflict unless force=true, as structured-merge-diff reports it.
import type { Status } from '../k8s/meta';
import { applyConfigFieldsV1, sortEntries } from './managed-fields';
import { fieldsV1, type ManagedFieldsEntry } from './object-meta';
import { isRecord as isRec } from '../k8s/json';

type Rec = Record<string, unknown>;
const API_VERSION = 'networking.k8s.io/v1';

/** Field paths of a fieldsV1 tree, e.g. `spec.ingress`, `metadata.labels.app`. */
export function fieldSet(fv1: unknown): string[] {
  const out: string[] = [];
  const walk = (node: unknown, prefix: string) => {
    if (!isRec(node)) return;
    const keys = Object.keys(node).filter((k) => k !== '.');
    if (keys.length === 0 && prefix !== '') out.push(prefix);
    for (const k of keys) {
      const name = k.startsWith('f:') ? k.slice(2) : k;
      walk(node[k], prefix === '' ? name : `${prefix}.${name}`);
    }
  };
  walk(fv1, '');
  return out;
}

/** Builds fieldsV1 back from paths (the inverse of fieldSet for this schema's shapes). */
function toFieldsV1(paths: readonly string[]): Rec {
  const out: Rec = {};
  for (const p of paths) {
    const parts = p.split('.');
    // Label and annotation keys may contain dots: everything after the map name is the key.
    const segs =
      parts[0] === 'metadata' && parts.length > 2 ? [parts[0], parts[1] ?? '', parts.slice(2).join('.')] : parts;
    let cur = out;
    segs.forEach((s, i) => {
      const key = `f:${s}`;
      if (!isRec(cur[key])) cur[key] = {};
      const next = cur[key] as Rec;
      if (i === 1 && segs[0] === 'metadata' && segs.length === 3) next['.'] = {};
      cur = next;
    });
  }
  return out;
}

function valueAt(obj: Rec, path: string): unknown {
  const parts = path.split('.');
  if (parts[0] === 'metadata' && parts.length > 2) {
    const m = isRec(obj.metadata) ? obj.metadata[parts[1] ?? ''] : undefined;
    return isRec(m) ? m[parts.slice(2).join('.')] : undefined;
  }
  let cur: unknown = obj;
  for (const p of parts) cur = isRec(cur) ? cur[p] : undefined;
  return cur;
}

function setAt(obj: Rec, path: string, value: unknown): void {
  const parts = path.split('.');
  const segs =
    parts[0] === 'metadata' && parts.length > 2 ? [parts[0], parts[1] ?? '', parts.slice(2).join('.')] : parts;
  let cur = obj;
  segs.slice(0, -1).forEach((s) => {
    if (!isRec(cur[s])) cur[s] = {};
    cur = cur[s] as Rec;
  });
  const last = segs[segs.length - 1] ?? '';
  if (value === undefined) Reflect.deleteProperty(cur, last);
  else cur[last] = structuredClone(value);
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

export interface ApplyResult {
  merged: Rec;
  managedFields: ManagedFieldsEntry[];
}

/** Merges `applied` into `live` for `manager`, or returns a 409 Conflict Status. */
export function serverSideApply(
  live: Rec,
  applied: Rec,
  manager: string,
  force: boolean,
  time: string,
): ApplyResult | Status {
  const entries = (isRec(live.metadata) && Array.isArray(live.metadata.managedFields)
    ? live.metadata.managedFields
    : []
  ).filter(isRec) as unknown as ManagedFieldsEntry[];
  const mine = (e: ManagedFieldsEntry) => e.manager === manager && e.operation === 'Apply';
  const appliedFields = fieldSet(fieldsV1(applied));
  const conflicts: { manager: string; field: string }[] = [];
  const others = entries.filter((e) => !mine(e)).map((e) => ({ e, fields: new Set(fieldSet(e.fieldsV1)) }));
  for (const f of appliedFields) {
    if (same(valueAt(live, f), valueAt(applied, f))) continue;
    for (const o of others) if (o.fields.has(f)) conflicts.push({ manager: o.e.manager, field: f });
  }
  if (conflicts.length > 0 && !force) return conflictStatus(conflicts);
  const previous = new Set(fieldSet(entries.find(mine)?.fieldsV1));
  const ownedByOthers = new Set(others.flatMap((o) => [...o.fields]));
  const merged = structuredClone(live);
  for (const f of previous) if (!appliedFields.includes(f) && !ownedByOthers.has(f)) setAt(merged, f, undefined);
  for (const f of appliedFields) setAt(merged, f, valueAt(applied, f));
  const taken = new Set(conflicts.map((c) => c.field));
  const managedFields: ManagedFieldsEntry[] = [];
  for (const o of others) {
    const left = [...o.fields].filter((f) => !taken.has(f));
    if (left.length > 0)
      managedFields.push({ ...o.e, fieldsV1: left.length === o.fields.size ? o.e.fieldsV1 : toFieldsV1(left) });
  }
  managedFields.push({
    manager,
    operation: 'Apply',
    apiVersion: API_VERSION,
    time,
    fieldsType: 'FieldsV1',
    fieldsV1: applyConfigFieldsV1(applied),
  });
  return { merged, managedFields: sortEntries(managedFields as unknown as Rec[]) as unknown as ManagedFieldsEntry[] };
}

function conflictStatus(conflicts: { manager: string; field: string }[]): Status {
  const by = (c: { manager: string }) => `conflict with ${JSON.stringify(c.manager)} using ${API_VERSION}`;
  const n = conflicts.length;
  const first = conflicts[0];
  const message =
    n === 1 && first !== undefined
      ? `Apply failed with 1 conflict: ${by(first)}: .${first.field}`
      : `Apply failed with ${n} conflicts: ${[...new Set(conflicts.map((c) => c.manager))]
          .map(
            (m) =>
              `conflicts with ${JSON.stringify(m)} using ${API_VERSION}:\n${conflicts
                .filter((c) => c.manager === m)
                .map((c) => `- .${c.field}`)
                .join('\n')}`,
          )
          .join('\n')}`;
  return {
    kind: 'Status',
    apiVersion: 'v1',
    metadata: {},
    status: 'Failure',
    message,
    reason: 'Conflict',
    details: {
      causes: conflicts.map((c) => ({ reason: 'FieldManagerConflict', message: by(c), field: `.${c.field}` })),
    },
    code: 409,
  };
}
