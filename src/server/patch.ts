import { isRecord as isRec } from '../k8s/json';
// Patch formats on plain JSON values: JSON merge patch (RFC 7386), strategic merge patch as far as
// NetworkPolicy needs it (no field of it has a merge key, so it is a merge patch plus directives),
// and JSON patch (RFC 6902). Errors are thrown as PatchError with the message to report.

export class PatchError extends Error {
  constructor(
    message: string,
    readonly code: 400 | 422,
  ) {
    super(message);
  }
}

type Rec = Record<string, unknown>;

/**
 * A deep copy of a JSON value with an explicit stack: bodies may nest up to Go's 10,000 levels,
 * deeper than recursion (or structuredClone, which gave up near 3,000) survives.
 */
export function cloneJson(value: unknown): unknown {
  const root: Rec = {};
  const stack: [Rec | unknown[], string | number, unknown][] = [[root, 'v', value]];
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    const [holder, key, v] = item;
    let copy: unknown = v;
    if (Array.isArray(v)) {
      const arr: unknown[] = new Array<unknown>(v.length);
      v.forEach((x, i) => stack.push([arr, i, x]));
      copy = arr;
    } else if (isRec(v)) {
      const obj: Rec = {};
      for (const [k, x] of Object.entries(v)) {
        obj[k] = undefined; // keeps the key order while the values are filled in later
        stack.push([obj, k, x]);
      }
      copy = obj;
    }
    (holder as Record<string | number, unknown>)[key] = copy;
  }
  return root.v;
}

/** Directives kubectl may send that only matter for lists with merge keys (NetworkPolicy has none). */
const ignoredDirective = (k: string): boolean =>
  k === '$patch' ||
  k === '$retainKeys' ||
  k.startsWith('$setElementOrder/') ||
  k.startsWith('$deleteFromPrimitiveList/');

/**
 * The merge walk shared by both patch kinds, iterative for the same reason as cloneJson. Child
 * keys are placed in order before their values are computed, so the result keeps key order.
 */
function mergeWalk(target: unknown, patch: unknown, strategic: boolean): unknown {
  const root: Rec = {};
  const stack: [Rec, string, unknown, unknown][] = [[root, 'v', target, patch]];
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    const [holder, key, t, p] = item;
    if (!isRec(p)) {
      holder[key] = cloneJson(p);
      continue;
    }
    const directive = strategic ? p.$patch : undefined;
    if (directive !== undefined && directive !== 'replace' && directive !== 'delete' && directive !== 'merge') {
      throw new PatchError(`unknown patch type: ${String(directive)}`, 400);
    }
    if (directive === 'delete') {
      Reflect.deleteProperty(holder, key);
      continue;
    }
    const out: Rec = directive === 'replace' || !isRec(t) ? {} : { ...t };
    holder[key] = out;
    for (const [k, v] of Object.entries(p)) {
      if (strategic && ignoredDirective(k)) continue;
      if (v === null) {
        Reflect.deleteProperty(out, k);
        continue;
      }
      const prev = out[k];
      if (!Object.hasOwn(out, k)) out[k] = undefined;
      stack.push([out, k, prev, v]);
    }
  }
  return root.v;
}

/** RFC 7386: objects merge recursively, null deletes, anything else replaces. */
export function mergePatch(target: unknown, patch: unknown): unknown {
  return mergeWalk(target, patch, false);
}

/**
 * Strategic merge patch for types whose lists are all atomic: a merge patch that also honours
 * `$patch: replace|delete` on maps and drops the ordering/retain directives kubectl may send.
 */
export function strategicMergePatch(target: unknown, patch: unknown): unknown {
  return mergeWalk(target, patch, true);
}

/** RFC 6901 pointer to segments. */
function pointer(p: unknown): string[] {
  if (typeof p !== 'string') throw new PatchError('missing path', 400);
  if (p === '') return [];
  if (!p.startsWith('/')) throw new PatchError(`invalid JSON pointer: ${p}`, 422);
  return p
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

function parentOf(doc: unknown, segs: string[], op: string): { parent: Rec | unknown[]; key: string } {
  let cur: unknown = doc;
  for (const s of segs.slice(0, -1)) {
    if (Array.isArray(cur)) cur = cur[Number(s)];
    else if (isRec(cur)) cur = cur[s];
    else cur = undefined;
    if (cur === undefined)
      throw new PatchError(`${op} operation does not apply: doc is missing path: /${segs.join('/')}`, 422);
  }
  if (!Array.isArray(cur) && !isRec(cur))
    throw new PatchError(`${op} operation does not apply: doc is missing path: /${segs.join('/')}`, 422);
  return { parent: cur, key: segs[segs.length - 1] ?? '' };
}

function getAt(doc: unknown, segs: string[], op: string): unknown {
  let cur = doc;
  for (const s of segs) {
    cur = Array.isArray(cur) ? cur[Number(s)] : isRec(cur) ? cur[s] : undefined;
    if (cur === undefined)
      throw new PatchError(`${op} operation does not apply: doc is missing path: /${segs.join('/')}`, 422);
  }
  return cur;
}

function index(arr: unknown[], key: string, op: string, forInsert: boolean): number {
  if (key === '-' && forInsert) return arr.length;
  if (!/^(0|[1-9]\d*)$/.test(key)) throw new PatchError(`${op} operation does not apply: invalid index ${key}`, 422);
  const i = Number(key);
  if (i > arr.length || (!forInsert && i >= arr.length)) {
    throw new PatchError(`${op} operation does not apply: index out of range: ${key}`, 422);
  }
  return i;
}

function removeAt(doc: unknown, segs: string[], op: string): unknown {
  const { parent, key } = parentOf(doc, segs, op);
  if (Array.isArray(parent)) return parent.splice(index(parent, key, op, false), 1)[0];
  if (!Object.hasOwn(parent, key))
    throw new PatchError(`${op} operation does not apply: doc is missing key: /${segs.join('/')}`, 422);
  const v = parent[key];
  Reflect.deleteProperty(parent, key);
  return v;
}

function addAt(doc: unknown, segs: string[], value: unknown, op: string): unknown {
  if (segs.length === 0) return value;
  const { parent, key } = parentOf(doc, segs, op);
  if (Array.isArray(parent)) parent.splice(index(parent, key, op, true), 0, value);
  else parent[key] = value;
  return doc;
}

/** RFC 6902 operations applied in order to a copy of `target`. */
export function jsonPatch(target: unknown, ops: unknown): unknown {
  if (!Array.isArray(ops))
    throw new PatchError('json: cannot unmarshal object into Go value of type jsonpatch.Patch', 400);
  let doc: unknown = cloneJson(target);
  for (const raw of ops) {
    if (!isRec(raw)) throw new PatchError('json: cannot unmarshal into Go value of type jsonpatch.Operation', 400);
    const op = String(raw.op ?? '');
    const path = pointer(raw.path);
    switch (op) {
      case 'add':
        doc = addAt(doc, path, cloneJson(raw.value), op);
        break;
      case 'remove':
        removeAt(doc, path, op);
        break;
      case 'replace':
        if (path.length === 0) doc = cloneJson(raw.value);
        else {
          removeAt(doc, path, op);
          doc = addAt(doc, path, cloneJson(raw.value), op);
        }
        break;
      case 'move':
      case 'copy': {
        const from = pointer(raw.from);
        const v = op === 'move' ? removeAt(doc, from, op) : cloneJson(getAt(doc, from, op));
        doc = addAt(doc, path, v, op);
        break;
      }
      case 'test':
        if (JSON.stringify(getAt(doc, path, op)) !== JSON.stringify(raw.value)) {
          throw new PatchError(`testing value /${path.join('/')} failed: test failed`, 422);
        }
        break;
      default:
        throw new PatchError(`Unexpected kind: ${op}`, 422);
    }
  }
  return doc;
}
