// Field path -> text range over a document's position index, with the fallback to the nearest
// existing ancestor (a Required error names a field that is not in the text).
import { findNode, type Path, type PosNode } from './pos-node';
import type { LineIndex, TextRange } from './positions';

export interface LocateOptions {
  /**
   * The error's bad value: when the path names a map or list (errors on `metadata.labels`, on
   * `values`), the marker goes on the key or item equal to it rather than on the whole collection.
   */
  badValue?: unknown;
}

export interface LocatedRange {
  /** Where a marker belongs: the value, or for a collection or a fallback the key that names it. */
  range: TextRange;
  valueRange: TextRange;
  keyRange?: TextRange;
  /** False when the path does not exist and an ancestor was found instead. */
  exact: boolean;
  /** The segments that were found (a prefix of the path asked for). */
  foundPath: (string | number)[];
}

export function locateIn(root: PosNode, path: Path, lines: LineIndex, options?: LocateOptions): LocatedRange {
  const { node, depth } = findNode(root, path);
  const exact = depth === path.length;
  const foundPath = path.slice(0, depth);
  if (exact && options !== undefined && 'badValue' in options) {
    const inner = findBadValue(node, options.badValue, lines.text);
    if (inner !== undefined) {
      const r = lines.range(inner.start, inner.end);
      return { range: r, valueRange: lines.trimmed(node.start, node.end), exact, foundPath };
    }
  }
  const valueRange = lines.trimmed(node.start, node.end);
  const keyRange = node.keyStart !== undefined ? lines.range(node.keyStart, node.keyEnd ?? node.keyStart) : undefined;
  const collection = node.map !== undefined || node.seq !== undefined;
  // A marker over a whole block is noise: a collection or a missing field's ancestor is pointed at
  // by its key, or by the first line of its value when it has no key (a list item).
  const range =
    (!exact || collection) && keyRange !== undefined
      ? keyRange
      : !exact || collection
        ? lines.trimmed(node.start, node.end, true)
        : valueRange;
  const out: LocatedRange = { range, valueRange, exact, foundPath };
  if (keyRange !== undefined) out.keyRange = keyRange;
  return out;
}

/** A leaf's value: kept in the node, or (JSON position-only nodes) read back from the text. */
function leafValue(node: PosNode, text: string): unknown {
  if (node.scalar !== undefined) return node.scalar;
  try {
    return JSON.parse(text.slice(node.start, node.end)) as unknown;
  } catch {
    return undefined;
  }
}

function findBadValue(node: PosNode, bad: unknown, text: string): { start: number; end: number } | undefined {
  const isLeaf = (n: PosNode): boolean => n.map === undefined && n.seq === undefined;
  if (node.map !== undefined) {
    if (typeof bad === 'string') {
      const child = node.map.get(bad);
      if (child?.keyStart !== undefined) return { start: child.keyStart, end: child.keyEnd ?? child.keyStart };
    }
    for (const child of node.map.values()) if (isLeaf(child) && Object.is(leafValue(child, text), bad)) return child;
  }
  if (node.seq !== undefined) {
    for (const child of node.seq) if (isLeaf(child) && Object.is(leafValue(child, text), bad)) return child;
  }
  return undefined;
}
