// Cases after client-go's TestParseWarningHeader / TestParseWarningHeaders (apimachinery util/net).
import { describe, expect, it } from 'vitest';
import { parseWarningHeader, parseWarningHeaders } from './warning-header';

describe('parseWarningHeader', () => {
  it.each([
    ['299 - "text"', { code: 299, agent: '-', text: 'text' }, ''],
    ['  299 - "text\\"\\\\"  ', { code: 299, agent: '-', text: 'text"\\' }, ''],
    ['299 - "text" "Tue, 15 Nov 1994 08:12:31 GMT"', { code: 299, agent: '-', text: 'text' }, ''],
    ['299 - "text", 299 - "second"', { code: 299, agent: '-', text: 'text' }, '299 - "second"'],
    [
      '299 kube-apiserver "unknown field \\"spec.foo\\""',
      { code: 299, agent: 'kube-apiserver', text: 'unknown field "spec.foo"' },
      '',
    ],
  ])('%s', (header, warning, rest) => {
    expect(parseWarningHeader(header)).toEqual({ warning, rest });
  });

  it.each([
    ['', 'fewer than 3 segments'],
    ['299 -', 'fewer than 3 segments'],
    ['29 - "text"', 'code not 3 digits'],
    ['299 - text', 'unquoted text'],
    ['299 - "text', 'unterminated text'],
    ['299 - "a\u0007b"', 'control character in text'],
    ['299 - "text" "date', 'unterminated date'],
    ['299 - "text" junk', 'unexpected token after the text'],
  ])('rejects %j (%s)', (header) => {
    expect(parseWarningHeader(header)).toBeUndefined();
  });
});

describe('parseWarningHeaders', () => {
  it('reads comma-joined and repeated headers in order, skipping the rest of a malformed header', () => {
    expect(
      parseWarningHeaders(['299 - "a", 299 - "b, with comma"', '299 - "c", bad, 299 - "never"', '299 - "d"']).map(
        (w) => w.text,
      ),
    ).toEqual(['a', 'b, with comma', 'c', 'd']);
  });
});
