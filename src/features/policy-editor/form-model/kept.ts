// What the form does not edit is kept verbatim: unknown fields, values of the wrong shape and the
// original key order travel through the form model as one encoded string per object.

export type JsonRecord = Record<string, unknown>;

export function isRecord(v: unknown): v is JsonRecord {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function isStringArray(v: unknown): v is string[] {
  return Array.isArray(v) && v.every((s) => typeof s === 'string');
}

export function isStringMap(v: unknown): v is Record<string, string> {
  return isRecord(v) && Object.values(v).every((s) => typeof s === 'string');
}

/** Sets an own property even for `__proto__`, which plain assignment would turn into a prototype. */
export function setOwn(obj: JsonRecord, key: string, value: unknown): void {
  if (key === '__proto__')
    Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
  else obj[key] = value;
}

// JSON text loses -0 (JSON.parse keeps it), so -0 and strings that start with NUL are escaped.
const NUL = '\u0000';
const MINUS_ZERO = `${NUL}-0`;

/** Encodes any JSON value as text, exactly reversible by `decode` (including -0 and `__proto__`). */
export function encode(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) => {
    if (typeof v === 'number' && Object.is(v, -0)) return MINUS_ZERO;
    if (typeof v === 'string' && v.startsWith(NUL)) return NUL + v;
    return v;
  });
}

export function decode(text: string): unknown {
  return JSON.parse(text, (_k, v: unknown) => {
    if (typeof v !== 'string' || !v.startsWith(NUL)) return v;
    return v === MINUS_ZERO ? -0 : v.slice(1);
  });
}

/** `[key]` marks where a field the form edits stood; `[key, value]` is a value kept verbatim. */
type Entry = [string] | [string, unknown];

/**
 * Records everything about `obj` except the values of the `edited` keys: '' when the object holds
 * only edited keys in canonical order (the common case, so nothing needs decoding later).
 */
export function keep(obj: JsonRecord, canonical: readonly string[], edited: (key: string) => boolean): string {
  const entries: Entry[] = [];
  let simple = true;
  let lastCanonical = -1;
  for (const key of Object.keys(obj)) {
    if (canonical.includes(key) && edited(key)) {
      entries.push([key]);
      const at = canonical.indexOf(key);
      if (at < lastCanonical) simple = false;
      lastCanonical = at;
    } else {
      entries.push([key, obj[key]]);
      simple = false;
    }
  }
  return simple ? '' : encode(entries);
}

/**
 * Rebuilds an object: kept entries in their places, each edited field where it stood (or, if new,
 * after everything in canonical order). A kept value of an edited key stays until the form sets it.
 */
export function assemble(kept: string, canonical: readonly string[], fields: Record<string, unknown>): JsonRecord {
  const out: JsonRecord = {};
  const placed = new Set<string>();
  if (kept !== '') {
    for (const entry of decode(kept) as Entry[]) {
      const key = entry[0];
      const edited = canonical.includes(key) ? fields[key] : undefined;
      if (edited !== undefined) {
        setOwn(out, key, edited);
        placed.add(key);
      } else if (entry.length === 2) {
        setOwn(out, key, entry[1]);
        if (canonical.includes(key)) placed.add(key);
      }
    }
  }
  for (const key of canonical) {
    const v = fields[key];
    if (v !== undefined && !placed.has(key)) setOwn(out, key, v);
  }
  return out;
}

/** Keys of the kept entries that the form does not edit (for a "kept as is" note). */
export function keptKeys(kept: string): string[] {
  if (kept === '') return [];
  return (decode(kept) as Entry[]).filter((e) => e.length === 2).map((e) => e[0]);
}

/** A string field: the text shown, and the original (null when absent) returned while unedited. */
export function textOut(text: string, orig: string | null): string | undefined {
  if (text === (orig ?? '')) return orig ?? undefined;
  return text === '' ? undefined : text;
}
