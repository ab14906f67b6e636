// A JSON parser that keeps positions: it yields the same values as JSON.parse plus a PosNode tree,
// accepts a stream of top-level values (as kubectl's decoder does) and reports the first syntax
// error with Go encoding/json's wording at an exact offset. It never throws.
import { posNode, type PosNode } from './pos-node';

const withMap = (n: PosNode, map: Map<string, PosNode>): PosNode => {
  n.map = map;
  return n;
};
const withSeq = (n: PosNode, seq: PosNode[]): PosNode => {
  n.seq = seq;
  return n;
};

export interface JsonIssue {
  code: string;
  message: string;
  offset: number;
  endOffset: number;
}

export interface JsonValueDoc {
  value: unknown;
  node: PosNode;
}

export interface JsonScanResult {
  docs: JsonValueDoc[];
  error?: JsonIssue;
  warnings: JsonIssue[];
}

/** Go's encoding/json nesting limit. */
const MAX_DEPTH = 10000;
const NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][-+]?[0-9]+)?/y;
const ESCAPES: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };

class Stop {
  constructor(readonly issue: JsonIssue) {}
}

/**
 * Scans from `start`. With `values` false only the position tree (with scalar leaves) is built:
 * the caller already has the values from JSON.parse and wants the index.
 */
export function scanJson(text: string, start = 0, values = true): JsonScanResult {
  const s = new Scanner(text, values);
  s.pos = start;
  const docs: JsonValueDoc[] = [];
  try {
    s.ws();
    while (s.pos < text.length) {
      const node = s.value(0);
      docs.push({ value: s.v, node });
      s.ws();
    }
    if (docs.length === 0) throw s.fail('unexpected end of JSON input', 'EOF');
    return { docs, warnings: s.warnings };
  } catch (e) {
    if (e instanceof Stop) return { docs, error: e.issue, warnings: s.warnings };
    const msg = e instanceof RangeError ? 'exceeded max depth' : String(e);
    return { docs, error: { code: 'DEPTH', message: msg, offset: s.pos, endOffset: s.pos }, warnings: s.warnings };
  }
}

class Scanner {
  pos = 0;
  /** The value of the last scanned node (unused when only positions are built). */
  v: unknown = undefined;
  readonly warnings: JsonIssue[] = [];
  constructor(
    private readonly text: string,
    private readonly values: boolean,
  ) {}

  ws(): void {
    const t = this.text;
    let c = t.charCodeAt(this.pos);
    while (c === 32 || c === 10 || c === 13 || c === 9) c = t.charCodeAt(++this.pos);
  }

  fail(message: string, code = 'SYNTAX', at = this.pos): Stop {
    const end = Math.min(this.text.length, at + 1);
    return new Stop({ code, message, offset: at, endOffset: end });
  }

  invalid(context: string): Stop {
    if (this.pos >= this.text.length) return this.fail('unexpected end of JSON input', 'EOF');
    return this.fail(`invalid character ${quoteChar(this.text[this.pos] ?? '')} ${context}`);
  }

  /** Scans one value; returns its node and leaves the value (when building values) in `v`. */
  value(depth: number): PosNode {
    if (depth > MAX_DEPTH) throw this.fail('exceeded max depth', 'DEPTH');
    const t = this.text;
    const start = this.pos;
    const c = t.charCodeAt(start);
    if (c === 0x7b) return this.object(depth);
    if (c === 0x5b) return this.array(depth);
    if (c === 0x22) {
      // Positions only: string leaves keep no copy (locate reads the text when it needs one).
      const v = this.string(this.values);
      this.v = v;
      return posNode(start, this.pos, this.values ? v : undefined);
    }
    if (c === 0x2d || (c >= 0x30 && c <= 0x39)) {
      NUMBER.lastIndex = start;
      const m = NUMBER.exec(t);
      if (m === null) {
        this.pos++;
        throw this.invalid('in numeric literal');
      }
      this.pos = start + m[0].length;
      const v = this.values ? Number(m[0]) : undefined;
      this.v = v;
      return posNode(start, this.pos, v);
    }
    const word = c === 0x74 ? 'true' : c === 0x66 ? 'false' : c === 0x6e ? 'null' : undefined;
    if (word === undefined) throw this.invalid('looking for beginning of value');
    if (t.startsWith(word, start)) {
      this.pos = start + word.length;
      const v = word === 'true' ? true : word === 'false' ? false : null;
      this.v = v;
      return posNode(start, this.pos, v);
    }
    let i = 0;
    while (t[start + i] === word[i]) i++;
    this.pos = start + i;
    throw this.invalid(`in literal ${word} (expecting ${quoteChar(word[i] ?? '')})`);
  }

  object(depth: number): PosNode {
    const t = this.text;
    const start = this.pos++;
    const value: Record<string, unknown> | null = this.values ? {} : null;
    const map = new Map<string, PosNode>();
    this.ws();
    if (t.charCodeAt(this.pos) === 0x7d) {
      this.pos++;
      this.v = value;
      return withMap(posNode(start, this.pos), map);
    }
    for (;;) {
      if (t.charCodeAt(this.pos) !== 0x22) throw this.invalid('looking for beginning of object key string');
      const keyStart = this.pos;
      const key = this.string(true);
      const keyEnd = this.pos;
      this.ws();
      if (t.charCodeAt(this.pos) !== 0x3a) throw this.invalid('after object key');
      this.pos++;
      this.ws();
      const child = this.value(depth + 1);
      child.keyStart = keyStart;
      child.keyEnd = keyEnd;
      if (map.has(key)) {
        this.warnings.push({
          code: 'DUPLICATE_KEY',
          message: `duplicate field ${JSON.stringify(key)}`,
          offset: keyStart,
          endOffset: keyEnd,
        });
      }
      map.set(key, child);
      if (value === null) {
        // Positions only.
      } else if (key === '__proto__') {
        Object.defineProperty(value, key, { value: this.v, writable: true, enumerable: true, configurable: true });
      } else value[key] = this.v;
      this.ws();
      const c = t.charCodeAt(this.pos);
      if (c === 0x2c) {
        this.pos++;
        this.ws();
        continue;
      }
      if (c === 0x7d) {
        this.pos++;
        this.v = value;
        return withMap(posNode(start, this.pos), map);
      }
      throw this.invalid('after object key:value pair');
    }
  }

  array(depth: number): PosNode {
    const t = this.text;
    const start = this.pos++;
    const value: unknown[] | null = this.values ? [] : null;
    const seq: PosNode[] = [];
    this.ws();
    if (t.charCodeAt(this.pos) === 0x5d) {
      this.pos++;
      this.v = value;
      return withSeq(posNode(start, this.pos), seq);
    }
    for (;;) {
      const child = this.value(depth + 1);
      value?.push(this.v);
      seq.push(child);
      this.ws();
      const c = t.charCodeAt(this.pos);
      if (c === 0x2c) {
        this.pos++;
        this.ws();
        continue;
      }
      if (c === 0x5d) {
        this.pos++;
        this.v = value;
        return withSeq(posNode(start, this.pos), seq);
      }
      throw this.invalid('after array element');
    }
  }

  /** Reads a string literal starting at the opening quote; returns its decoded value. */
  string(want: boolean): string {
    const t = this.text;
    const begin = ++this.pos;
    let i = begin;
    for (;;) {
      const c = t.charCodeAt(i);
      if (c === 34) {
        this.pos = i + 1;
        return want ? t.slice(begin, i) : '';
      }
      if (c === 92 || Number.isNaN(c) || c < 0x20) break;
      i++;
    }
    let out = t.slice(begin, i);
    for (;;) {
      this.pos = i;
      if (i >= t.length) throw this.fail('unexpected end of JSON input', 'EOF');
      const ch = t[i] ?? '';
      const c = ch.charCodeAt(0);
      if (c === 34) {
        this.pos = i + 1;
        return out;
      }
      if (c < 0x20) throw this.invalid('in string literal');
      if (c === 92) {
        const e = t[i + 1] ?? '';
        this.pos = i + 1;
        if (e === 'u') {
          const hex = t.slice(i + 2, i + 6);
          if (!/^[0-9a-fA-F]{4}$/.test(hex)) {
            this.pos =
              i +
              2 +
              Math.max(
                0,
                [...hex].findIndex((h) => !/[0-9a-fA-F]/.test(h)),
              );
            throw this.invalid('in \\u hexadecimal character escape');
          }
          out += String.fromCharCode(parseInt(hex, 16));
          i += 6;
          continue;
        }
        const mapped = ESCAPES[e];
        if (mapped === undefined) throw this.invalid('in string escape code');
        out += mapped;
        i += 2;
        continue;
      }
      out += ch;
      i++;
    }
  }
}

/** Go's quoteChar: 'x', with ' and " escaped as Go does. */
function quoteChar(c: string): string {
  if (c === "'") return `'\\''`;
  if (c === '"') return `'"'`;
  const code = c.charCodeAt(0);
  if (code < 0x20) return `'${JSON.stringify(c).slice(1, -1)}'`;
  return `'${c}'`;
}
