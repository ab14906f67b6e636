// Strict decoding (fieldValidation=Strict|Warn) as sigs.k8s.io/json reports it: unknown struct
// fields and duplicate keys, with dotted paths and [i] for list items, in document order, deduplicated
// by text and capped at 100. A value of the wrong type is not looked into (the decoder skips it).
import { goQuote } from '../field';
import { fieldOf, NETWORK_POLICY_SCHEMA, type SchemaNode } from './validation-schema';
import { isRecord } from '../json';

export interface StrictFinding {
  readonly kind: 'unknown' | 'duplicate';
  readonly path: string;
}

const join = (path: string, key: string): string => (path === '' ? key : `${path}.${key}`);

function walkUnknown(node: SchemaNode, v: unknown, path: string, out: string[]): void {
  if (node.kind === 'struct') {
    if (!isRecord(v)) return;
    for (const k of Object.keys(v)) {
      const f = fieldOf(node, k);
      if (f === undefined) out.push(join(path, k));
      else walkUnknown(f, v[k], join(path, k), out);
    }
  } else if (node.kind === 'list' && Array.isArray(v)) {
    v.forEach((item, i) => walkUnknown(node.elem, item, `${path}[${i}]`, out));
  }
}

/** Paths of fields the v1 NetworkPolicy / ObjectMeta schema does not have (`spec.foo`, `metadata.clusterName`). */
export function unknownFields(obj: unknown): string[] {
  const out: string[] = [];
  walkUnknown(NETWORK_POLICY_SCHEMA, obj, '', out);
  return out;
}

/** A small JSON scanner over the raw text, for what JSON.parse loses (duplicate keys, document order). */
class Scanner {
  pos = 0;
  readonly out: StrictFinding[] = [];
  /** Number literals at integer fields that JSON.parse normalises away (`80.0`, `3e2`, huge values), by path. */
  readonly numbers = new Map<string, string>();
  constructor(readonly text: string) {}

  ws(): void {
    const t = this.text;
    while (this.pos < t.length) {
      const c = t.charCodeAt(this.pos);
      if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) this.pos++;
      else break;
    }
  }

  /** Reads a string token and returns its decoded value. */
  str(): string {
    const start = this.pos;
    this.pos++;
    const t = this.text;
    while (this.pos < t.length) {
      const c = t.charCodeAt(this.pos);
      if (c === 0x5c) this.pos += 2;
      else if (c === 0x22) {
        this.pos++;
        return JSON.parse(t.slice(start, this.pos)) as string;
      } else this.pos++;
    }
    throw new SyntaxError('unterminated string');
  }

  /** Skips one value of any shape without recursion (hostile nesting cannot overflow the stack). */
  skip(): void {
    const t = this.text;
    let depth = 0;
    do {
      this.ws();
      const c = t.charCodeAt(this.pos);
      if (c === 0x22) this.str();
      else if (c === 0x7b || c === 0x5b) {
        depth++;
        this.pos++;
      } else if (c === 0x7d || c === 0x5d) {
        depth--;
        this.pos++;
      } else if (c === 0x2c || c === 0x3a) this.pos++;
      else {
        while (this.pos < t.length && !',:]}" \n\r\t'.includes(t.charAt(this.pos))) this.pos++;
      }
      if (this.pos >= t.length) return;
    } while (depth > 0);
  }

  value(node: SchemaNode | undefined, path: string): void {
    this.ws();
    const c = this.text.charCodeAt(this.pos);
    if (node !== undefined && (node.kind === 'int32' || node.kind === 'int64' || node.kind === 'intOrString')) {
      if (c === 0x2d || (c >= 0x30 && c <= 0x39)) {
        const start = this.pos;
        this.skip();
        const lit = this.text.slice(start, this.pos).trim();
        if (/[.eE]/.test(lit) || lit.length > 15) this.numbers.set(path, lit);
        return;
      }
    }
    if (c === 0x7b && node !== undefined && (node.kind === 'struct' || node.kind === 'map')) this.object(node, path);
    else if (c === 0x5b && node !== undefined && node.kind === 'list') this.array(node.elem, path);
    else this.skip();
  }

  object(node: SchemaNode & { kind: 'struct' | 'map' }, path: string): void {
    this.pos++;
    const seen = new Set<string>();
    this.ws();
    if (this.text.charCodeAt(this.pos) === 0x7d) {
      this.pos++;
      return;
    }
    for (;;) {
      this.ws();
      const key = this.str();
      this.ws();
      this.pos++; // ':'
      const p = join(path, key);
      if (node.kind === 'map') {
        if (seen.has(key)) this.out.push({ kind: 'duplicate', path: p });
        seen.add(key);
        this.value(node.elem, p);
      } else {
        const f = fieldOf(node, key);
        if (f === undefined) {
          this.out.push({ kind: 'unknown', path: p });
          this.skip();
        } else {
          if (seen.has(key)) this.out.push({ kind: 'duplicate', path: p });
          seen.add(key);
          this.value(f, p);
        }
      }
      this.ws();
      const c = this.text.charCodeAt(this.pos++);
      if (c !== 0x2c) return;
    }
  }

  array(elem: SchemaNode, path: string): void {
    this.pos++;
    this.ws();
    if (this.text.charCodeAt(this.pos) === 0x5d) {
      this.pos++;
      return;
    }
    for (let i = 0; ; i++) {
      this.value(elem, `${path}[${i}]`);
      this.ws();
      const c = this.text.charCodeAt(this.pos++);
      if (c !== 0x2c) return;
    }
  }
}

/** Unknown and duplicate fields of raw JSON text in document order; [] when the text is not JSON. */
export function strictFindings(jsonText: string): StrictFinding[] {
  try {
    JSON.parse(jsonText);
    const s = new Scanner(jsonText);
    s.value(NETWORK_POLICY_SCHEMA, '');
    return s.out;
  } catch {
    return [];
  }
}

/**
 * Number literals at integer fields (port, endPort, generation, ...) whose text Go's strconv.ParseInt
 * may refuse although JSON.parse gives an integer (`80.0`, `8e1`), or that are too long to trust, by path.
 */
export function integerFieldLiterals(jsonText: string): Map<string, string> {
  try {
    JSON.parse(jsonText);
    const s = new Scanner(jsonText);
    s.value(NETWORK_POLICY_SCHEMA, '');
    return s.numbers;
  } catch {
    return new Map();
  }
}

/** Paths of duplicate keys in raw JSON text (a duplicate inside an unknown field is not looked at). */
export function duplicateFields(jsonText: string): string[] {
  return strictFindings(jsonText)
    .filter((f) => f.kind === 'duplicate')
    .map((f) => f.path);
}

/**
 * The strict-decoding texts in upstream order: `unknown field "spec.foo"`, `duplicate field
 * "spec.podSelector"`. Raw JSON text gives both kinds in document order; a decoded object gives the
 * unknown fields only. Identical texts are reported once and at most 100 are kept, as upstream.
 */
export function strictDecodingMessages(input: unknown): string[] {
  const findings: readonly StrictFinding[] =
    typeof input === 'string' ? strictFindings(input) : unknownFields(input).map((path) => ({ kind: 'unknown', path }));
  const out: string[] = [];
  const seen = new Set<string>();
  for (const f of findings) {
    if (out.length >= 100) break;
    const msg = `${f.kind === 'unknown' ? 'unknown' : 'duplicate'} field ${goQuote(f.path)}`;
    if (seen.has(msg)) continue;
    seen.add(msg);
    out.push(msg);
  }
  return out;
}

/** The 400 message in Strict mode: `NetworkPolicy in version "v1" cannot be handled as a NetworkPolicy: strict decoding error: ...`. */
export function strictDecodingErrorMessage(
  messages: readonly string[],
  bodyKind = 'NetworkPolicy',
  bodyVersion = 'v1',
): string {
  return `${bodyKind} in version ${JSON.stringify(bodyVersion)} cannot be handled as a NetworkPolicy: strict decoding error: ${messages.join(', ')}`;
}
