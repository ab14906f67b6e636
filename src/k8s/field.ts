// Field paths and field errors, mirroring apimachinery's util/validation/field: every validator
// takes the path it stands at and returns all errors; messages are rendered exactly as Go does.

export type PathSegment =
  | { readonly kind: 'child'; readonly name: string }
  | { readonly kind: 'index'; readonly index: number }
  | { readonly kind: 'key'; readonly key: string };

/** An immutable field path such as `spec.ingress[0].ports[1].port`. */
export class FieldPath {
  private constructor(readonly segments: readonly PathSegment[]) {}

  static root(name?: string): FieldPath {
    return new FieldPath(name === undefined ? [] : [{ kind: 'child', name }]);
  }

  static of(...names: string[]): FieldPath {
    return new FieldPath(names.map((name) => ({ kind: 'child', name }) as const));
  }

  child(name: string, ...more: string[]): FieldPath {
    const added: PathSegment[] = [name, ...more].map((n) => ({ kind: 'child', name: n }));
    return new FieldPath([...this.segments, ...added]);
  }

  index(index: number): FieldPath {
    return new FieldPath([...this.segments, { kind: 'index', index }]);
  }

  key(key: string): FieldPath {
    return new FieldPath([...this.segments, { kind: 'key', key }]);
  }

  /** Plain segments for walking a JSON document: names and keys as strings, indexes as numbers. */
  toArray(): (string | number)[] {
    return this.segments.map((s) => (s.kind === 'index' ? s.index : s.kind === 'key' ? s.key : s.name));
  }

  toString(): string {
    let out = '';
    for (const s of this.segments) {
      if (s.kind === 'child') out += out === '' ? s.name : `.${s.name}`;
      else if (s.kind === 'index') out += `[${s.index}]`;
      else out += `[${s.key}]`;
    }
    return out;
  }
}

/** Parses "spec.ingress[0].ports[1].port" back into segments (used to map server causes). */
export function parseFieldPath(text: string): (string | number)[] {
  const out: (string | number)[] = [];
  const re = /([^.[\]]+)|\[(\d+)\]|\[([^\]]*)\]/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (m[1] !== undefined) out.push(m[1]);
    else if (m[2] !== undefined) out.push(Number(m[2]));
    else if (m[3] !== undefined) out.push(m[3]);
  }
  return out;
}

export type FieldErrorType =
  | 'FieldValueNotFound'
  | 'FieldValueRequired'
  | 'FieldValueDuplicate'
  | 'FieldValueInvalid'
  | 'FieldValueNotSupported'
  | 'FieldValueForbidden'
  | 'FieldValueTooLong'
  | 'FieldValueTooMany'
  | 'FieldValueTypeInvalid'
  | 'InternalError';

/**
 * How Go renders a bad value in `Invalid value: <value>`: Go strings with %q, numbers and bools
 * with %v, everything else (named string types such as Protocol, slices, structs) as JSON.
 */
export type BadValue =
  | { readonly kind: 'string'; readonly value: string }
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'bool'; readonly value: boolean }
  | { readonly kind: 'json'; readonly value: unknown }
  | { readonly kind: 'omitted' };

export const goString = (value: string): BadValue => ({ kind: 'string', value });
export const goNumber = (value: number): BadValue => ({ kind: 'number', value });
export const goJSON = (value: unknown): BadValue => ({ kind: 'json', value });
export const omitted: BadValue = { kind: 'omitted' };

export interface FieldError {
  readonly type: FieldErrorType;
  /** The formatted path, e.g. `spec.ingress[0].ports[0].endPort`. */
  readonly field: string;
  readonly badValue: BadValue;
  readonly detail: string;
}

/** Go's %q for strings: double quotes, with Go's escapes for control and non-printable characters. */
export function goQuote(s: string): string {
  let out = '"';
  for (const ch of s) {
    const cp = ch.codePointAt(0) ?? 0;
    if (ch === '"') out += '\\"';
    else if (ch === '\\') out += '\\\\';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (ch === '\x07') out += '\\a';
    else if (ch === '\b') out += '\\b';
    else if (ch === '\f') out += '\\f';
    else if (ch === '\v') out += '\\v';
    else if (cp < 0x20 || cp === 0x7f) out += `\\x${cp.toString(16).padStart(2, '0')}`;
    else if (cp >= 0x80 && cp <= 0x9f) out += `\\u00${cp.toString(16).padStart(2, '0')}`;
    else out += ch;
  }
  return `${out}"`;
}

/** Go's encoding/json output for a value (HTML-escaping as Go does: <, >, & become \u003c etc.). */
export function goJSONString(value: unknown): string {
  const text = JSON.stringify(value) ?? 'null';
  return text.replace(/[<>&\u2028\u2029]/g, (c) => `\\u${(c.codePointAt(0) ?? 0).toString(16).padStart(4, '0')}`);
}

export function renderBadValue(v: BadValue): string {
  switch (v.kind) {
    case 'string':
      return goQuote(v.value);
    case 'number':
      return String(v.value);
    case 'bool':
      return v.value ? 'true' : 'false';
    case 'json':
      return goJSONString(v.value);
    case 'omitted':
      return '';
  }
}

/** The message body without the field, as apimachinery's `(*Error).ErrorBody()`. */
export function errorBody(e: FieldError): string {
  switch (e.type) {
    case 'FieldValueRequired':
    case 'FieldValueForbidden':
    case 'FieldValueTooLong':
    case 'InternalError': {
      const base = typeLabel(e.type);
      return e.detail === '' ? base : `${base}: ${e.detail}`;
    }
    default: {
      let s = typeLabel(e.type);
      if (e.badValue.kind !== 'omitted') s += `: ${renderBadValue(e.badValue)}`;
      if (e.detail !== '') s += `: ${e.detail}`;
      return s;
    }
  }
}

/** `<field>: <body>`, as `(*Error).Error()`. */
export function errorString(e: FieldError): string {
  return e.field === '' ? errorBody(e) : `${e.field}: ${errorBody(e)}`;
}

function typeLabel(t: FieldErrorType): string {
  switch (t) {
    case 'FieldValueNotFound':
      return 'Not found';
    case 'FieldValueRequired':
      return 'Required value';
    case 'FieldValueDuplicate':
      return 'Duplicate value';
    case 'FieldValueInvalid':
      return 'Invalid value';
    case 'FieldValueNotSupported':
      return 'Unsupported value';
    case 'FieldValueForbidden':
      return 'Forbidden';
    case 'FieldValueTooLong':
      return 'Too long';
    case 'FieldValueTooMany':
      return 'Too many';
    case 'FieldValueTypeInvalid':
      return 'Invalid value';
    case 'InternalError':
      return 'Internal error';
  }
}

// Constructors named as apimachinery's, so ported code reads the same.
export const required = (path: FieldPath, detail = ''): FieldError => ({
  type: 'FieldValueRequired',
  field: path.toString(),
  badValue: omitted,
  detail,
});

export const invalid = (path: FieldPath, value: BadValue, detail: string): FieldError => ({
  type: 'FieldValueInvalid',
  field: path.toString(),
  badValue: value,
  detail,
});

export const forbidden = (path: FieldPath, detail: string): FieldError => ({
  type: 'FieldValueForbidden',
  field: path.toString(),
  badValue: omitted,
  detail,
});

export const duplicate = (path: FieldPath, value: BadValue): FieldError => ({
  type: 'FieldValueDuplicate',
  field: path.toString(),
  badValue: value,
  detail: '',
});

export const notSupported = (path: FieldPath, value: BadValue, valid: readonly string[]): FieldError => ({
  type: 'FieldValueNotSupported',
  field: path.toString(),
  badValue: value,
  detail: valid.length > 0 ? `supported values: ${valid.map((v) => goQuote(v)).join(', ')}` : '',
});

export const tooLong = (path: FieldPath, max: number): FieldError => ({
  type: 'FieldValueTooLong',
  field: path.toString(),
  badValue: omitted,
  detail: max === 1 ? 'may not be more than 1 byte' : `may not be more than ${max} bytes`,
});

export const typeInvalid = (path: FieldPath, value: BadValue, detail: string): FieldError => ({
  type: 'FieldValueTypeInvalid',
  field: path.toString(),
  badValue: value,
  detail,
});
