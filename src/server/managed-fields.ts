// managedFields of Update operations (create, PUT, non-apply PATCH) on NetworkPolicies, as the
// apiserver's field manager (structured-merge-diff) computes them from NetworkPolicy's schema.
//
// What upstream does (apimachinery managedfields/internal: managedFieldsUpdater, stripMeta; SMD
// typed.Compare and Updater.Update):
// - compare the live object with the new one (create: with an empty NetworkPolicy, whose
//   podSelector is `{}`): Added / Modified / Removed paths. Leaves are scalars and the atomic
//   parts (podSelector is a `structType=atomic` LabelSelector; ingress, egress and policyTypes are
//   `listType=atomic`); a map or list node counts as Added or Removed when it appears or goes;
// - every manager loses the paths this request changed or removed; this manager then owns its
//   previous paths plus the Added and Modified ones, and its `time` moves only when it took some;
// - name, namespace, uid, resourceVersion, generation, creationTimestamp, selfLink, managedFields,
//   apiVersion and kind are never recorded;
// - fieldsV1 lists a node's own membership as "." first, then children in PathElement order.
import { isRecord as isRec } from '../k8s/json';
import type { ManagedFieldsEntry } from './object-meta';

type Rec = Record<string, unknown>;
/** A field path as fieldsV1 tokens: `f:spec`, `k:{"uid":"..."}`, `v:"finalizer"`. */
type Path = readonly string[];
interface Node {
  path: Path;
  leaf: boolean;
  value?: unknown;
}

const keyOf = (p: Path): string => p.join('\u0000');

/**
 * Nodes per object: stored objects are never mutated in place (writes replace them), so the live
 * side of every comparison, and the empty policy of every create, is walked once.
 */
const nodeCache = new WeakMap<Rec, Map<string, Node>>();

function nodesOf(obj: Rec): Map<string, Node> {
  let nodes = nodeCache.get(obj);
  if (nodes === undefined) nodeCache.set(obj, (nodes = walkNodes(obj)));
  return nodes;
}

/** The schema's nodes present in a NetworkPolicy (system and stripped fields left out). */
function walkNodes(obj: Rec): Map<string, Node> {
  const out = new Map<string, Node>();
  const add = (path: Path, leaf: boolean, value?: unknown) => out.set(keyOf(path), { path, leaf, value });
  const meta = isRec(obj.metadata) ? obj.metadata : {};
  const M = ['f:metadata'];
  for (const f of ['generateName', 'deletionTimestamp', 'deletionGracePeriodSeconds'] as const) {
    if (meta[f] !== undefined && meta[f] !== null && meta[f] !== '') add([...M, `f:${f}`], true, meta[f]);
  }
  for (const f of ['labels', 'annotations'] as const) {
    const m = meta[f];
    if (!isRec(m) || Object.keys(m).length === 0) continue;
    add([...M, `f:${f}`], false);
    for (const [k, v] of Object.entries(m)) add([...M, `f:${f}`, `f:${k}`], true, v);
  }
  if (Array.isArray(meta.finalizers) && meta.finalizers.length > 0) {
    add([...M, 'f:finalizers'], false);
    for (const v of meta.finalizers) add([...M, 'f:finalizers', `v:${JSON.stringify(v)}`], true, v);
  }
  if (Array.isArray(meta.ownerReferences) && meta.ownerReferences.length > 0) {
    const O = [...M, 'f:ownerReferences'];
    add(O, false);
    for (const ref of meta.ownerReferences) {
      if (!isRec(ref) || typeof ref.uid !== 'string') continue; // no key, no path (validation answers it)
      const item = [...O, `k:${JSON.stringify({ uid: ref.uid })}`];
      add(item, false);
      for (const [k, v] of Object.entries(ref)) if (v !== undefined && v !== null) add([...item, `f:${k}`], true, v);
    }
  }
  const spec = isRec(obj.spec) ? obj.spec : {};
  add(['f:spec'], false);
  for (const f of ['podSelector', 'ingress', 'egress', 'policyTypes'] as const) {
    if (spec[f] !== undefined && spec[f] !== null) add(['f:spec', `f:${f}`], true, spec[f]);
  }
  return out;
}

/** value.Equals: maps compare without regard to key order, lists in order. */
function equal(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => equal(x, b[i]));
  }
  if (isRec(a) || isRec(b)) {
    if (!isRec(a) || !isRec(b)) return false;
    const ka = Object.keys(a);
    return ka.length === Object.keys(b).length && ka.every((k) => Object.hasOwn(b, k) && equal(a[k], b[k]));
  }
  return a === b;
}

/** typed.Compare: the changed (Added or Modified) and Removed paths from `live` to `next`. */
export function compareObjects(live: Rec, next: Rec): { changed: Map<string, Path>; removed: Set<string> } {
  const l = nodesOf(live);
  const n = nodesOf(next);
  const changed = new Map<string, Path>();
  const removed = new Set<string>();
  for (const [k, node] of n) {
    const old = l.get(k);
    if (old === undefined || (node.leaf && !equal(old.value, node.value))) changed.set(k, node.path);
  }
  for (const k of l.keys()) if (!n.has(k)) removed.add(k);
  return { changed, removed };
}

/** The paths a fieldsV1 tree records (a node is a member when it is `{}` or holds "."). */
export function parseFieldsV1(tree: unknown): Map<string, Path> {
  const out = new Map<string, Path>();
  const walk = (node: unknown, path: string[]) => {
    if (!isRec(node)) return;
    const children = Object.keys(node).filter((k) => k !== '.');
    if (path.length > 0 && (children.length === 0 || Object.hasOwn(node, '.'))) out.set(keyOf(path), path);
    for (const c of children) walk(node[c], [...path, c]);
  };
  walk(tree, []);
  return out;
}

/** PathElement order: field names, then keys, then values, then indexes; each by its content. */
function tokenOrder(a: string, b: string): number {
  const rank = (t: string) => 'fkvi'.indexOf(t[0] ?? 'f');
  const d = rank(a) - rank(b);
  if (d !== 0) return d;
  const x = a.slice(2);
  const y = b.slice(2);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Set.ToJSON (emitContentsV1). */
export function toFieldsV1(paths: Iterable<Path>): Rec {
  type T = { self: boolean; kids: Map<string, T> };
  const root: T = { self: false, kids: new Map() };
  for (const p of paths) {
    let cur = root;
    for (const tok of p) {
      let next = cur.kids.get(tok);
      if (next === undefined) cur.kids.set(tok, (next = { self: false, kids: new Map() }));
      cur = next;
    }
    cur.self = true;
  }
  const emit = (t: T): Rec => {
    const out: Rec = {};
    if (t.self && t.kids.size > 0) out['.'] = {};
    for (const k of [...t.kids.keys()].sort(tokenOrder)) out[k] = emit(t.kids.get(k) as T);
    return out;
  };
  return emit(root);
}

const secondsOf = (t: unknown): number => (typeof t === 'string' ? Date.parse(t) / 1000 : 0) || 0;

/** sortEncodedManagedFields: by operation (Apply before Update), then time (seconds), then manager. */
export function sortEntries(list: Rec[]): Rec[] {
  const s = (v: unknown) => (typeof v === 'string' ? v : '');
  return list.sort(
    (p, q) =>
      (s(p.operation) < s(q.operation) ? -1 : s(p.operation) > s(q.operation) ? 1 : 0) ||
      secondsOf(p.time) - secondsOf(q.time) ||
      (s(p.manager) < s(q.manager) ? -1 : s(p.manager) > s(q.manager) ? 1 : 0),
  );
}

/**
 * fieldsV1 of a server-side apply entry: the configuration's own field set (TypedValue.ToFieldSet):
 * leaves and list items, but no map node, so no "." under labels, and nothing defaulting added.
 */
export function applyConfigFieldsV1(config: Rec): Rec {
  return toFieldsV1(configPaths(config).values());
}

/** The paths of a configuration's field set, parents before children. */
export function configPaths(config: Rec): Map<string, Path> {
  const out = new Map<string, Path>();
  for (const [k, n] of walkNodes(config)) {
    if (n.leaf || (n.path[n.path.length - 1] ?? '').startsWith('k:')) out.set(k, n.path);
  }
  return out;
}

/** An empty NetworkPolicy as the create handler's field manager sees the "live" object. */
export const EMPTY_NETWORK_POLICY: Rec = Object.freeze({ metadata: {}, spec: { podSelector: {} } });

/**
 * The managedFields an update starts from (decodeLiveOrNew): `[{}]` in the request resets them,
 * other managedFields the request sets replace the live ones, and none (or only undecodable ones)
 * keep the live ones, so clients that do not know the field cannot drop it.
 */
function baseEntries(live: Rec, next: Rec): Rec[] {
  const sent = isRec(next.metadata) ? next.metadata.managedFields : undefined;
  if (Array.isArray(sent) && sent.length === 1 && isRec(sent[0]) && Object.keys(sent[0]).length === 0) return [];
  const decodable = Array.isArray(sent)
    ? sent.filter((e) => isRec(e) && isRec(e.fieldsV1) && typeof e.manager === 'string')
    : [];
  if (Array.isArray(sent) && sent.length > 0 && decodable.length === sent.length) return decodable as Rec[];
  const meta = isRec(live.metadata) ? live.metadata : {};
  return (Array.isArray(meta.managedFields) ? meta.managedFields : []).filter(isRec);
}

/**
 * managedFields after `manager`'s Update from `live` (with its managedFields) to `next`, at `time`.
 * Entries of other managers are kept (minus what this request took or removed), never invented.
 */
export function updateManagedFields(live: Rec, next: Rec, manager: string, time: string): ManagedFieldsEntry[] {
  const { changed, removed } = compareObjects(live, next);
  const entries = baseEntries(live, next);
  const out: Rec[] = [];
  let mine: Map<string, Path> | null = null;
  let mineEntry: Rec | null = null;
  for (const e of entries) {
    const set = parseFieldsV1(e.fieldsV1);
    const before = set.size;
    for (const k of [...changed.keys(), ...removed]) set.delete(k);
    if (e.manager === manager && e.operation === 'Update' && (e.subresource ?? '') === '') {
      mine = set;
      mineEntry = e;
      continue;
    }
    if (set.size === 0) continue;
    out.push(set.size === before ? e : { ...e, fieldsV1: toFieldsV1(set.values()) });
  }
  if (changed.size > 0) {
    const own = new Map([...(mine ?? new Map<string, Path>()), ...changed]);
    out.push({
      manager,
      operation: 'Update',
      apiVersion: 'networking.k8s.io/v1',
      time,
      fieldsType: 'FieldsV1',
      fieldsV1: toFieldsV1(own.values()),
    });
  } else if (mine !== null && mineEntry !== null && mine.size > 0) {
    const kept = parseFieldsV1(mineEntry.fieldsV1).size === mine.size;
    out.push(kept ? mineEntry : { ...mineEntry, fieldsV1: toFieldsV1(mine.values()) });
  }
  return sortEntries(out) as unknown as ManagedFieldsEntry[];
}
