// Ports of apimachinery util/validation/validation_test.go (IsDNS1123Label/Subdomain, IsValidPortNum,
// IsValidPortName, IsQualifiedName, IsValidLabelValue) plus the exact messages of v1.36.
import { describe, expect, it } from 'vitest';
import {
  DNS1123_LABEL_ERROR,
  DNS1123_SUBDOMAIN_ERROR,
  LABEL_KEY_NAME_ERROR,
  LABEL_KEY_SLASHES_ERROR,
  LABEL_VALUE_ERROR,
  isDNS1123Label,
  isDNS1123Subdomain,
  isQualifiedName,
  isValidLabelValue,
  isValidPortName,
  isValidPortNum,
  regexError,
  utf8Len,
} from './strings';

const r = (c: string, n: number): string => c.repeat(n);

describe('TestIsDNS1123Label', () => {
  const good = ['a', 'ab', 'abc', 'a1', 'a-1', 'a--1--2--b', '0', '01', '012', '1a', '1-a', '1--a--b--2', r('a', 63)];
  const bad = [
    ...['', 'A', 'ABC', 'aBc', 'A1', 'A-1', '1-A', '-', 'a-', '-a', '1-', '-1'],
    ...['_', 'a_', '_a', 'a_b', '1_', '_1', '1_2', '.', 'a.', '.a', 'a.b', '1.', '.1', '1.2'],
    ...[' ', 'a ', ' a', 'a b', '1 ', ' 1', '1 2', r('a', 64)],
  ];
  it.each(good)('accepts %j', (v) => expect(isDNS1123Label(v)).toEqual([]));
  it.each(bad)('rejects %j', (v) => expect(isDNS1123Label(v).length).toBeGreaterThan(0));
  it('says "must not contain dots" for a valid subdomain, the regex message otherwise', () => {
    expect(isDNS1123Label('a.b')).toEqual(['must not contain dots']);
    expect(isDNS1123Label('A')).toEqual([DNS1123_LABEL_ERROR]);
    expect(isDNS1123Label(r('a', 64))).toEqual(['must be no more than 63 characters']);
    expect(DNS1123_LABEL_ERROR).toBe(
      "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')",
    );
  });
});

describe('TestIsDNS1123Subdomain', () => {
  const good = [
    ...['a', 'ab', 'abc', 'a1', 'a-1', 'a--1--2--b', '0', '01', '012', '1a', '1-a', '1--a--b--2'],
    ...['a.a', 'ab.a', 'abc.a', 'a1.a', 'a-1.a', 'a--1--2--b.a', 'a.1', 'ab.1', 'abc.1', 'a1.1', 'a-1.1'],
    ...['a--1--2--b.1', '0.a', '01.a', '012.a', '1a.a', '1-a.a', '1--a--b--2', '0.1', '01.1', '012.1', '1a.1'],
    ...['1-a.1', '1--a--b--2.1', 'a.b.c.d.e', 'aa.bb.cc.dd.ee', '1.2.3.4.5', '11.22.33.44.55', r('a', 253)],
  ];
  const bad = [
    ...['', 'A', 'ABC', 'aBc', 'A1', 'A-1', '1-A', '-', 'a-', '-a', '1-', '-1', '_', 'a_', '_a', 'a_b', '1_'],
    ...['_1', '1_2', '.', 'a.', '.a', 'a..b', '1.', '.1', '1..2', ' ', 'a ', ' a', 'a b', '1 ', ' 1', '1 2'],
    ...['A.a', 'aB.a', 'ab.A', 'A1.a', 'a1.A', 'A.1', 'aB.1', 'A1.1', '1A.1', '0.A', '01.A', '012.A', '1A.a'],
    ...['1a.A', 'A.B.C.D.E', 'AA.BB.CC.DD.EE', 'a.B.c.d.e', 'aa.bB.cc.dd.ee', 'a@b', 'a,b', 'a_b', 'a;b'],
    ...['a:b', 'a%b', 'a?b', 'a$b', r('a', 254)],
  ];
  it.each(good)('accepts %j', (v) => expect(isDNS1123Subdomain(v)).toEqual([]));
  it.each(bad)('rejects %j', (v) => expect(isDNS1123Subdomain(v).length).toBeGreaterThan(0));
  it('gives both messages for a long invalid name; a 253-character single label is fine', () => {
    expect(isDNS1123Subdomain(r('A', 254))).toEqual(['must be no more than 253 characters', DNS1123_SUBDOMAIN_ERROR]);
    expect(isDNS1123Subdomain(r('a', 100))).toEqual([]);
    expect(DNS1123_SUBDOMAIN_ERROR).toBe(
      "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')",
    );
  });
  it('counts length in UTF-8 bytes, as Go len()', () => {
    expect(utf8Len('é')).toBe(2);
    expect(utf8Len('😀')).toBe(4);
    expect(isDNS1123Subdomain(r('é', 127))[0]).toBe('must be no more than 253 characters');
  });
  it('stays linear on a huge hostile input', () => {
    const start = Date.now();
    expect(isDNS1123Subdomain(`${'a-'.repeat(200_000)}!`).length).toBe(2);
    expect(Date.now() - start).toBeLessThan(2000);
  });
});

describe('TestIsValidPortNum', () => {
  it.each([1, 2, 1000, 16384, 32768, 65535])('accepts %d', (v) => expect(isValidPortNum(v)).toEqual([]));
  it.each([0, -1, 65536, 100000])('rejects %d', (v) =>
    expect(isValidPortNum(v)).toEqual(['must be between 1 and 65535, inclusive']),
  );
});

describe('TestIsValidPortName', () => {
  const good = ['telnet', 're-mail-ck', 'pop3', 'a', 'a-1', '1-a', 'a-1-b-2-c', '1-a-2-b-3'];
  const bad = [
    'longerthan15characters',
    '',
    r('a', 16),
    '12345',
    '1-2-3-4',
    '-begin',
    'end-',
    'two--hyphens',
    'whois++',
  ];
  it.each(good)('accepts %j', (v) => expect(isValidPortName(v)).toEqual([]));
  it.each(bad)('rejects %j', (v) => expect(isValidPortName(v).length).toBeGreaterThan(0));
  it('reports each failed rule separately', () => {
    expect(isValidPortName('!@#$')).toEqual([
      'must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)',
      'must contain at least one letter (a-z)',
    ]);
    expect(isValidPortName('')).toEqual([
      'must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)',
      'must contain at least one letter (a-z)',
    ]);
    expect(isValidPortName('80')).toEqual(['must contain at least one letter (a-z)']);
    expect(isValidPortName('-a--')).toEqual([
      'must not contain consecutive hyphens',
      'must not begin or end with a hyphen',
    ]);
    expect(isValidPortName('HTTP')).toEqual([
      'must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)',
      'must contain at least one letter (a-z)',
    ]);
    expect(isValidPortName(r('a', 16))).toEqual(['must be no more than 15 characters']);
  });
});

describe('TestIsQualifiedName', () => {
  const good = [
    ...['simple', 'now-with-dashes', '1-starts-with-num', '1234', 'simple/simple', 'now-with-dashes/simple'],
    ...['now-with-dashes/now-with-dashes', 'now.with.dots/simple', 'now-with.dashes-and.dots/simple'],
    ...['1-num.2-num/3-num', '1234/5678', '1.2.3.4/5678', 'Uppercase_Is_OK_123', 'example.com/Uppercase_Is_OK_123'],
    ...['requests.storage-foo', r('a', 63), `${r('a', 253)}/${r('b', 63)}`],
  ];
  const bad = [
    ...['nospecialchars%^=@', 'cantendwithadash-', '-cantstartwithadash-', 'only/one/slash', 'Example.com/abc'],
    ...['example_com/abc', 'example.com/', '/simple', r('a', 64), `${r('a', 254)}/abc`],
  ];
  it.each(good)('accepts %j', (v) => expect(isQualifiedName(v)).toEqual([]));
  it.each(bad)('rejects %j', (v) => expect(isQualifiedName(v).length).toBeGreaterThan(0));
  it('gives the v1.36 messages', () => {
    expect(isQualifiedName('only/one/slash')).toEqual([LABEL_KEY_SLASHES_ERROR]);
    expect(isQualifiedName('example.com/')).toEqual(['name part must be non-empty', LABEL_KEY_NAME_ERROR]);
    expect(isQualifiedName('/simple')).toEqual(['prefix part must be non-empty']);
    expect(isQualifiedName('Example.com/abc')).toEqual([`prefix part ${DNS1123_SUBDOMAIN_ERROR}`]);
    expect(isQualifiedName(`${r('a', 254)}/abc`)).toEqual(['prefix part must be no more than 253 bytes']);
    expect(isQualifiedName(r('a', 64))).toEqual(['name part must be no more than 63 bytes']);
    expect(LABEL_KEY_SLASHES_ERROR).toBe(
      "a valid label key must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]') with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')",
    );
  });
});

describe('TestIsValidLabelValue', () => {
  const good = ['simple', 'now-with-dashes', '1-starts-with-num', 'end-with-num-1', '1234', r('a', 63), ''];
  const bad = [
    ...['nospecialchars%^=@', 'Tama-nui-te-rā.is.Māori.sun', '\\backslashes\\are\\bad', '-starts-with-dash'],
    ...['ends-with-dash-', '.starts.with.dot', 'ends.with.dot.', r('a', 64)],
  ];
  it.each(good)('accepts %j', (v) => expect(isValidLabelValue(v)).toEqual([]));
  it.each(bad)('rejects %j', (v) => expect(isValidLabelValue(v).length).toBeGreaterThan(0));
  it('gives the v1.36 messages', () => {
    expect(isValidLabelValue(r('a', 64))).toEqual(['must be no more than 63 bytes']);
    expect(isValidLabelValue(`-${r('a', 64)}`)).toEqual(['must be no more than 63 bytes', LABEL_VALUE_ERROR]);
    expect(LABEL_VALUE_ERROR).toBe(
      "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')",
    );
  });
});

describe('regexError', () => {
  it('formats like validation.RegexError', () => {
    expect(regexError('msg', 're')).toBe("msg (regex used for validation is 're')");
    expect(regexError('msg', 're', 'a', 'b')).toBe("msg (e.g. 'a',  or 'b', regex used for validation is 're')");
  });
});
