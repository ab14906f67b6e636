// Server-side apply (application/apply-patch+yaml) for NetworkPolicy, as structured-merge-diff's
// Updater.Apply on NetworkPolicy's schema (paths as in managed-fields.ts): the configuration is
// merged into the live object (atomic spec fields replaced, labels/annotations per key, finalizers
// as a set, ownerReferences per uid), fields this manager applied before and no longer applies
// are pruned unless another manager owns them, and a changed field another manager owns is a 409
// conflict unless force=true, in which case that manager loses it.
import type { Status } from '../k8s/meta';
import { isRecord as isRec } from '../k8s/json';
import { compareObjects, configPaths, parseFieldsV1, sortEntries, toFieldsV1 } from './managed-fields';
import type { ManagedFieldsEntry } from './object-meta';
import { cloneJson } from './patch';

type Rec = Record<string, unknown>;
type Path = readonly string[];
const API_VERSION = 'networking.k8s.io/v1';

/** The list item of `list` a `k:{...}` token names. */
function findItem(list: unknown[], token: string): Rec | undefined {
  const key = JSON.parse(token.slice(2)) as Rec;
  return list.find((x): x is Rec => isRec(x) && Object.entries(key).every(([k, v]) => x[k] === v));
}

/** The value at a path (for `v:` tokens: the set member, if present). */
function getPath(obj: unknown, path: Path): unknown {
  let cur: unknown = obj;
  for (const t of path) {
    if (t.startsWith('f:')) cur = isRec(cur) ? cur[t.slice(2)] : undefined;
    else if (t.startsWith('k:')) cur = Array.isArray(cur) ? findItem(cur, t) : undefined;
    else if (t.startsWith('v:')) {
      const v: unknown = JSON.parse(t.slice(2));
      cur = Array.isArray(cur) && cur.includes(v) ? v : undefined;
    } else return undefined;
    if (cur === undefined) return undefined;
  }
  return cur;
}

/**
 * Sets (value defined) or removes (undefined) what a path names, creating the maps, lists and
 * keyed items on the way.
 */
function setPath(obj: Rec, path: Path, value: unknown): void {
  let holder: Rec | unknown[] = obj;
  for (let i = 0; i < path.length; i++) {
    const t = path[i] ?? '';
    const last = i === path.length - 1;
    const nextIsList = (path[i + 1] ?? '').startsWith('k:') || (path[i + 1] ?? '').startsWith('v:');
    if (t.startsWith('f:') && isRec(holder)) {
      const name = t.slice(2);
      if (last) {
        if (value === undefined) Reflect.deleteProperty(holder, name);
        else holder[name] = cloneJson(value);
        return;
      }
      if (nextIsList ? !Array.isArray(holder[name]) : !isRec(holder[name])) {
        if (value === undefined) return;
        holder[name] = nextIsList ? [] : {};
      }
      holder = holder[name] as Rec | unknown[];
    } else if (t.startsWith('k:') && Array.isArray(holder)) {
      const item = findItem(holder, t);
      if (last) {
        if (value === undefined) holder.splice(holder.indexOf(item), item === undefined ? 0 : 1);
        else if (item === undefined) holder.push(JSON.parse(t.slice(2)) as Rec);
        return;
      }
      if (item === undefined) {
        if (value === undefined) return;
        const created = JSON.parse(t.slice(2)) as Rec;
        holder.push(created);
        holder = created;
      } else holder = item;
    } else if (t.startsWith('v:') && Array.isArray(holder)) {
      const v: unknown = JSON.parse(t.slice(2));
      const at = holder.indexOf(v);
      if (value === undefined && at >= 0) holder.splice(at, 1);
      else if (value !== undefined && at < 0) holder.push(v);
      return;
    } else return;
  }
}

/** SMD's Path.String(): `.spec.podSelector`, `.metadata.ownerReferences[uid="u"]`, `.metadata.finalizers[="x"]`. */
function pathString(path: Path): string {
  return path
    .map((t) => {
      if (t.startsWith('f:')) return `.${t.slice(2)}`;
      if (t.startsWith('v:')) return `[=${t.slice(2)}]`;
      if (t.startsWith('k:')) {
        const key = JSON.parse(t.slice(2)) as Rec;
        return `[${Object.entries(key)
          .map(([k, v]) => `${k}=${JSON.stringify(v)}`)
          .join(',')}]`;
      }
      return t;
    })
    .join('');
}

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
  const meta = isRec(live.metadata) ? live.metadata : {};
  const entries = (Array.isArray(meta.managedFields) ? meta.managedFields : []).filter(isRec);
  const isMine = (e: Rec) => e.manager === manager && e.operation === 'Apply';
  const mine = entries.find(isMine);
  const others = entries.filter((e) => !isMine(e)).map((e) => ({ e, set: parseFieldsV1(e.fieldsV1) }));
  const config = configPaths(applied);
  const merged = cloneJson(live) as Rec;
  for (const path of config.values()) setPath(merged, path, getPath(applied, path));
  // Prune what this manager applied before and applies no more, unless someone else owns it.
  const ownedByOthers = new Set(others.flatMap((o) => [...o.set.keys()]));
  for (const [k, path] of parseFieldsV1(mine?.fieldsV1)) {
    if (!config.has(k) && !ownedByOthers.has(k)) setPath(merged, path, undefined);
  }
  const { changed, removed } = compareObjects(live, merged);
  const conflicts: { manager: string; path: Path }[] = [];
  for (const o of others) {
    for (const [k, path] of o.set) if (changed.has(k)) conflicts.push({ manager: String(o.e.manager), path });
  }
  if (conflicts.length > 0 && !force) return conflictStatus(conflicts);
  const out: Rec[] = [];
  for (const o of others) {
    const before = o.set.size;
    for (const k of [...changed.keys(), ...removed]) o.set.delete(k);
    if (o.set.size === 0) continue;
    out.push(o.set.size === before ? o.e : { ...o.e, fieldsV1: toFieldsV1(o.set.values()) });
  }
  // The applier's time moves only when the object changed (a no-op apply returns no object).
  const moved = changed.size > 0 || removed.size > 0 || mine === undefined;
  out.push({
    manager,
    operation: 'Apply',
    apiVersion: API_VERSION,
    time: moved ? time : (mine?.time ?? time),
    fieldsType: 'FieldsV1',
    fieldsV1: toFieldsV1(config.values()),
  });
  return { merged, managedFields: sortEntries(out) as unknown as ManagedFieldsEntry[] };
}

function conflictStatus(conflicts: { manager: string; path: Path }[]): Status {
  const by = (c: { manager: string }) => `conflict with ${JSON.stringify(c.manager)} using ${API_VERSION}`;
  const n = conflicts.length;
  const first = conflicts[0];
  const message =
    n === 1 && first !== undefined
      ? `Apply failed with 1 conflict: ${by(first)}: ${pathString(first.path)}`
      : `Apply failed with ${n} conflicts: ${[...new Set(conflicts.map((c) => c.manager))]
          .map(
            (m) =>
              `conflicts with ${JSON.stringify(m)} using ${API_VERSION}:\n${conflicts
                .filter((c) => c.manager === m)
                .map((c) => `- ${pathString(c.path)}`)
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
      causes: conflicts.map((c) => ({ reason: 'FieldManagerConflict', message: by(c), field: pathString(c.path) })),
    },
    code: 409,
  };
}
