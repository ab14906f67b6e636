// Parsing: format detection, documents, syntax errors at line:col, go-yaml scalar semantics.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { expandListItems, parseDocuments } from './parse';
import { goYamlNumber } from './go-yaml-schema';

const valueOf = (text: string): unknown => parseDocuments(text).documents[0]?.value;

describe('parseDocuments: formats and documents', () => {
  it('recognises JSON by a leading { and YAML otherwise', () => {
    expect(parseDocuments('  {"a": 1}').format).toBe('json');
    expect(parseDocuments('a: 1').format).toBe('yaml');
    expect(parseDocuments('[1, 2]').format).toBe('yaml');
    expect(parseDocuments('\uFEFF{"a": 1}').format).toBe('json');
  });

  it("skips exactly the characters Go's unicode.IsSpace skips before the {, as kubectl decides", () => {
    for (const sp of ['\t', '\n', '\v', '\f', '\r', ' ', '\u0085', '\u00a0', '\u2000', '\u200a', '\u3000']) {
      expect(parseDocuments(`${sp}{"a": 1}`).format, JSON.stringify(sp)).toBe('json');
    }
    // U+FEFF is JavaScript whitespace but not Go's; after the one leading byte-order mark it is content.
    expect(parseDocuments('\uFEFF\uFEFF{"a": 1}').format).toBe('yaml');
    expect(parseDocuments('\u200b{"a": 1}').format).toBe('yaml');
  });

  it('reads multi-document YAML, marking empty documents', () => {
    const r = parseDocuments('a: 1\n---\n---\nb: 2\n...\n');
    expect(r.errors).toEqual([]);
    expect(r.documents.map((d) => [d.index, d.empty, d.value])).toEqual([
      [0, false, { a: 1 }],
      [1, true, null],
      [2, false, { b: 2 }],
    ]);
    expect(r.documents[2]?.range.startLine).toBe(4);
  });

  it('reads a stream of JSON values as documents', () => {
    const r = parseDocuments('{"a": 1}\n{"b": [true, null, "x\\n\\u00e9"]}');
    expect(r.errors).toEqual([]);
    expect(r.documents.map((d) => d.value)).toEqual([{ a: 1 }, { b: [true, null, 'x\né'] }]);
    expect(r.documents[1]?.range.startLine).toBe(2);
  });

  it('gives JSON.parse values for JSON, __proto__ included as an own key', () => {
    const text = '{"__proto__": {"x": 1}, "n": -1.5e3, "s": "\\ud83d\\ude00", "e": {}, "l": []}';
    const v = valueOf(text);
    expect(v).toEqual(JSON.parse(text));
    expect(Object.keys(v as object)).toContain('__proto__');
  });
});

describe('parseDocuments: syntax errors', () => {
  it('reports a JSON error at its line and column with Go encoding/json wording', () => {
    const r = parseDocuments('{\n  "a": 1,\n  "b": }\n');
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toMatchObject({
      startLine: 3,
      startColumn: 8,
      message: "invalid character '}' looking for beginning of value",
    });
  });

  it('reports unexpected end of JSON input', () => {
    const r = parseDocuments('{"a": [1, 2');
    expect(r.errors[0]?.message).toBe('unexpected end of JSON input');
    expect(r.errors[0]?.startLine).toBe(1);
  });

  it('reports missing commas and bad escapes in JSON', () => {
    expect(parseDocuments('{"a": 1 "b": 2}').errors[0]?.message).toBe(
      `invalid character '"' after object key:value pair`,
    );
    expect(parseDocuments('{"a": "\\q"}').errors[0]?.message).toBe("invalid character 'q' in string escape code");
    expect(parseDocuments('{"a": tru}').errors[0]?.message).toMatch(/in literal true/);
  });

  it('reports a YAML error at its line and column', () => {
    const r = parseDocuments('metadata:\n  name: x\n spec: 1\n');
    expect(r.errors.length).toBeGreaterThan(0);
    expect(r.errors[0]?.startLine).toBe(3);
    expect(r.errors[0]?.message).not.toMatch(/\n/);
  });

  it('keeps the error in the document it belongs to', () => {
    const r = parseDocuments('a: 1\n---\nb: [1, 2\n');
    expect(r.documents[0]?.errors).toEqual([]);
    expect(r.documents[1]?.errors.length).toBeGreaterThan(0);
  });

  it('turns duplicate keys into warnings, the last value winning as kubectl reads it', () => {
    const y = parseDocuments('a: 1\na: 2\n');
    expect(y.errors).toEqual([]);
    expect(y.warnings[0]).toMatchObject({ code: 'DUPLICATE_KEY', startLine: 2 });
    expect(y.documents[0]?.value).toEqual({ a: 2 });
    const j = parseDocuments('{"a": 1,\n "a": 2}');
    expect(j.warnings[0]).toMatchObject({ code: 'DUPLICATE_KEY', startLine: 2, message: 'duplicate field "a"' });
    expect(j.documents[0]?.value).toEqual({ a: 2 });
  });

  it('never throws, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (s) => {
        const r = parseDocuments(s);
        expect(['json', 'yaml']).toContain(r.format);
        r.locate(['spec', 'ingress', 0]);
      }),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(
        fc.string({ maxLength: 200 }).map((s) => `{${s}`),
        (s) => {
          parseDocuments(s);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('reports excessive nesting instead of overflowing the stack', () => {
    expect(parseDocuments(`{"a":${'['.repeat(20000)}`).errors[0]?.message).toBe('exceeded max depth');
  });
});

describe('YAML scalars as Kubernetes (go-yaml v2) reads them', () => {
  it.each([
    ['yes', true],
    ['Y', true],
    ['on', true],
    ['No', false],
    ['OFF', false],
    ['n', false],
    ['true', true],
    ['~', null],
    ['null', null],
    ['', null],
    ['010', 8],
    ['0o17', 15],
    ['0x1F', 31],
    ['0b101', 5],
    ['-0b101', -5],
    ['1_000', 1000],
    ['08', 8],
    ['+12', 12],
    ['1e3', 1000],
    ['.5', 0.5],
    ['1.', 1],
    ['80', 80],
    ['1e999', '1e999'],
    ['2001-12-14', '2001-12-14'],
    ['192.168.1.1', '192.168.1.1'],
    ['yes please', 'yes please'],
    ['0x', '0x'],
    ['_1', '_1'],
    ["'010'", '010'],
    ['"yes"', 'yes'],
  ])('`v: %s` reads as %j', (text, expected) => {
    expect(valueOf(`v: ${text}`)).toEqual({ v: expected });
  });

  it('reads a key like yes as "true", as sigs.k8s.io/yaml converts it', () => {
    expect(valueOf('matchLabels:\n  yes: a\n  010: b\n')).toEqual({ matchLabels: { true: 'a', 8: 'b' } });
  });

  it('resolves anchors, aliases and << merge keys', () => {
    expect(valueOf('base: &b {app: web}\nsel: *b\nm:\n  <<: *b\n  tier: x\n')).toEqual({
      base: { app: 'web' },
      sel: { app: 'web' },
      m: { app: 'web', tier: 'x' },
    });
  });

  it('keeps goYamlNumber and the resolver in agreement', () => {
    expect(goYamlNumber('0777')).toBe(511);
    expect(goYamlNumber('9223372036854775808')).toBe(9223372036854775808);
    expect(goYamlNumber('abc')).toBeUndefined();
  });
});

describe('expandListItems', () => {
  it('unwraps kind: List and typed lists, nested ones too, with item paths', () => {
    const list = { kind: 'List', items: [{ kind: 'NetworkPolicy' }, { kind: 'NetworkPolicyList', items: [{ a: 1 }] }] };
    expect(expandListItems(list)).toEqual([
      { value: { kind: 'NetworkPolicy' }, path: ['items', 0] },
      { value: { a: 1 }, path: ['items', 1, 'items', 0] },
    ]);
    expect(expandListItems({ kind: 'NetworkPolicy' })).toEqual([{ value: { kind: 'NetworkPolicy' }, path: [] }]);
    expect(expandListItems({ kind: 'List' })).toEqual([{ value: { kind: 'List' }, path: [] }]);
  });
});

describe('parseDocuments: byte-order mark', () => {
  it('skips a leading BOM in JSON and YAML, keeping offsets of the given text', () => {
    const j = parseDocuments('\uFEFF{"a": 1}');
    expect(j.errors).toEqual([]);
    expect(j.documents[0]?.value).toEqual({ a: 1 });
    expect(j.locate(['a'])?.range.startOffset).toBe(7);
    const y = parseDocuments('\uFEFFa: 1\n');
    expect(y.documents[0]?.value).toEqual({ a: 1 });
  });

  it('reports JSON duplicate keys lazily on the fast path too', () => {
    const r = parseDocuments('{"a": 1, "a": 2}');
    expect(r.documents[0]?.warnings.map((w) => w.message)).toEqual(['duplicate field "a"']);
    expect(r.warnings).toHaveLength(1);
  });
});
