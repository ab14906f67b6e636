// Builds the PosNode tree of a YAML document from the yaml library's AST, resolving aliases and
// `<<` merge keys the way the decoded value does, so that a path into the value finds its text.
import { isAlias, isMap, isPair, isScalar, isSeq, type Document, type Node } from 'yaml';
import type { PosNode } from './pos-node';

export function buildYamlIndex(doc: Document.Parsed): PosNode {
  const memo = new Map<Node, PosNode>();
  const building = new Set<Node>();

  const rangeOf = (n: Node): [number, number] => {
    const r = n.range;
    return r ? [r[0], r[1]] : [0, 0];
  };

  const build = (n: unknown): PosNode => {
    if (isAlias(n)) {
      const [start, end] = rangeOf(n);
      const target = n.resolve(doc);
      if (target === undefined || building.has(target)) return { start, end };
      const t = build(target);
      const out: PosNode = { start, end };
      if (t.map !== undefined) out.map = t.map;
      if (t.seq !== undefined) out.seq = t.seq;
      if ('scalar' in t) out.scalar = t.scalar;
      return out;
    }
    if (!isMap(n) && !isSeq(n) && !isScalar(n)) return { start: 0, end: 0 };
    const cached = memo.get(n);
    if (cached !== undefined) return cached;
    const [start, end] = rangeOf(n);
    if (isScalar(n)) {
      const leaf: PosNode = { start, end, scalar: n.value };
      memo.set(n, leaf);
      return leaf;
    }
    building.add(n);
    let out: PosNode;
    if (isSeq(n)) {
      out = { start, end, seq: n.items.map((item) => build(item)) };
    } else {
      const map = new Map<string, PosNode>();
      for (const pair of n.items) {
        if (!isPair(pair)) continue;
        const key = pair.key;
        if (isScalar(key) && (typeof key.value === 'symbol' || (key.value === '<<' && key.type === 'PLAIN'))) {
          mergeInto(map, pair.value);
          continue;
        }
        const keyStr = isScalar(key) ? (key.value === null ? '' : String(key.value)) : undefined;
        if (keyStr === undefined) continue;
        const [ks, ke] = isScalar(key) ? rangeOf(key) : [0, 0];
        const child: PosNode =
          pair.value === null || pair.value === undefined
            ? { start: ke, end: ke, scalar: null }
            : { ...build(pair.value) };
        child.keyStart = ks;
        child.keyEnd = ke;
        map.set(keyStr, child);
      }
      out = { start, end, map };
    }
    building.delete(n);
    memo.set(n, out);
    return out;
  };

  /** `<<: *base` or `<<: [*a, *b]`: merged keys never override keys already present. */
  const mergeInto = (map: Map<string, PosNode>, source: unknown): void => {
    const sources = isSeq(source) ? source.items : [source];
    for (const s of sources) {
      const built = build(s);
      if (built.map === undefined) continue;
      for (const [k, v] of built.map) if (!map.has(k)) map.set(k, v);
    }
  };

  return doc.contents === null ? { start: 0, end: 0 } : build(doc.contents);
}
