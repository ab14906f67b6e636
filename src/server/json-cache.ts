// One JSON serialisation per stored object: the journal writes it and the response reuses it.
// Stored objects are never mutated in place (writes replace them), so the cached text stays valid.
// The text hangs off the object under a non-enumerable symbol: JSON.stringify, Object.keys and
// spreads ({ ...obj }) all ignore it, and it is cheaper than a WeakMap (no ephemeron for the GC).
const JSON_TEXT = Symbol('json');

type Cached = { [JSON_TEXT]?: string };

export function jsonOf(value: unknown): string {
  if (typeof value !== 'object' || value === null) return JSON.stringify(value) ?? 'null';
  const hit = (value as Cached)[JSON_TEXT];
  if (hit !== undefined) return hit;
  const text = JSON.stringify(value);
  if (Object.isExtensible(value)) Object.defineProperty(value, JSON_TEXT, { value: text, enumerable: false });
  return text;
}
