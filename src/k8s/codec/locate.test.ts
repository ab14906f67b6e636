// Field path -> text range, for YAML and JSON, exact hits, bad-value hints and ancestor fallback.
import { describe, expect, it } from 'vitest';
import { FieldPath, parseFieldPath } from '../field';
import fc from 'fast-check';
import { parseDocuments } from './parse';
import { toJSON, toYAML } from './serialize';

const YAML = `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: web
  labels:
    app: web
    "bad key": v
spec:
  podSelector: {}
  ingress:
  - ports:
    - protocol: TCP
      port: 70000
    from:
    - ipBlock:
        cidr: 10.0.0.0/8
        except: [10.1.0.0/16, 10.2.0.0/16]
  policyTypes:
  - Ingress
`;

const JSON_TEXT = JSON.stringify(parseDocuments(YAML).documents[0]?.value, null, 2);

/** The text a range covers. */
const textAt = (text: string, r: { startOffset: number; endOffset: number } | undefined): string =>
  r === undefined ? '<none>' : text.slice(r.startOffset, r.endOffset);

describe.each([
  ['yaml', YAML],
  ['json', JSON_TEXT],
])('locate in %s', (format, text) => {
  const parsed = parseDocuments(text);
  const q = (s: string): string => (format === 'json' ? `"${s}"` : s);

  it('finds a scalar value exactly, with its key', () => {
    const hit = parsed.locate(
      FieldPath.of('spec').child('ingress').index(0).child('ports').index(0).child('port').toArray(),
    );
    expect(hit?.exact).toBe(true);
    expect(textAt(text, hit?.range)).toBe('70000');
    expect(textAt(text, hit?.keyRange)).toBe(q('port'));
    const line = text.split('\n').findIndex((l) => l.includes('70000')) + 1;
    expect(hit?.range.startLine).toBe(line);
    expect(hit?.range.startColumn).toBe((text.split('\n')[line - 1] ?? '').indexOf('70000') + 1);
  });

  it('finds paths given as strings through parseFieldPath', () => {
    const hit = parsed.locate(parseFieldPath('spec.ingress[0].from[0].ipBlock.except[1]'));
    expect(textAt(text, hit?.range)).toBe(q('10.2.0.0/16'));
    expect(textAt(text, parsed.locate(parseFieldPath('spec.policyTypes[0]'))?.range)).toBe(q('Ingress'));
  });

  it('points at the key of a map-valued path and spans its value', () => {
    const hit = parsed.locate(['metadata', 'labels']);
    expect(hit?.exact).toBe(true);
    expect(textAt(text, hit?.range)).toBe(q('labels'));
    expect(textAt(text, hit?.valueRange)).toContain('app');
  });

  it('finds a keyed segment (metadata.labels[app])', () => {
    const hit = parsed.locate(parseFieldPath('metadata.labels[app]'));
    expect(hit?.exact).toBe(true);
    expect(textAt(text, hit?.range)).toBe(q('web'));
  });

  it('puts the marker on the offending key or item when given the bad value', () => {
    expect(textAt(text, parsed.locate(['metadata', 'labels'], { badValue: 'bad key' })?.range)).toBe('"bad key"');
    expect(
      textAt(
        text,
        parsed.locate(['spec', 'ingress', 0, 'from', 0, 'ipBlock', 'except'], { badValue: '10.2.0.0/16' })?.range,
      ),
    ).toBe(q('10.2.0.0/16'));
  });

  it('falls back to the nearest existing ancestor for a missing field', () => {
    const hit = parsed.locate(['spec', 'ingress', 0, 'ports', 0, 'endPort']);
    expect(hit?.exact).toBe(false);
    expect(hit?.foundPath).toEqual(['spec', 'ingress', 0, 'ports', 0]);
    expect(hit?.range.startLine).toBe(hit?.range.endLine);
    const missingSpec = parsed.locate(['spec', 'egress', 0, 'to']);
    expect(missingSpec?.foundPath).toEqual(['spec']);
    expect(textAt(text, missingSpec?.range)).toBe(q('spec'));
  });

  it('returns the whole document for the empty path', () => {
    const hit = parsed.locate([]);
    expect(hit?.exact).toBe(true);
    expect(hit?.range.startLine).toBe(1);
  });
});

describe('locate: YAML specifics', () => {
  it('uses the right document of a multi-document stream', () => {
    const r = parseDocuments('a: 1\n---\nspec:\n  x: 2\n');
    expect(r.locate(['spec', 'x'], { document: 1 })?.range).toMatchObject({ startLine: 4, startColumn: 6 });
    expect(r.locate(['spec'], { document: 5 })).toBeUndefined();
  });

  it('follows aliases and merge keys to where the value is written', () => {
    const text = 'base: &b\n  app: web\nsel: *b\nm:\n  <<: *b\n  tier: x\n';
    const r = parseDocuments(text);
    expect(r.locate(['sel', 'app'])?.range.startLine).toBe(2);
    expect(r.locate(['m', 'app'])?.range.startLine).toBe(2);
    expect(r.locate(['m', 'tier'])?.range.startLine).toBe(6);
  });

  it('finds items of a List by their item path', () => {
    const text = 'kind: List\nitems:\n- kind: NetworkPolicy\n  spec:\n    podSelector: 5\n';
    expect(parseDocuments(text).locate(['items', 0, 'spec', 'podSelector'])?.range).toMatchObject({
      startLine: 5,
      startColumn: 18,
    });
  });

  it('answers many lookups on a large document', () => {
    const rules = Array.from({ length: 3000 }, (_, i) => `  - ports:\n    - port: ${i}\n`).join('');
    const r = parseDocuments(`spec:\n  ingress:\n${rules}`);
    for (let i = 0; i < 3000; i += 97)
      expect(r.locate(['spec', 'ingress', i, 'ports', 0, 'port'])?.range.startLine).toBe(4 + 2 * i);
  });
});

describe('locate: line endings', () => {
  it('counts CRLF line breaks as one line each', () => {
    const text = 'spec:\r\n  ingress:\r\n  - ports:\r\n    - port: 70000\r\n';
    expect(parseDocuments(text).locate(['spec', 'ingress', 0, 'ports', 0, 'port'])?.range).toMatchObject({
      startLine: 4,
      startColumn: 13,
      endLine: 4,
      endColumn: 18,
    });
    const json = '{\r\n  "spec": {\r\n    "x": 1\r\n  }\r\n}';
    expect(parseDocuments(json).locate(['spec', 'x'])?.range).toMatchObject({ startLine: 3, startColumn: 10 });
  });
});

/** Every path to a leaf of a value, with the leaf. */
function leaves(v: unknown, path: (string | number)[] = []): { path: (string | number)[]; leaf: unknown }[] {
  if (Array.isArray(v)) return v.flatMap((x, i) => leaves(x, [...path, i]));
  if (typeof v === 'object' && v !== null) return Object.entries(v).flatMap(([k, x]) => leaves(x, [...path, k]));
  return [{ path, leaf: v }];
}

describe('locate: properties', () => {
  it('finds every leaf of any JSON value exactly, in the JSON and YAML we print', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue({ maxDepth: 3 }), { minKeys: 1, maxKeys: 4 }), (x) => {
        const json = toJSON(x, { keyOrder: 'preserve' });
        const yaml = toYAML(x, { keyOrder: 'preserve' });
        const pj = parseDocuments(json);
        const py = parseDocuments(yaml);
        for (const { path, leaf } of leaves(x)) {
          const hj = pj.locate(path);
          expect(hj?.exact).toBe(true);
          // The JSON text at the range is the leaf itself.
          // JSON has no negative zero (JSON.stringify(-0) is "0"), so -0 reads back as 0.
          const expected = Object.is(leaf, -0) ? 0 : leaf;
          expect(JSON.parse(json.slice(hj?.valueRange.startOffset, hj?.valueRange.endOffset))).toEqual(expected);
          const hy = py.locate(path);
          expect(hy?.exact).toBe(true);
          expect(hy?.valueRange.endOffset).toBeLessThanOrEqual(yaml.length);
        }
      }),
      { numRuns: 200 },
    );
  });
});
