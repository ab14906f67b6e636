// Leaf-level differences between two form models of the same shape, so an outside change can be
// applied in place (inputs keep focus, list items are not remounted) instead of a full reset.
import { isRecord } from './kept';

/**
 * The `[name, value]` pairs where `next` differs from `prev`, or null when their shapes differ
 * (a list changed length, a value changed type), which needs a full reset.
 */
export function modelLeafChanges(prev: unknown, next: unknown): [string, unknown][] | null {
  const out: [string, unknown][] = [];
  return walk(prev, next, '', out) ? out : null;
}

function walk(a: unknown, b: unknown, path: string, out: [string, unknown][]): boolean {
  if (Array.isArray(b)) {
    if (!Array.isArray(a) || a.length !== b.length) return false;
    for (let i = 0; i < b.length; i++) if (!walk(a[i], b[i], join(path, String(i)), out)) return false;
    return true;
  }
  if (isRecord(b)) {
    if (!isRecord(a)) return false;
    const keys = Object.keys(b);
    if (keys.length !== Object.keys(a).length) return false;
    for (const k of keys) if (!walk(a[k], b[k], join(path, k), out)) return false;
    return true;
  }
  if (Array.isArray(a) || isRecord(a)) return false;
  if (!Object.is(a, b)) out.push([path, b]);
  return true;
}

function join(path: string, key: string): string {
  return path === '' ? key : `${path}.${key}`;
}
