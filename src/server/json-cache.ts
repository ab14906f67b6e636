// One JSON serialisation per stored object: the journal writes it and the response reuses it.
// Stored objects are never mutated in place (writes replace them), so the cached text stays valid.
const cache = new WeakMap<object, string>();

export function jsonOf(value: unknown): string {
  if (typeof value !== 'object' || value === null) return JSON.stringify(value) ?? 'null';
  const hit = cache.get(value);
  if (hit !== undefined) return hit;
  const text = JSON.stringify(value);
  cache.set(value, text);
  return text;
}
