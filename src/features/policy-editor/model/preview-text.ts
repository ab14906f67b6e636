// The codec as the editor uses it: the preview text of a draft (kubectl order, memoised by object
// identity), parsing the user's text into one object, and field path -> text range for markers.
import { parseDocuments, toJSON, toYAML, type ParseResult } from '../../../k8s/codec';
import type { FieldError } from '../../../k8s/field';
import { parseFieldPath } from '../../../k8s/field';
import type { NetworkPolicy } from '../../../k8s/networking/types';
import type { TextFormat, TextParseResult } from './draft-state';
import type { Locate } from './markers';

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
export function parseText(text: string, _format: TextFormat): TextParseResult {
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
  return { ok: true, value: docs[0]?.value ?? null };
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
