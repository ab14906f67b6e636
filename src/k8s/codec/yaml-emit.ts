// A hand-written block-YAML emitter for JSON values (the editor's preview calls toYAML per keystroke,
// and the yaml library's document model costs ~20x more); same style and quoting as the library path.
import type { ScalarTag } from 'yaml';
import { GO_YAML_OUTPUT_OPTIONS } from './go-yaml-schema';

/** Thrown inside the emitter for anything outside plain JSON values; toYAML then uses the library. */
class OutsideDomain extends Error {}

/** Deeper than this is treated as a cycle (or absurd nesting): the library path decides. */
const MAX_DEPTH = 500;

/**
 * What the library never writes plain (an indicator first, `: `, ` #`, a trailing space or colon...)
 * (a leading `%` included: a directive).
 */
const PLAIN_UNSAFE = /^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/;

/** Starts with a letter, then no indicator, space, colon or escape: never a number or timestamp. */
const SIMPLE = /^[A-Za-z][A-Za-z0-9_./-]*$/;

/** A document marker, which only matters for keys at column 0 (the library quotes those alone). */
const DOC_MARKER = /^(?:---|\.\.\.)/;

/**
 * Characters written only as escapes in double quotes: C0 controls but tab and line feed, DEL and
 * C1 controls, lone surrogates, U+2028/U+2029 (line breaks to go-yaml), BOM and the non-characters
 * U+FFFE/U+FFFF (go-yaml's reader rejects them raw).
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const NEEDS_ESCAPE = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\uFEFF\uFFFE\uFFFF\u{D800}-\u{DFFF}]/u;

/** Timestamps stay strings in go-yaml v2 but it quotes them on output (as kubectl prints creationTimestamp). */
const TIMESTAMP =
  /^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:(?:[Tt]|[ \t]+)[0-9]{1,2}:[0-9]{1,2}:[0-9]{1,2}(?:\.[0-9]*)?(?:[ \t]*(?:Z|[-+][0-9]{1,2}(?::?[0-9]{2})?))?)?$/;

/**
 * The scalar tags the library path tests plain text against (null, bool, special float, number,
 * and the output-only `<<` / BOM / base-60 rule), so both paths quote exactly the same strings.
 */
const SCALAR_TESTS: readonly RegExp[] = GO_YAML_OUTPUT_OPTIONS.customTags([]).flatMap((t) =>
  typeof t === 'object' && 'test' in t && (t as ScalarTag).test !== undefined ? [(t as ScalarTag).test as RegExp] : [],
);

/** True when a plain scalar with this text would not read back as this string (or kubectl quotes it). */
function resolvesToNonString(s: string): boolean {
  for (const t of SCALAR_TESTS) if (t.test(s)) return true;
  const c = s.charCodeAt(0);
  return c >= 0x30 && c <= 0x39 && TIMESTAMP.test(s);
}

const SHORT_ESCAPES: Record<number, string> = {
  0x00: '\\0',
  0x07: '\\a',
  0x08: '\\b',
  0x09: '\\t',
  0x0a: '\\n',
  0x0b: '\\v',
  0x0c: '\\f',
  0x0d: '\\r',
  0x1b: '\\e',
  0x22: '\\"',
  0x5c: '\\\\',
  0x85: '\\N',
  0x2028: '\\L',
  0x2029: '\\P',
};

const hex = (code: number, width: number): string => code.toString(16).padStart(width, '0');

/** A double-quoted scalar on one line: every escape is one YAML and go-yaml both read. */
export function doubleQuoted(s: string): string {
  let out = '"';
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    let esc: string | undefined;
    if (c === 0x22 || c === 0x5c || c < 0x20 || (c >= 0x7f && c <= 0x9f) || c === 0x2028 || c === 0x2029) {
      esc = SHORT_ESCAPES[c] ?? `\\x${hex(c, 2)}`;
    } else if (c === 0xfeff || c === 0xfffe || c === 0xffff) {
      esc = `\\u${hex(c, 4)}`;
    } else if (c >= 0xd800 && c <= 0xdfff) {
      const next = s.charCodeAt(i + 1);
      if (c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
        i++; // a well-formed pair is written as is
        continue;
      }
      esc = `\\u${hex(c, 4)}`;
    }
    if (esc !== undefined) {
      out += s.slice(start, i) + esc;
      start = i + 1;
    }
  }
  return `${out}${s.slice(start)}"`;
}

/** Quoted as the library quotes: single quotes when the text has `"` but no `'`, else double. */
function quoted(s: string): string {
  if (s.includes('"') && !s.includes("'") && !NEEDS_ESCAPE.test(s) && !s.includes('\n')) return `'${s}'`;
  return doubleQuoted(s);
}

/**
 * A literal block (`|`, `|-`, `|+`) when every reader takes it back unchanged: no escapes needed,
 * no `\r`, the first line not starting with whitespace (that would need an indentation indicator),
 * no line of only spaces or tabs, and not only line breaks.
 */
const BLOCK_UNSAFE = /^[\n\t ]|\r|(?:^|\n)[\t ]+(?:\n|$)/;

function literalBlock(s: string, indent: string): string | undefined {
  if (BLOCK_UNSAFE.test(s)) return undefined;
  let end = s.length;
  while (end > 0 && s.charCodeAt(end - 1) === 0x0a) end--;
  const trailing = s.length - end;
  const chomp = trailing === 0 ? '-' : trailing === 1 ? '' : '+';
  const lines = s.slice(0, end).split('\n');
  let out = `|${chomp}`;
  for (const line of lines) out += line === '' ? '\n' : `\n${indent}${line}`;
  for (let i = 1; i < trailing; i++) out += '\n';
  return out;
}

/** A string map value (`indent`: where a block scalar's lines go) or key (`indent`: the key's own). */
function scalarString(s: string, isKey: boolean, indent: string): string {
  // Fast path for names, labels and paths: only the words null/bool (at most 5 letters) need quotes.
  if (SIMPLE.test(s)) return s.length <= 5 && resolvesToNonString(s) ? quoted(s) : s;
  if (NEEDS_ESCAPE.test(s)) return doubleQuoted(s);
  if (s.includes('\n')) return (isKey ? undefined : literalBlock(s, indent)) ?? doubleQuoted(s);
  if (PLAIN_UNSAFE.test(s) || resolvesToNonString(s) || (isKey && indent === '' && DOC_MARKER.test(s))) {
    return quoted(s);
  }
  return s;
}

function isPlainObject(v: object): v is Record<string, unknown> {
  const proto = Object.getPrototypeOf(v) as unknown;
  return proto === Object.prototype || proto === null;
}

/** `v` as it goes after `key: ` or `- ` when it is a scalar or an empty collection, else undefined. */
function inline(v: unknown, indent: string): string | undefined {
  switch (typeof v) {
    case 'string':
      return scalarString(v, false, indent);
    case 'number':
      if (!Number.isFinite(v)) throw new OutsideDomain();
      return String(v);
    case 'boolean':
      return v ? 'true' : 'false';
    case 'object':
      if (v === null) return 'null';
      if (Array.isArray(v)) return v.length === 0 ? '[]' : undefined;
      if (!isPlainObject(v)) throw new OutsideDomain();
      for (const _ in v) return undefined;
      return '{}';
    default:
      throw new OutsideDomain();
  }
}

class Emitter {
  out = '';

  /** A non-empty map; its first key continues the current line when `inlineFirst` (after `- `). */
  map(obj: Record<string, unknown>, indent: string, inlineFirst: boolean, depth: number): void {
    if (depth > MAX_DEPTH) throw new OutsideDomain();
    const inner = `${indent}  `;
    let first = inlineFirst;
    for (const k of Object.keys(obj)) {
      const key = scalarString(k, true, indent);
      // YAML limits implicit keys to 1024 characters; the library writes longer ones as `? ` keys.
      if (key.length > 1000) throw new OutsideDomain();
      this.out += first ? `${key}:` : `${indent}${key}:`;
      first = false;
      const v = obj[k];
      const s = inline(v, inner);
      if (s !== undefined) this.out += ` ${s}\n`;
      else if (Array.isArray(v)) {
        this.out += '\n';
        this.seq(v, indent, false, depth + 1);
      } else {
        this.out += '\n';
        this.map(v as Record<string, unknown>, inner, false, depth + 1);
      }
    }
  }

  /** A non-empty sequence at the parent's indentation, as kubectl prints it. */
  seq(arr: readonly unknown[], indent: string, inlineFirst: boolean, depth: number): void {
    if (depth > MAX_DEPTH) throw new OutsideDomain();
    const inner = `${indent}  `;
    for (let i = 0; i < arr.length; i++) {
      if (!(i in arr)) throw new OutsideDomain();
      const v = arr[i];
      this.out += i === 0 && inlineFirst ? '- ' : `${indent}- `;
      const s = inline(v, inner);
      if (s !== undefined) this.out += `${s}\n`;
      else if (Array.isArray(v)) this.seq(v, inner, true, depth + 1);
      else this.map(v as Record<string, unknown>, inner, true, depth + 1);
    }
  }
}

/**
 * Block YAML for a map or list document of JSON values, or undefined for anything else (scalar
 * documents, non-plain objects, undefined, non-finite numbers, keys printed over 1000 characters, cycles).
 */
export function emitYAML(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  try {
    const s = inline(value, '  ');
    if (s !== undefined) return `${s}\n`;
    const e = new Emitter();
    if (Array.isArray(value)) e.seq(value, '', false, 0);
    else e.map(value as Record<string, unknown>, '', false, 0);
    return e.out;
  } catch (err) {
    if (err instanceof OutsideDomain || err instanceof RangeError) return undefined;
    throw err;
  }
}
