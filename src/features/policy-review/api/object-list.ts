// Kubernetes list bodies omit each item's kind; restore it so the engine's cluster builder sees it.
export interface ObjectList {
  items?: unknown[];
}

export function itemsOf(body: ObjectList | undefined, kind: string): unknown[] {
  const items = Array.isArray(body?.items) ? body.items : [];
  return items
    .filter((x): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x))
    .map((x) => (typeof x.kind === 'string' ? x : { ...x, kind }));
}
