import { describe, expect, it } from 'vitest';
import {
  FieldPath,
  errorString,
  goNumber,
  goQuote,
  goString,
  invalid,
  notSupported,
  parseFieldPath,
  required,
  tooLong,
} from './field';

describe('FieldPath', () => {
  it('formats children, indexes and keys as apimachinery does', () => {
    const p = FieldPath.of('spec').child('ingress').index(0).child('ports').index(1).child('port');
    expect(p.toString()).toBe('spec.ingress[0].ports[1].port');
    expect(FieldPath.of('metadata').child('annotations').key('a/b').toString()).toBe('metadata.annotations[a/b]');
  });
  it('parses formatted paths back into segments', () => {
    expect(parseFieldPath('spec.ingress[0].ports[1].port')).toEqual(['spec', 'ingress', 0, 'ports', 1, 'port']);
  });
});

describe('error messages', () => {
  it('renders each type like ErrorBody', () => {
    const p = FieldPath.of('spec', 'ingress').index(0).child('ports').index(0);
    expect(errorString(invalid(p.child('port'), goNumber(70000), 'must be between 1 and 65535, inclusive'))).toBe(
      'spec.ingress[0].ports[0].port: Invalid value: 70000: must be between 1 and 65535, inclusive',
    );
    expect(
      errorString(notSupported(p.child('protocol'), { kind: 'json', value: 'ICMP' }, ['TCP', 'UDP', 'SCTP'])),
    ).toBe('spec.ingress[0].ports[0].protocol: Unsupported value: "ICMP": supported values: "TCP", "UDP", "SCTP"');
    expect(errorString(required(FieldPath.of('metadata', 'name'), 'name or generateName is required'))).toBe(
      'metadata.name: Required value: name or generateName is required',
    );
    expect(errorString(tooLong(FieldPath.of('metadata', 'annotations'), 262144))).toBe(
      'metadata.annotations: Too long: may not be more than 262144 bytes',
    );
    expect(errorString(invalid(FieldPath.of('metadata', 'name'), goString('a"b'), 'x'))).toBe(
      'metadata.name: Invalid value: "a\\"b": x',
    );
  });
  it('quotes like Go %q', () => {
    expect(goQuote('a\nb\x01')).toBe('"a\\nb\\x01"');
  });
});
