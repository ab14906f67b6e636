// What the apiserver's JSON decoder (sigs.k8s.io/json, a fork of encoding/json) rejects before any
// validation: values of the wrong JSON type. Each becomes a FieldValueTypeInvalid error at the exact
// path, carrying the decoder's own message; decodeErrorMessage builds the 400 text the server sends.
import { goJSON, omitted, type FieldError } from '../field';
import { fieldOf, NETWORK_POLICY_SCHEMA, type SchemaNode } from './validation-schema';
import { integerFieldLiterals } from './validation-strict';

export {
  duplicateFields,
  integerFieldLiterals,
  strictDecodingMessages,
  strictDecodingErrorMessage,
  unknownFields,
} from './validation-strict';

export interface DecodeError extends FieldError {
  readonly type: 'FieldValueTypeInvalid';
  /** The decoder's error text, e.g. `json: cannot unmarshal string into Go struct field ... of type int32`. */
  readonly goMessage: string;
  /**
   * Returned by a custom UnmarshalJSON (IntOrString, Time): decoding stops there, and this error wins
   * over earlier saved type errors. Other type errors are saved and only the first is reported.
   */
  readonly fatal: boolean;
}

interface Ctx {
  out: DecodeError[];
  /** Go's errorContext.Struct: the struct whose field is being decoded. */
  struct: string;
  /** The path so far, joined only when an error is found (the valid hot path builds no strings). */
  segs: (string | number)[];
  /** Per segment: 0 struct field, 1 list index, 2 map key. Go's FieldStack holds struct fields only. */
  segKinds: number[];
  /** How many entries of segs are in use (arrays are reused, never truncated). */
  depth: number;
  /** Number literals of the raw text at integer fields, when the text was given. */
  literals: Map<string, string> | undefined;
}

const jsonKind = (v: unknown): string =>
  Array.isArray(v)
    ? 'array'
    : v === null
      ? 'null'
      : typeof v === 'object'
        ? 'object'
        : typeof v === 'string'
          ? 'string'
          : typeof v === 'boolean'
            ? 'bool'
            : 'number';

/** Go renders a bad number as `number <literal>`; JSON.parse has dropped the literal, so this is JS's spelling of it. */
const numberText = (n: number): string => `number ${String(n)}`;

function pathOf(ctx: Ctx): string {
  let out = '';
  for (let i = 0; i < ctx.depth; i++) {
    const s = ctx.segs[i];
    const k = ctx.segKinds[i];
    if (k === 0) out += out === '' ? String(s) : `.${String(s)}`;
    else out += `[${String(s)}]`;
  }
  return out;
}

function unmarshalTypeMessage(ctx: Ctx, value: string, goType: string): string {
  const stack: string[] = [];
  for (let i = 0; i < ctx.depth; i++) if (ctx.segKinds[i] === 0) stack.push(String(ctx.segs[i]));
  if (ctx.struct === '' && stack.length === 0) return `json: cannot unmarshal ${value} into Go value of type ${goType}`;
  return `json: cannot unmarshal ${value} into Go struct field ${ctx.struct}.${stack.join('.')} of type ${goType}`;
}

function push(ctx: Ctx, v: unknown, value: string, goType: string, fatal: boolean): void {
  pushMessage(ctx, v, unmarshalTypeMessage(ctx, value, goType), fatal);
}

function pushMessage(ctx: Ctx, v: unknown, goMessage: string, fatal: boolean): void {
  // Objects and arrays are not echoed: they can be huge or nested deeper than JSON.stringify can go.
  const badValue = typeof v === 'object' && v !== null ? omitted : goJSON(v);
  ctx.out.push({ type: 'FieldValueTypeInvalid', field: pathOf(ctx), badValue, detail: goMessage, goMessage, fatal });
}

/** Go's strconv.ParseInt accepts only an optional "-" and decimal digits. */
const GO_INT_LITERAL = /^-?[0-9]+$/;

/** The literal written in the text for this number, when it differs from JS's rendering or Go refuses it. */
function literalOf(ctx: Ctx): string | undefined {
  if (ctx.literals === undefined || ctx.literals.size === 0) return undefined;
  return ctx.literals.get(pathOf(ctx));
}

const isInt32 = (n: number): boolean => Number.isInteger(n) && n >= -2147483648 && n <= 2147483647;
const isInt64 = (n: number): boolean => Number.isInteger(n) && n >= -9223372036854775808 && n < 9223372036854775808;

function checkValue(ctx: Ctx, node: SchemaNode, v: unknown): void {
  if (v === null || v === undefined) return;
  switch (node.kind) {
    case 'raw':
      return;
    case 'string':
      if (typeof v !== 'string') push(ctx, v, jsonKind(v), node.goType, false);
      return;
    case 'bool':
      if (typeof v !== 'boolean') push(ctx, v, jsonKind(v), node.goType, false);
      return;
    case 'int32':
    case 'int64':
    case 'intOrString': {
      if (node.kind === 'intOrString' && typeof v === 'string') return;
      const goType = node.kind === 'intOrString' ? 'int32' : node.goType;
      const fatal = node.kind === 'intOrString';
      if (typeof v !== 'number') {
        push(ctx, v, jsonKind(v), goType, fatal);
        return;
      }
      const lit = literalOf(ctx);
      const inRange = node.kind === 'int64' ? isInt64(v) : isInt32(v);
      if (!inRange || (lit !== undefined && !GO_INT_LITERAL.test(lit))) {
        push(ctx, v, lit === undefined ? numberText(v) : `number ${lit}`, goType, fatal);
      }
      return;
    }
    case 'time':
      if (typeof v !== 'string') push(ctx, v, jsonKind(v), 'string', true);
      else {
        const msg = rfc3339Error(v);
        if (msg !== null) pushMessage(ctx, v, msg, true);
      }
      return;
    case 'list': {
      if (!Array.isArray(v)) {
        push(ctx, v, jsonKind(v), node.goType, false);
        return;
      }
      const n = ctx.depth++;
      for (let i = 0; i < v.length; i++) {
        ctx.segKinds[n] = 1;
        ctx.segs[n] = i;
        checkValue(ctx, node.elem, v[i]);
      }
      ctx.depth = n;
      return;
    }
    case 'map':
    case 'struct': {
      if (typeof v !== 'object' || Array.isArray(v)) {
        push(ctx, v, jsonKind(v), node.goType, false);
        return;
      }
      const o = v as Record<string, unknown>;
      const n = ctx.depth++;
      const saved = ctx.struct;
      for (const k in o) {
        let f: SchemaNode | undefined;
        if (node.kind === 'map') {
          f = node.elem;
          ctx.segKinds[n] = 2;
        } else {
          f = fieldOf(node, k);
          if (f === undefined) continue;
          ctx.segKinds[n] = 0;
          ctx.struct = node.goName;
        }
        ctx.segs[n] = k;
        checkValue(ctx, f, o[k]);
        ctx.struct = saved;
      }
      ctx.depth = n;
      return;
    }
  }
}

/**
 * Every value whose JSON type the v1 NetworkPolicy decoder would refuse, in document order, at its
 * field path (`spec.ingress[0].ports[0].endPort`; map entries as `...matchLabels[key]`). A port is
 * IntOrString: a number is a port number (an int32), a string a named port, anything else an error.
 * Give the raw JSON text as well to judge number literals as Go does (`80.0` and `8e1` are refused for
 * integer fields and quoted as written); without it, numbers are judged by value.
 */
export function decodeErrors(obj: unknown, jsonText?: string): DecodeError[] {
  const literals = jsonText === undefined ? undefined : integerFieldLiterals(jsonText);
  const ctx: Ctx = { out: [], struct: '', segs: [], segKinds: [], depth: 0, literals };
  try {
    if (jsonKind(obj) !== 'object') {
      push(ctx, obj, jsonKind(obj), NETWORK_POLICY_SCHEMA.goType, false);
      return ctx.out;
    }
    checkValue(ctx, NETWORK_POLICY_SCHEMA, obj);
  } catch {
    // Only a pathological input (a nesting deeper than the stack) gets here; what was found stands.
  }
  return ctx.out;
}

/** The decoder error Go would return for these type errors: the first fatal one, else the first one. */
export function decoderError(errs: readonly DecodeError[]): DecodeError | undefined {
  return errs.find((e) => e.fatal) ?? errs[0];
}

/** The 400 BadRequest message: `NetworkPolicy in version "v1" cannot be handled as a NetworkPolicy: <decoder error>`. */
export function decodeErrorMessage(
  errs: readonly DecodeError[],
  bodyKind = 'NetworkPolicy',
  bodyVersion = 'v1',
): string | undefined {
  const e = decoderError(errs);
  if (e === undefined) return undefined;
  return cannotBeHandled(e.goMessage, bodyKind, bodyVersion);
}

/** transformDecodeError's form when the body named its kind. */
export const cannotBeHandled = (decoderMessage: string, bodyKind = 'NetworkPolicy', bodyVersion = 'v1'): string =>
  `${bodyKind} in version ${JSON.stringify(bodyVersion)} cannot be handled as a NetworkPolicy: ${decoderMessage}`;

const RFC3339 = '2006-01-02T15:04:05Z07:00';
const RFC3339_RE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * metav1.Time's time.Parse(RFC3339) error, or null when the text parses. Approximate: the element
 * named in "cannot parse ... as ..." follows Go's layout walk for the common failures only.
 */
function rfc3339Error(value: string): string | null {
  const m = RFC3339_RE.exec(value);
  const q = (s: string): string => JSON.stringify(s);
  if (m !== null) {
    const [month, day, hour, min, sec] = [m[2], m[3], m[4], m[5], m[6]].map(Number);
    if ((month ?? 0) < 1 || (month ?? 0) > 12) return `parsing time ${q(value)}: month out of range`;
    if ((day ?? 0) < 1 || (day ?? 0) > 31) return `parsing time ${q(value)}: day out of range`;
    if ((hour ?? 0) > 23) return `parsing time ${q(value)}: hour out of range`;
    if ((min ?? 0) > 59) return `parsing time ${q(value)}: minute out of range`;
    if ((sec ?? 0) > 59) return `parsing time ${q(value)}: second out of range`;
    return null;
  }
  const elems: [RegExp, string][] = [
    [/^\d{4}/, '2006'],
    [/^-/, '-'],
    [/^\d{2}/, '01'],
    [/^-/, '-'],
    [/^\d{2}/, '02'],
    [/^T/, 'T'],
    [/^\d{2}/, '15'],
    [/^:/, ':'],
    [/^\d{2}/, '04'],
    [/^:/, ':'],
    [/^\d{2}(\.\d+)?/, '05'],
    [/^(Z|[+-]\d{2}:\d{2})/, 'Z07:00'],
  ];
  let rest = value;
  for (const [re, elem] of elems) {
    const em = re.exec(rest);
    if (em === null) return `parsing time ${q(value)} as ${q(RFC3339)}: cannot parse ${q(rest)} as ${q(elem)}`;
    rest = rest.slice(em[0].length);
  }
  return `parsing time ${q(value)}: extra text: ${q(rest)}`;
}
