// How the fast YAML emitter writes single strings, as map values and as keys: plain, quoted (the
// go-yaml v2 words, numbers, indicators), double-quoted with escapes, or as literal blocks.
import { describe, expect, it } from 'vitest';
import { parseDocuments } from './parse';
import { toYAMLWithLibrary } from './serialize';
import { emitYAML } from './yaml-emit';

const value = (s: string): string | undefined => emitYAML({ k: s })?.replace(/^k: ?/, '');
const key = (s: string): string | undefined => emitYAML({ a: { [s]: 1 } })?.replace(/^a:\n {2}/, '');

/** [string, as a map value, same bytes as the library path] */
const VALUES: [string, string, boolean][] = [
  ['web', 'web\n', true],
  ['app.kubernetes.io/name', 'app.kubernetes.io/name\n', true],
  ['10.0.0.0/8', '10.0.0.0/8\n', true],
  ['yess', 'yess\n', true],
  ['nulls', 'nulls\n', true],
  ...['y', 'Y', 'yes', 'Yes', 'YES', 'n', 'N', 'no', 'NO', 'on', 'On', 'off', 'OFF', 'true', 'False']
    .concat(['null', 'Null', 'NULL', '~', ''])
    .map((s): [string, string, boolean] => [s, `"${s}"\n`, true]),
  ...[
    '010',
    '0x1F',
    '0o17',
    '0b101',
    '1_000',
    '1e3',
    '.5',
    '-1',
    '+1',
    '80',
    '.inf',
    '-.Inf',
    '.nan',
    '1:20',
    '<<',
  ].map((s): [string, string, boolean] => [s, `"${s}"\n`, true]),
  ['1e999', '1e999\n', true],
  ['2024-05-01T10:00:00Z', '"2024-05-01T10:00:00Z"\n', false],
  ['2001-12-14', '"2001-12-14"\n', false],
  ...[
    '- a',
    '-',
    '?',
    '? x',
    'a: b',
    'a:',
    'a #b',
    '#c',
    '&a',
    '*a',
    '!t',
    '|x',
    '>x',
    '%x',
    '@x',
    '`x',
    ',a',
    '[a]',
    '{a}',
  ]
    .concat([' lead', 'trail ', '\tx', 'x\t'])
    .map((s): [string, string, boolean] => [s, `"${s.replace(/\t/g, '\\t')}"\n`, true]),
  ['a:b', 'a:b\n', true],
  ['a#b', 'a#b\n', true],
  ['-a', '-a\n', true],
  ['---', '---\n', true],
  ['say "hi"', 'say "hi"\n', true],
  ['say: "hi"', `'say: "hi"'\n`, true],
  ['"q"', `'"q"'\n`, true],
  ["it's", "it's\n", true],
  ["'q'\"", '"\'q\'\\""\n', true],
  ['é ☃ 😀', 'é ☃ 😀\n', true],
  ['\u0000\u0007\b\u001b\u0001', '"\\0\\a\\b\\e\\x01"\n', true],
  ['one\ntwo', '|-\n  one\n  two\n', true],
  ['one\ntwo\n', '|\n  one\n  two\n', true],
  ['one\n\ntwo\n\n', '|+\n  one\n\n  two\n\n', true],
  ['a\n#b\n---\n', '|\n  a\n  #b\n  ---\n', true],
  [' lead\nx', '" lead\\nx"\n', false],
  ['\nleading', '"\\nleading"\n', false],
  ['x\n  \ny', '"x\\n  \\ny"\n', false],
  ['x\r\ny', '"x\\r\\ny"\n', true],
  ['\ud800x', '"\\ud800x"\n', true],
  // A leading Unicode space (Go's unicode.IsSpace, not YAML's) would let kubectl take `\u00a0{a}: x`
  // for JSON; quoted, the first character of the document is `"` (found by the property test in CI).
  ...['\u00a0{a}', '\u3000[a]', '\u2003x', '\u202f', '\u1680y'].map((s): [string, string, boolean] => [
    s,
    `"${s}"\n`,
    true,
  ]),
  ['x\u00a0', 'x\u00a0\n', true],
];

describe('strings as map values', () => {
  it.each(VALUES)('%j', (s, expected, sameAsLibrary) => {
    expect(value(s)).toBe(expected);
    expect(parseDocuments(`k: ${expected}`).documents[0]?.value).toEqual({ k: s });
    if (sameAsLibrary) expect(`k: ${expected}`).toBe(toYAMLWithLibrary({ k: s }));
  });
});

describe('strings as keys', () => {
  it('quotes the same words and indicators, and never writes a key as a block', () => {
    expect(key('app')).toBe('app: 1\n');
    expect(key('yes')).toBe('"yes": 1\n');
    expect(key('010')).toBe('"010": 1\n');
    expect(key('')).toBe('"": 1\n');
    expect(key('a: b')).toBe('"a: b": 1\n');
    expect(key('one\ntwo\n')).toBe('"one\\ntwo\\n": 1\n');
    expect(key('say: "hi"')).toBe(`'say: "hi"': 1\n`);
    for (const s of ['app', 'yes', '010', '', 'a: b', 'one\ntwo\n', 'say: "hi"', '---', '...x']) {
      expect(emitYAML({ a: { [s]: 1 } })).toBe(toYAMLWithLibrary({ a: { [s]: 1 } }));
    }
  });

  it('quotes a key that starts with a Unicode space, so the document never looks like JSON to kubectl', () => {
    const doc = { '\u00a0{a}': '' };
    const text = emitYAML(doc);
    expect(text).toBe('"\u00a0{a}": ""\n');
    expect(text).toBe(toYAMLWithLibrary(doc));
    const parsed = parseDocuments(text ?? '');
    expect(parsed.format).toBe('yaml');
    expect(parsed.errors).toEqual([]);
    expect(parsed.documents[0]?.value).toEqual(doc);
  });

  it('quotes document markers only at column 0', () => {
    expect(emitYAML({ '---': 1, '...x': 2 })).toBe('"---": 1\n"...x": 2\n');
    expect(key('---')).toBe('---: 1\n');
    expect(emitYAML([{ '---': 1 }])).toBe('- ---: 1\n');
  });
});
