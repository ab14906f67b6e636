// The codec as the editor uses it: the preview text of a draft (kubectl order, memoised by object
// identity), parsing the user's text into one object, and field path -> text range for markers.
import { parseDocuments, toJSON, toYAML, type ParseResult } from '../../../k8s/codec';
import type { FieldError } from '../../../k8s/field';
import { parseFieldPath } from '../../../k8s/field';
import type { NetworkPolicy } from '../../../k8s/networking/types';
import type { TextFormat, TextParseResult } from './draft-state';
import type { Locate } from './markers';
import { findUnholdable, unholdableMessage } from './text-guards';

const texts: Record<TextFormat, WeakMap<NetworkPolicy, string>> = { json: new WeakMap(), yaml: new WeakMap() };

export function previewText(policy: NetworkPolicy, format: TextFormat): string {
  const cache = texts[format];
  let t = cache.get(policy);
  if (t === undefined) {
    t = format === 'json' ? toJSON(policy) : toYAML(policy);
    cache.set(policy, t);
  }
  return t;
}

// One-entry cache: the text just parsed for the draft is parsed again for its markers.
let last: { text: string; result: ParseResult } | undefined;
function parseCached(text: string): ParseResult {
  if (last?.text !== text) last = { text, result: parseDocuments(text) };
  return last.result;
}

/**
 * The user's text as one object. JSON text in the YAML tab is fine (JSON is YAML); a text with
 * several documents is an error, since the editor holds one policy.
 */
export function parseText(text: string, format: TextFormat): TextParseResult {
  try {
    return parseTextUnguarded(text, format);
  } catch (e) {
    // A parser bug must cost the user a message, never the page: the form keeps its last good state.
    const reason = e instanceof Error ? e.message : String(e);
    return { ok: false, error: { message: `The text could not be read (${reason})`, line: 1, column: 1 } };
  }
}

function parseTextUnguarded(text: string, _format: TextFormat): TextParseResult {
  const r = parseCached(text);
  const first = r.errors[0];
  if (first !== undefined) {
    return {
      ok: false,
      error: {
        message: first.message,
        line: first.startLine,
        column: first.startColumn,
        endLine: first.endLine,
        endColumn: first.endColumn,
      },
    };
  }
  const docs = r.documents.filter((d) => !d.empty);
  const second = docs[1];
  if (second !== undefined) {
    return {
      ok: false,
      error: {
        message: 'The text holds more than one document; the editor edits a single NetworkPolicy',
        line: second.range.startLine,
        column: second.range.startColumn,
      },
    };
  }
  const value = docs[0]?.value ?? null;
  const unholdable = findUnholdable(value);
  if (unholdable !== undefined) {
    const message = unholdableMessage(unholdable);
    const at = r.locate(unholdable.path);
    if (at !== undefined) {
      const { startLine, startColumn, endLine, endColumn } = at.range;
      return { ok: false, error: { message, line: startLine, column: startColumn, endLine, endColumn } };
    }
    // The position index of a very deep text is out of reach; the brackets are not.
    const bracket = unholdable.kind === 'depth' ? bracketAtDepth(text, unholdable.path.length + 1) : undefined;
    return { ok: false, error: { message, ...(bracket ?? { line: 1, column: 1 }) } };
  }
  return { ok: true, value };
}

/** Finds each error's field in the text (the nearest ancestor when the field is absent). */
export function locatorFor(text: string, _format: TextFormat): Locate {
  return (e: FieldError) => {
    const r = parseCached(text);
    const found =
      e.badValue.kind === 'omitted'
        ? r.locate(parseFieldPath(e.field))
        : r.locate(parseFieldPath(e.field), { badValue: e.badValue.value });
    if (found === undefined) return undefined;
    const { startLine, startColumn, endLine, endColumn } = found.range;
    // An empty range (an empty value) would be invisible; widen it to one character.
    return startLine === endLine && startColumn === endColumn
      ? { startLine, startColumn, endLine, endColumn: endColumn + 1 }
      : { startLine, startColumn, endLine, endColumn };
  };
}

/** Line and column of the first bracket opening nesting level `depth` (strings skipped), if any. */
function bracketAtDepth(text: string, depth: number): { line: number; column: number } | undefined {
  let level = 0;
  let quote: string | undefined;
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n') {
      line++;
      lineStart = i + 1;
    } else if (quote !== undefined) {
      if (c === '\\' && quote === '"') i++;
      else if (c === quote) quote = undefined;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '[' || c === '{') {
      if (++level === depth) return { line, column: i - lineStart + 1 };
    } else if (c === ']' || c === '}') level--;
  }
  return undefined;
}
