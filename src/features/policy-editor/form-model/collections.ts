// String maps as key/value rows and lists that remember absent vs [] (shared by every part).
import { setOwn, type JsonRecord } from './kept';
import type { KeyValueRow, ListModel, MapModel } from './types';

export function toMap(v: Record<string, string> | undefined): MapModel {
  if (v === undefined) return { rows: [], empty: false };
  const rows = Object.keys(v).map((key): KeyValueRow => ({ key, value: v[key] ?? '' }));
  return { rows, empty: rows.length === 0 };
}

/** Rows become entries in order; a repeated key keeps its first place and its last value. */
export function fromMap(m: MapModel): JsonRecord | undefined {
  if (m.rows.length === 0) return m.empty ? {} : undefined;
  const out: JsonRecord = {};
  for (const row of m.rows) setOwn(out, row.key, row.value);
  return out;
}

export function toList<T>(v: readonly unknown[] | undefined, item: (x: unknown) => T): ListModel<T> {
  if (v === undefined) return { items: [], empty: false };
  return { items: v.map(item), empty: v.length === 0 };
}

export function fromList<T>(l: ListModel<T>, item: (x: T) => unknown): unknown[] | undefined {
  if (l.items.length === 0) return l.empty ? [] : undefined;
  return l.items.map(item);
}

/** Keys that appear in more than one row (the object keeps only one of them). */
export function duplicateKeys(rows: readonly KeyValueRow[]): Set<string> {
  const seen = new Set<string>();
  const dup = new Set<string>();
  for (const r of rows) {
    if (seen.has(r.key)) dup.add(r.key);
    seen.add(r.key);
  }
  return dup;
}
