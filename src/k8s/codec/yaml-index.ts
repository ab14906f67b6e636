// Builds the PosNode tree of a YAML document from the yaml library's AST, resolving aliases and
// `<<` merge keys the way the decoded value does, so that a path into the value finds its text.
import { isAlias, isMap, isPair, isScalar, isSeq, type Document, type Node } from 'yaml';
import { posNode, type PosNode } from './pos-node';

export function buildYamlIndex(doc: Document.Parsed): PosNode {
  const memo = new Map<Node, PosNode>();
  const building = new Set<Node>();

  /** A node for a map entry's value: its own object, since the key offsets differ per entry. */
  const entry = (v: PosNode, keyStart: number, keyEnd: number): PosNode => {
    const out = posNode(v.start, v.end);
    out.map = v.map;
    out.seq = v.seq;
    out.scalar = v.scalar;
    out.keyStart = keyStart;
    out.keyEnd = keyEnd;
    return out;
  };

  const build = (n: unknown): PosNode => {
    if (isScalar(n)) {
      const r = n.range;
      return posNode(r ? r[0] : 0, r ? r[1] : 0, n.value);
    }
    if (isAlias(n)) {
      const r = n.range;
      const target = n.resolve(doc);
      const out = posNode(r ? r[0] : 0, r ? r[1] : 0);
      if (target === undefined || building.has(target)) return out;
      const t = build(target);
      out.map = t.map;
      out.seq = t.seq;
      out.scalar = t.scalar;
      return out;
    }
    if (!isMap(n) && !isSeq(n)) return posNode(0, 0);
    const cached = memo.get(n);
    if (cached !== undefined) return cached;
    const r = n.range;
    const out = posNode(r ? r[0] : 0, r ? r[1] : 0);
    building.add(n);
    if (isSeq(n)) {
      const seq: PosNode[] = [];
      for (const item of n.items) seq.push(build(item));
      out.seq = seq;
    } else {
      const map = new Map<string, PosNode>();
      for (const pair of n.items) {
        if (!isPair(pair)) continue;
        const key = pair.key;
        if (!isScalar(key)) continue;
        if (typeof key.value === 'symbol' || (key.value === '<<' && key.type === 'PLAIN')) {
          mergeInto(map, pair.value);
          continue;
        }
        const kr = key.range;
        const ks = kr ? kr[0] : 0;
        const ke = kr ? kr[1] : 0;
        const keyStr = key.value === null ? '' : String(key.value);
        const v = pair.value === null || pair.value === undefined ? posNode(ke, ke, null) : build(pair.value);
        map.set(keyStr, entry(v, ks, ke));
      }
      out.map = map;
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

  return doc.contents === null ? posNode(0, 0) : build(doc.contents);
}
