// The position index of one document: a tree of value and key offsets mirroring the parsed value,
// built once per parse so that each path lookup is O(depth) instead of a walk of the whole text.

export interface PosNode {
  /** Offsets of the value's text (for a collection: from its first to its last character). */
  start: number;
  end: number;
  /** Offsets of the key when this node is the value of a map entry. */
  keyStart?: number;
  keyEnd?: number;
  /** The children of a map, by key (the last one wins on duplicates, as Go decodes). */
  map?: Map<string, PosNode>;
  /** The children of a sequence, by index. */
  seq?: PosNode[];
  /** The value of a scalar leaf (used to find a bad value inside a list or map). */
  scalar?: unknown;
}

/** A node with every field present, so that all nodes share one shape (faster for the engine). */
export function posNode(start: number, end: number, scalar?: unknown): PosNode {
  return { start, end, keyStart: undefined, keyEnd: undefined, map: undefined, seq: undefined, scalar };
}

/** A path as FieldPath.toArray() or parseFieldPath() give it. */
export type Path = readonly (string | number)[];

export interface NodeHit {
  node: PosNode;
  /** How many leading path segments were found (== path.length when exact). */
  depth: number;
}

/** Walks down the tree; stops at the deepest existing ancestor when the path does not exist. */
export function findNode(root: PosNode, path: Path): NodeHit {
  let node = root;
  let depth = 0;
  for (const seg of path) {
    let next: PosNode | undefined;
    if (node.map !== undefined) next = node.map.get(String(seg));
    else if (node.seq !== undefined) {
      const i = typeof seg === 'number' ? seg : /^\d+$/.test(seg) ? Number(seg) : -1;
      next = i >= 0 ? node.seq[i] : undefined;
    }
    if (next === undefined) break;
    node = next;
    depth++;
  }
  return { node, depth };
}
