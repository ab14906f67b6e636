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

/** RFC 7386: objects merge recursively, null deletes, anything else replaces. */
export function mergePatch(target: unknown, patch: unknown): unknown {
  if (!isRec(patch)) return structuredClone(patch);
  const out: Rec = isRec(target) ? { ...target } : {};
  for (const [k, v] of Object.entries(patch)) {
    if (v === null) Reflect.deleteProperty(out, k);
    else out[k] = mergePatch(out[k], v);
  }
  return out;
}

/**
 * Strategic merge patch for types whose lists are all atomic: a merge patch that also honours
 * `$patch: replace|delete` on maps and drops the ordering/retain directives kubectl may send.
 */
export function strategicMergePatch(target: unknown, patch: unknown): unknown {
  if (!isRec(patch)) return structuredClone(patch);
  const directive = patch.$patch;
  if (directive === 'delete') return undefined;
  const base: Rec = directive === 'replace' || !isRec(target) ? {} : { ...target };
  for (const [k, v] of Object.entries(patch)) {
    if (
      k === '$patch' ||
      k === '$retainKeys' ||
      k.startsWith('$setElementOrder/') ||
      k.startsWith('$deleteFromPrimitiveList/')
    )
      continue;
    if (v === null) {
      Reflect.deleteProperty(base, k);
      continue;
    }
    const merged = strategicMergePatch(base[k], v);
    if (merged === undefined) Reflect.deleteProperty(base, k);
    else base[k] = merged;
  }
  if (directive !== undefined && directive !== 'replace' && directive !== 'delete' && directive !== 'merge') {
    throw new PatchError(`unknown patch type: ${String(directive)}`, 400);
  }
  return base;
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
  let doc: unknown = structuredClone(target);
  for (const raw of ops) {
    if (!isRec(raw)) throw new PatchError('json: cannot unmarshal into Go value of type jsonpatch.Operation', 400);
    const op = String(raw.op ?? '');
    const path = pointer(raw.path);
    switch (op) {
      case 'add':
        doc = addAt(doc, path, structuredClone(raw.value), op);
        break;
      case 'remove':
        removeAt(doc, path, op);
        break;
      case 'replace':
        if (path.length === 0) doc = structuredClone(raw.value);
        else {
          removeAt(doc, path, op);
          doc = addAt(doc, path, structuredClone(raw.value), op);
        }
        break;
      case 'move':
      case 'copy': {
        const from = pointer(raw.from);
        const v = op === 'move' ? removeAt(doc, from, op) : structuredClone(getAt(doc, from, op));
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
