// Values a parser accepts but the editor cannot hold: nesting deeper than the form, the preview and
// storage can walk (they recurse), a YAML alias that contains itself, and numbers beyond float64.
import type { Path } from '../../../k8s/codec';

/**
 * How deep a text may nest. A NetworkPolicy needs about 10 levels; the editor's serialisers and
 * the browser's structured clone recurse and overflow the stack at a few thousand.
 */
export const EDITOR_MAX_DEPTH = 200;

export type UnholdableValue =
  | { readonly kind: 'depth'; readonly path: Path }
  | { readonly kind: 'cycle'; readonly path: Path }
  | { readonly kind: 'non-finite'; readonly path: Path; readonly value: number };

interface Frame {
  readonly value: object;
  readonly path: Path;
  readonly keys: readonly (string | number)[];
  next: number;
}

function keysOf(v: object): (string | number)[] {
  return Array.isArray(v) ? v.map((_, i) => i) : Object.keys(v);
}

/**
 * The first part of a parsed value the editor cannot hold, or undefined. Iterative (it must not
 * overflow on the very inputs it guards against) and linear: an object shared by several YAML
 * aliases is walked once.
 */
export function findUnholdable(root: unknown, maxDepth = EDITOR_MAX_DEPTH): UnholdableValue | undefined {
  if (typeof root === 'number')
    return Number.isFinite(root) ? undefined : { kind: 'non-finite', path: [], value: root };
  if (typeof root !== 'object' || root === null) return undefined;
  const onPath = new Set<object>([root]);
  const done = new Set<object>();
  const stack: Frame[] = [{ value: root, path: [], keys: keysOf(root), next: 0 }];
  while (stack.length > 0) {
    const top = stack[stack.length - 1] as Frame;
    if (top.next >= top.keys.length) {
      stack.pop();
      onPath.delete(top.value);
      done.add(top.value);
      continue;
    }
    const key = top.keys[top.next++] as string | number;
    const child = (top.value as Record<string | number, unknown>)[key];
    const path = [...top.path, key];
    if (typeof child === 'number' && !Number.isFinite(child)) return { kind: 'non-finite', path, value: child };
    if (typeof child !== 'object' || child === null || done.has(child)) continue;
    if (onPath.has(child)) return { kind: 'cycle', path };
    if (stack.length >= maxDepth) return { kind: 'depth', path };
    onPath.add(child);
    stack.push({ value: child, path, keys: keysOf(child), next: 0 });
  }
  return undefined;
}

/** The message the editor shows for an unholdable value, in the words of the Go tools where they have some. */
export function unholdableMessage(u: UnholdableValue, maxDepth = EDITOR_MAX_DEPTH): string {
  switch (u.kind) {
    case 'depth':
      return `The text nests more than ${maxDepth} levels deep; the editor holds at most ${maxDepth} (a NetworkPolicy needs about 10)`;
    case 'cycle':
      // go-yaml's words for `a: &x [*x]`.
      return 'An anchor\u2019s value contains itself (a YAML alias inside its own anchor), so the document is infinite';
    case 'non-finite':
      // encoding/json cannot marshal it either (`json: unsupported value: +Inf`).
      return `A number is out of range (it reads as ${u.value > 0 ? '+Inf' : u.value < 0 ? '-Inf' : 'NaN'}); JSON cannot represent it`;
  }
}
