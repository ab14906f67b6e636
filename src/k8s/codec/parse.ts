// Parses text that may be JSON (a stream of values), YAML or multi-document YAML into documents
// with their values, syntax errors and warnings at 1-based lines and columns. Never throws.
// JSON is recognised as kubectl's decoder does: the first non-space character is `{`.
import { isScalar, parseAllDocuments, type Document } from 'yaml';
import { GO_YAML_OPTIONS } from './go-yaml-schema';
import { scanJson, type JsonScanResult } from './json-scanner';
import { locateIn, type LocateOptions, type LocatedRange } from './locate';
import type { Path, PosNode } from './pos-node';
import { LineIndex, type TextRange } from './positions';
import { buildYamlIndex } from './yaml-index';

export type TextFormat = 'json' | 'yaml';

export interface SyntaxIssue extends TextRange {
  /** A stable code: the yaml library's (BAD_INDENT, DUPLICATE_KEY ...) or SYNTAX/EOF/DEPTH for JSON. */
  code: string;
  message: string;
}

export interface ParsedDocument {
  /** 0-based position among the documents of the text (empty ones included). */
  index: number;
  /** The decoded value; null for an empty document; possibly partial when `errors` is not empty. */
  value: unknown;
  /** True for a document with no content (a stray `---`, only comments). */
  empty: boolean;
  /** Where the document's content is. */
  range: TextRange;
  errors: SyntaxIssue[];
  warnings: SyntaxIssue[];
}

export interface ParseResult {
  format: TextFormat;
  documents: ParsedDocument[];
  /** Every document's errors, plus errors that belong to no document. */
  errors: SyntaxIssue[];
  warnings: SyntaxIssue[];
  /**
   * The text range of a field path in a document (0 by default), falling back to the nearest
   * existing ancestor. The position index is built on the first call and reused.
   */
  locate(path: Path, options?: LocateOptions & { document?: number }): LocatedRange | undefined;
}

const MAX_ALIAS_COUNT = 1000;

/**
 * kubectl's YAMLOrJSONDecoder (apimachinery util/yaml hasJSONPrefix) reads a document as JSON when
 * its first byte after `unicode.IsSpace` characters is `{`. Go's IsSpace set, exactly: JavaScript's
 * `\s` differs (it has U+FEFF, Go's has U+0085).
 */
const GO_SPACE_THEN_BRACE = /^[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]*\{/;

export function parseDocuments(input: string): ParseResult {
  // A byte-order mark is not content; keep offsets aligned with the text the caller holds.
  const bom = input.charCodeAt(0) === 0xfeff ? 1 : 0;
  const lines = new LineIndex(input);
  const isJson = GO_SPACE_THEN_BRACE.test(bom === 1 ? input.slice(1) : input);
  return isJson ? parseJson(input, bom, lines) : parseYaml(input, bom, lines);
}

function issue(lines: LineIndex, code: string, message: string, start: number, end: number): SyntaxIssue {
  return { code, message, ...lines.range(start, end) };
}

function parseSlice(text: string, start: number, end: number): unknown {
  try {
    return JSON.parse(text.slice(start, end)) as unknown;
  } catch {
    return null; // Unreachable: the scanner accepted exactly this JSON value.
  }
}

function parseJson(text: string, bom: number, lines: LineIndex): ParseResult {
  // The common case, one valid JSON value, takes the engine's JSON.parse; the position scan (for
  // locate and duplicate-key warnings) then runs only when one of those is first asked for.
  let fast: unknown;
  let fastOk = false;
  try {
    fast = JSON.parse(bom === 1 ? text.slice(1) : text);
    fastOk = true;
  } catch {
    // Invalid, or a stream of several values: the scanner below tells which, and where.
  }
  let scan: JsonScanResult | undefined = fastOk ? undefined : scanJson(text, bom, false);
  const getScan = (): JsonScanResult => (scan ??= scanJson(text, bom, false));
  let warningsMemo: SyntaxIssue[] | undefined;
  const allWarnings = (): SyntaxIssue[] =>
    (warningsMemo ??= getScan().warnings.map((w) => issue(lines, w.code, w.message, w.offset, w.endOffset)));
  const docWarnings = (start: number, end: number) => (): SyntaxIssue[] =>
    allWarnings().filter((w) => w.startOffset >= start && w.endOffset <= end);

  let documents: ParsedDocument[];
  let errors: SyntaxIssue[] = [];
  if (fastOk) {
    const start = text.search(/\S/);
    const end = text.trimEnd().length;
    const warnings = docWarnings(start, end);
    documents = [
      {
        index: 0,
        value: fast,
        empty: false,
        range: lines.range(start, end),
        errors: [],
        get warnings() {
          return warnings();
        },
      },
    ];
  } else {
    const s = getScan();
    errors = s.error ? [issue(lines, s.error.code, s.error.message, s.error.offset, s.error.endOffset)] : [];
    documents = s.docs.map((d, index) => {
      const warnings = docWarnings(d.node.start, d.node.end);
      return {
        index,
        // Each complete value of a stream is exactly what JSON.parse makes of its text.
        value: parseSlice(text, d.node.start, d.node.end),
        empty: false,
        range: lines.range(d.node.start, d.node.end),
        errors: [],
        get warnings() {
          return warnings();
        },
      };
    });
    const last = documents[documents.length - 1];
    if (last !== undefined) last.errors.push(...errors);
  }
  const out = result('json', documents, errors, [], lines, () => getScan().docs.map((d) => d.node));
  Object.defineProperty(out, 'warnings', { get: allWarnings, enumerable: true });
  return out;
}

function parseYaml(text: string, bom: number, lines: LineIndex): ParseResult {
  const documents: ParsedDocument[] = [];
  const all: SyntaxIssue[] = [];
  const allWarnings: SyntaxIssue[] = [];
  let parsed: Document.Parsed[] = [];
  try {
    const docs = parseAllDocuments(text, { ...GO_YAML_OPTIONS, prettyErrors: false, keepSourceTokens: false });
    if ('empty' in docs) {
      for (const e of docs.errors) all.push(issue(lines, e.code, e.message, e.pos[0], e.pos[1]));
    } else parsed = docs;
  } catch (e) {
    all.push(issue(lines, 'INTERNAL', `cannot parse YAML: ${e instanceof Error ? e.message : String(e)}`, bom, bom));
  }
  parsed.forEach((doc, index) => {
    const errors: SyntaxIssue[] = [];
    const warnings: SyntaxIssue[] = [];
    for (const e of doc.errors) {
      const target = e.code === 'DUPLICATE_KEY' ? warnings : errors;
      const message = e.code === 'DUPLICATE_KEY' ? `duplicate key: ${e.message}; the last value wins` : e.message;
      target.push(issue(lines, e.code, message, e.pos[0], e.pos[1]));
    }
    for (const w of doc.warnings) warnings.push(issue(lines, w.code, w.message, w.pos[0], w.pos[1]));
    let value: unknown = null;
    try {
      value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) as unknown;
    } catch (e) {
      const start = doc.range[0];
      errors.push(issue(lines, 'DECODE', e instanceof Error ? e.message : String(e), start, start));
    }
    const contents = doc.contents;
    const start = contents?.range?.[0] ?? doc.range[0];
    const end = contents?.range?.[1] ?? doc.range[1];
    documents.push({
      index,
      value: value === undefined ? null : value,
      empty: contents === null || (isScalar(contents) && contents.value === null && (contents.source ?? '') === ''),
      range: lines.range(Math.max(start, bom), Math.max(end, bom)),
      errors,
      warnings,
    });
    all.push(...errors);
    allWarnings.push(...warnings);
  });
  const memo: (PosNode | undefined)[] = [];
  const indexOf = (i: number): PosNode | undefined => {
    const doc = parsed[i];
    if (doc === undefined) return undefined;
    memo[i] ??= buildYamlIndex(doc);
    return memo[i];
  };
  return result('yaml', documents, all, allWarnings, lines, (i) => {
    const node = indexOf(i);
    return node === undefined ? [] : [node];
  });
}

function result(
  format: TextFormat,
  documents: ParsedDocument[],
  errors: SyntaxIssue[],
  warnings: SyntaxIssue[],
  lines: LineIndex,
  index: (doc: number) => PosNode[],
): ParseResult {
  return {
    format,
    documents,
    errors,
    warnings,
    locate(path, options) {
      try {
        const doc = options?.document ?? 0;
        const nodes = index(doc);
        const root = format === 'json' ? nodes[doc] : nodes[0];
        return root === undefined ? undefined : locateIn(root, path, lines, options);
      } catch {
        // The index is built from text that already parsed; should that ever fail, no position.
        return undefined;
      }
    },
  };
}

/** True when a value is a list to unwrap: `kind: List` or any `...List` kind with `items`. */
function isList(v: unknown): v is { kind: string; items: unknown[] } {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const o = v as Record<string, unknown>;
  return typeof o.kind === 'string' && o.kind.endsWith('List') && Array.isArray(o.items);
}

export interface ListItem {
  value: unknown;
  /** Where the item sits in the document, e.g. ['items', 2]; [] for a document that is no list. */
  path: (string | number)[];
}

/** Unwraps `kind: List` (and typed lists such as NetworkPolicyList), nested ones too, as kubectl does. */
export function expandListItems(value: unknown, prefix: (string | number)[] = []): ListItem[] {
  if (!isList(value)) return [{ value, path: prefix }];
  return value.items.flatMap((item, i) => expandListItems(item, [...prefix, 'items', i]));
}
