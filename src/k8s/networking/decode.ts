// What the apiserver's JSON decoder (sigs.k8s.io/json, a fork of encoding/json) rejects before any
// validation: values of the wrong JSON type. Each becomes a FieldValueTypeInvalid error at the exact
// path, carrying the decoder's own message; decodeErrorMessage builds the 400 text the server sends.
import { goJSON, omitted, type FieldError } from '../field';
import { fieldOf, NETWORK_POLICY_SCHEMA, type SchemaNode } from './validation-schema';

export {
  duplicateFields,
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
  /** Go's errorContext: the struct last entered and the JSON names of the fields entered. */
  struct: string;
  stack: string[];
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

function unmarshalTypeMessage(ctx: Ctx, value: string, goType: string): string {
  if (ctx.struct === '' && ctx.stack.length === 0)
    return `json: cannot unmarshal ${value} into Go value of type ${goType}`;
  return `json: cannot unmarshal ${value} into Go struct field ${ctx.struct}.${ctx.stack.join('.')} of type ${goType}`;
}

function push(ctx: Ctx, path: string, v: unknown, goMessage: string, fatal: boolean): void {
  // Objects and arrays are not echoed: they can be huge or nested deeper than JSON.stringify can go.
  const badValue = typeof v === 'object' && v !== null ? omitted : goJSON(v);
  ctx.out.push({ type: 'FieldValueTypeInvalid', field: path, badValue, detail: goMessage, goMessage, fatal });
}

const INT_RANGE = {
  int32: [-2147483648, 2147483647],
  int64: [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
} as const;

function checkValue(ctx: Ctx, node: SchemaNode, v: unknown, path: string): void {
  if (v === null || v === undefined) return;
  const kind = jsonKind(v);
  switch (node.kind) {
    case 'raw':
      return;
    case 'intOrString':
      if (kind === 'string') return;
      if (kind === 'number' && Number.isInteger(v) && (v as number) >= -2147483648 && (v as number) <= 2147483647)
        return;
      push(ctx, path, v, unmarshalTypeMessage(ctx, kind === 'number' ? numberText(v as number) : kind, 'int32'), true);
      return;
    case 'time':
      if (kind !== 'string') push(ctx, path, v, unmarshalTypeMessage(ctx, kind, 'string'), true);
      else {
        const msg = rfc3339Error(v as string);
        if (msg !== null) push(ctx, path, v, msg, true);
      }
      return;
    case 'string':
    case 'bool':
      if (kind !== (node.kind === 'bool' ? 'bool' : 'string'))
        push(ctx, path, v, unmarshalTypeMessage(ctx, kind, node.goType), false);
      return;
    case 'int32':
    case 'int64': {
      if (kind !== 'number') {
        push(ctx, path, v, unmarshalTypeMessage(ctx, kind, node.goType), false);
        return;
      }
      const n = v as number;
      const [lo, hi] = INT_RANGE[node.kind];
      if (!Number.isInteger(n) || n < lo || n > hi)
        push(ctx, path, v, unmarshalTypeMessage(ctx, numberText(n), node.goType), false);
      return;
    }
    case 'list':
      if (kind !== 'array') {
        push(ctx, path, v, unmarshalTypeMessage(ctx, kind, node.goType), false);
        return;
      }
      (v as unknown[]).forEach((item, i) => checkValue(ctx, node.elem, item, `${path}[${i}]`));
      return;
    case 'map':
      if (kind !== 'object') {
        push(ctx, path, v, unmarshalTypeMessage(ctx, kind, node.goType), false);
        return;
      }
      for (const [k, item] of Object.entries(v as Record<string, unknown>))
        checkValue(ctx, node.elem, item, `${path}[${k}]`);
      return;
    case 'struct':
      if (kind !== 'object') {
        push(ctx, path, v, unmarshalTypeMessage(ctx, kind, node.goType), false);
        return;
      }
      for (const [k, item] of Object.entries(v as Record<string, unknown>)) {
        const f = fieldOf(node, k);
        if (f === undefined) continue;
        const saved = ctx.struct;
        ctx.stack.push(k);
        ctx.struct = node.goName;
        checkValue(ctx, f, item, path === '' ? k : `${path}.${k}`);
        ctx.stack.pop();
        ctx.struct = saved;
      }
      return;
  }
}

/**
 * Every value whose JSON type the v1 NetworkPolicy decoder would refuse, in document order, at its
 * field path (`spec.ingress[0].ports[0].endPort`; map entries as `...matchLabels[key]`). A port is
 * IntOrString: a number is a port number (an int32), a string a named port, anything else an error.
 * Limitation: numbers are judged by value, so `3e2` or `80.0` written in the text pass (Go refuses them).
 */
export function decodeErrors(obj: unknown): DecodeError[] {
  const ctx: Ctx = { out: [], struct: '', stack: [] };
  try {
    if (jsonKind(obj) !== 'object') {
      push(ctx, '', obj, unmarshalTypeMessage(ctx, jsonKind(obj), NETWORK_POLICY_SCHEMA.goType), false);
      return ctx.out;
    }
    checkValue(ctx, NETWORK_POLICY_SCHEMA, obj, '');
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
