// Property tests of toYAML's fast emitter: every JSON value (unicode strings, tricky scalars,
// NetworkPolicy shapes) reads back equal through parseDocuments, and ordinary policies print
// byte for byte as the yaml-library path does.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseDocuments } from './parse';
import { toYAML, toYAMLWithLibrary } from './serialize';
import { emitYAML } from './yaml-emit';

/** -0 exists in neither JSON text nor Go's decoded values: both emitters print it as 0. */
const hasNegativeZero = (v: unknown): boolean =>
  Object.is(v, -0) || (typeof v === 'object' && v !== null && Object.values(v).some(hasNegativeZero));

function expectRoundTrip(x: unknown, text = toYAML(x)): void {
  const r = parseDocuments(text);
  expect(r.errors).toEqual([]);
  expect(r.documents).toHaveLength(1);
  expect(r.documents[0]?.value).toEqual(x);
}

/** Strings that need quoting, escapes or a block scalar under go-yaml v2 rules, and near misses. */
const TRICKY = [
  ...['yes', 'Yes', 'NO', 'on', 'Off', 'y', 'N', 'true', 'False', '~', 'null', 'Null', 'NULL', ''],
  ...['010', '0x1F', '0o17', '0b101', '1_000', '1e3', '1E-3', '+1', '-1', '.5', '5.', '80', '0', '1e999'],
  ...['.inf', '-.Inf', '+.INF', '.nan', '.NaN', '1:20', '-1:20:30.5', '190:20:30', '<<', '<< ', '=', '0.'],
  ...['2001-12-14', '2001-12-14T21:59:43.10-05:00', '2001-12-14 21:59:43.10', '2024-05-01T10:00:00Z', '1234-'],
  ...['---', '...', '--- x', '%YAML', '- a', '-', '-a', '? x', '?', '?x', ': x', ':', ':x', 'a:', 'a: b', 'a:b'],
  ...['#c', 'a #b', 'a#b', '&a', '*a', '!t', '!!str', '|x', '>x', '%x', '@x', '`x', ',a', 'a,b', '[a]', '{a}'],
  ...['"q"', "'q'", 'a\'b"c', "it's", 'say "hi"', ' ', '  ', ' lead', 'trail ', '\tb', 'a\t', 'a\tb'],
  ...['line1\nline2', 'trailing\n', 'two\n\n', 'three\n\n\n', '\nleading', '\n', '\n\n', '  indented\nx'],
  ...['x\n  \ny', 'x\n\ny', 'x\r\ny', '\r', 'end space \n', 'a\n b', 'a\n#b', 'a\n---\nb', '---\n...', 'é\nü'],
  ...['é ☃ 😀', '\u0000\u0007', '\u001b[0m', '\u0085', 'a\u2028b', '\u2029', '\uFEFFbom', '\uFFFF', '\u00a0'],
  ...['\u00a0{a}', '\u3000[a]', '\u2003', '\u202f- x'],
  ...['\ud800', 'x\udc00', '\ud83d\ude00', '\u200b', 'k'.repeat(300), `${'long '.repeat(30)}\n${'x'.repeat(90)}`],
];
const tricky = fc.constantFrom(...TRICKY);
const trickyJoined = fc.array(tricky, { minLength: 1, maxLength: 3 }).map((parts) => parts.join(''));
const anyString = fc.oneof(
  tricky,
  trickyJoined,
  fc.string({ unit: 'binary' }),
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: fc.constantFrom(...' \t\n\r:#-?\'"|>{}[],&*!%@`~.0123456789abeoxyn'.split('')) }),
);

const trickyJson = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    anyString,
    fc.boolean(),
    fc.constant(null),
    fc.integer(),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(anyString, tie('value'), { maxKeys: 4 }),
  ),
})).value;

/** NetworkPolicy-shaped objects whose strings come from `str` and whose ports may be numbers. */
function policyOf(str: fc.Arbitrary<string>): fc.Arbitrary<Record<string, unknown>> {
  const labels = fc.dictionary(str, str, { maxKeys: 3 });
  const selector = fc.record(
    {
      matchLabels: labels,
      matchExpressions: fc.array(
        fc.record({
          key: str,
          operator: fc.constantFrom('In', 'NotIn', 'Exists'),
          values: fc.array(str, { maxLength: 3 }),
        }),
        { maxLength: 2 },
      ),
    },
    { requiredKeys: [] },
  );
  const peer = fc.record(
    { podSelector: selector, namespaceSelector: selector, ipBlock: fc.record({ cidr: str, except: fc.array(str) }) },
    { requiredKeys: [] },
  );
  const port = fc.record(
    {
      protocol: fc.constantFrom('TCP', 'UDP', 'SCTP'),
      port: fc.oneof(fc.integer({ min: 1, max: 65535 }), str),
      endPort: fc.nat(),
    },
    { requiredKeys: [] },
  );
  const rule = (peers: string) =>
    fc.record(
      { ports: fc.array(port, { maxLength: 3 }), [peers]: fc.array(peer, { maxLength: 3 }) },
      { requiredKeys: [] },
    );
  return fc.record({
    apiVersion: fc.constant('networking.k8s.io/v1'),
    kind: fc.constant('NetworkPolicy'),
    metadata: fc.record({ name: str, namespace: str, labels, annotations: labels }, { requiredKeys: ['name'] }),
    spec: fc.record(
      {
        podSelector: selector,
        ingress: fc.array(rule('from'), { maxLength: 3 }),
        egress: fc.array(rule('to'), { maxLength: 3 }),
        policyTypes: fc.subarray(['Ingress', 'Egress']),
      },
      { requiredKeys: ['podSelector'] },
    ),
  });
}

/** Names as they appear in ordinary policies: DNS labels, label keys with prefixes, CIDRs, numbers-as-text. */
const ordinary = fc.oneof(
  fc.stringMatching(/^[a-z]([-a-z0-9]{0,10}[a-z0-9])?$/),
  fc.stringMatching(/^[a-z0-9.]{1,12}\/[A-Za-z0-9_.-]{1,12}$/),
  fc.stringMatching(/^[A-Za-z0-9]([-A-Za-z0-9_.]{0,8}[A-Za-z0-9])?$/),
  fc.constantFrom('', '10.0.0.0/8', '0.0.0.0/0', 'yes', 'true', '80', '1.0', 'a b', 'x:y', 'multi\nline\n'),
);

describe('toYAML round trips through parseDocuments', () => {
  it('any JSON value with unicode strings (fc.jsonValue), alone, in a map and in a list', () => {
    const json = fc.oneof(fc.jsonValue({ stringUnit: 'binary' }), fc.jsonValue({ stringUnit: 'grapheme' }));
    fc.assert(
      fc.property(json, (x) => {
        fc.pre(!hasNegativeZero(x));
        expectRoundTrip(x);
        expectRoundTrip({ v: x, [typeof x === 'string' ? x : 'k']: [x] });
      }),
      { numRuns: 1500 },
    );
  });

  it('tricky strings as keys and values at every depth, always through the fast emitter', () => {
    fc.assert(
      fc.property(anyString, anyString, (k, v) => {
        const x = { [k]: v, list: [v, [v], { [v]: k }], nested: { [v]: [k, { [k]: v }] } };
        const text = emitYAML(x);
        expect(text).toBeDefined();
        expectRoundTrip(x, text);
      }),
      { numRuns: 3000 },
    );
  });

  it('nested JSON values built from tricky strings', () => {
    fc.assert(
      fc.property(trickyJson, (x) => {
        fc.pre(!hasNegativeZero(x));
        expectRoundTrip(x);
        expectRoundTrip([x]);
      }),
      { numRuns: 2000 },
    );
  });

  it('NetworkPolicy-shaped objects with tricky strings everywhere', () => {
    fc.assert(
      fc.property(policyOf(anyString), (p) => {
        const text = emitYAML(p);
        expect(text).toBeDefined();
        expectRoundTrip(p, toYAML(p));
      }),
      { numRuns: 1000 },
    );
  });
});

describe('toYAML prints ordinary policies exactly as the yaml-library path', () => {
  it('byte for byte, in kubectl and go-yaml key order', () => {
    fc.assert(
      fc.property(policyOf(ordinary), (p) => {
        expect(toYAML(p)).toBe(toYAMLWithLibrary(p));
        expect(toYAML(p, { keyOrder: 'kubectl-yaml' })).toBe(toYAMLWithLibrary(p, { keyOrder: 'kubectl-yaml' }));
        expectRoundTrip(p);
      }),
      { numRuns: 600 },
    );
  });
});
