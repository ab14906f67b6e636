// Ports of apimachinery util/validation/ip_test.go TestIsValidCIDR and TestIsValidIP: each value
// against IsValidCIDR (strict, canonical), the legacy check without and with strict validation, and
// the legacy check with the value grandfathered; plus the Go parser traps (sloppy vs netip).
import { describe, expect, it } from 'vitest';
import { isValidCIDR, isValidCIDRForLegacyField, isValidIP, isValidIPForLegacyField } from './ip';
import { ipNetString } from './ip-format';
import { netContains, parseCIDRSloppy } from './ip-parse';

interface Case {
  name: string;
  in: string;
  err?: string;
  legacyErr?: string;
  legacyStrictErr?: string;
}

const cidrCases: Case[] = [
  { name: 'ipv4', in: '1.0.0.0/8' },
  { name: 'ipv4, all IPs', in: '0.0.0.0/0' },
  { name: 'ipv4, single IP', in: '1.1.1.1/32' },
  { name: 'ipv6', in: '2001:4860:4860::/48' },
  { name: 'ipv6, all IPs', in: '::/0' },
  { name: 'ipv6, single IP', in: '::1/128' },
  {
    name: 'ipv6, extra 0s (non-canonical)',
    in: '2a00:79e0:2:0::/64',
    err: 'must be in canonical form ("2a00:79e0:2::/64")',
  },
  {
    name: 'ipv6, capital letters (non-canonical)',
    in: '2001:DB8::/64',
    err: 'must be in canonical form ("2001:db8::/64")',
  },
  ...(
    [
      ['ipv4 with leading 0s', '1.1.01.0/24', 'must not have leading 0s in IP'],
      ['ipv4-in-ipv6 with ipv4-sized prefix', '::ffff:1.1.1.0/24', 'must not have an IPv4-mapped IPv6 address'],
      ['ipv4-in-ipv6 with ipv6-sized prefix', '::ffff:1.1.1.0/120', 'must not have an IPv4-mapped IPv6 address'],
      ['ipv4 ifaddr', '1.2.3.4/24', 'must not have bits set beyond the prefix length'],
      ['ipv6 ifaddr', '2001:db8::1/64', 'must not have bits set beyond the prefix length'],
      ['prefix length with leading 0s', '192.168.0.0/016', 'must not have leading 0s'],
    ] as const
  ).map(([name, input, e]) => ({ name, in: input, err: e, legacyStrictErr: e })),
  ...(
    [
      ['empty string', ''],
      ['junk', 'aaaaaaa'],
      ['IP address', '1.2.3.4'],
      ['partial URL', '192.168.0.1/healthz'],
      ['partial URL 2', '192.168.0.1/0/99'],
      ['negative prefix length', '192.168.0.0/-16'],
      ['prefix length with sign', '192.168.0.0/+16'],
    ] as const
  ).map(([name, input]) => ({
    name,
    in: input,
    err: 'must be a valid CIDR value',
    legacyErr: 'must be a valid CIDR value',
    legacyStrictErr: 'must be a valid CIDR value',
  })),
];

const ipCases: Case[] = [
  { name: 'ipv4', in: '1.2.3.4' },
  { name: 'ipv4, all zeros', in: '0.0.0.0' },
  { name: 'ipv4, max', in: '255.255.255.255' },
  { name: 'ipv6', in: '1234::abcd' },
  { name: 'ipv6, all zeros, collapsed', in: '::' },
  { name: 'ipv6, max', in: 'ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff' },
  { name: 'ipv6, all zeros, expanded (non-canonical)', in: '0:0:0:0:0:0:0:0', err: 'must be in canonical form ("::")' },
  { name: 'ipv6, leading 0s (non-canonical)', in: '0001:002:03:4::', err: 'must be in canonical form ("1:2:3:4::")' },
  { name: 'ipv6, capital letters (non-canonical)', in: '1234::ABCD', err: 'must be in canonical form ("1234::abcd")' },
  {
    name: 'ipv4 with leading 0s',
    in: '1.1.1.01',
    err: 'must not have leading 0s',
    legacyStrictErr: 'must not have leading 0s',
  },
  {
    name: 'ipv4-in-ipv6 value',
    in: '::ffff:1.1.1.1',
    err: 'must not be an IPv4-mapped IPv6 address',
    legacyStrictErr: 'must not be an IPv4-mapped IPv6 address',
  },
  ...(
    [
      ['empty string', ''],
      ['junk', 'aaaaaaa'],
      ['domain name', 'myhost.mydomain'],
      ['cidr', '1.2.3.0/24'],
      ['ipv4 with out-of-range octets', '1.2.3.400'],
      ['ipv4 with negative octets', '-1.0.0.0'],
      ['ipv6 with out-of-range segment', '2001:db8::10005'],
      ['ipv4:port', '1.2.3.4:80'],
      ['ipv6 with brackets', '[2001:db8::1]'],
      ['[ipv6]:port', '[2001:db8::1]:80'],
      ['host:port', 'example.com:80'],
      ['ipv6 with zone', '1234::abcd%eth0'],
      ['ipv4 with zone', '169.254.0.0%eth0'],
    ] as const
  ).map(([name, input]) => ({
    name,
    in: input,
    err: 'must be a valid IP address',
    legacyErr: 'must be a valid IP address',
    legacyStrictErr: 'must be a valid IP address',
  })),
];

function expectOne(errs: readonly { detail: string }[], want: string | undefined): void {
  if (want === undefined) expect(errs).toEqual([]);
  else {
    expect(errs).toHaveLength(1);
    expect(errs[0]?.detail).toContain(want);
  }
}

describe('TestIsValidCIDR', () => {
  const bad = cidrCases.filter((c) => c.legacyStrictErr !== undefined).map((c) => c.in);
  it.each(cidrCases)('$name ($in)', (c) => {
    expectOne(isValidCIDR('', c.in), c.err);
    expectOne(isValidCIDRForLegacyField('', c.in, false), c.legacyErr);
    expectOne(isValidCIDRForLegacyField('', c.in, true), c.legacyStrictErr);
    expect(isValidCIDRForLegacyField('', c.in, true, bad)).toEqual([]);
  });
});

describe('TestIsValidIP', () => {
  const bad = ipCases.filter((c) => c.legacyStrictErr !== undefined).map((c) => c.in);
  it.each(ipCases)('$name ($in)', (c) => {
    expectOne(isValidIP('', c.in), c.err);
    expectOne(isValidIPForLegacyField('', c.in, false), c.legacyErr);
    expectOne(isValidIPForLegacyField('', c.in, true), c.legacyStrictErr);
    expect(isValidIPForLegacyField('', c.in, true, bad)).toEqual([]);
  });
});

describe('legacy CIDR parsing (Go 1.16 net.ParseCIDR as forked in k8s.io/utils/net)', () => {
  it.each([
    ['010.001.002.000/8', 'must not have leading 0s in IP or prefix length'],
    ['::ffff:010.1.1.0/120', 'must not have leading 0s in IP or prefix length'],
    ['00001::/16', 'must not have leading 0s in IP or prefix length'],
    ['10.0.0.0/00', 'must not have leading 0s in IP or prefix length'],
    ['192.168.1.5/16', 'must not have bits set beyond the prefix length'],
    ['::ffff:1.1.1.0/96', 'must not have an IPv4-mapped IPv6 address'],
  ])('%s parses sloppily but fails strictly: %s', (v, msg) => {
    expect(isValidCIDRForLegacyField('x', v, false)).toEqual([]);
    expect(isValidCIDRForLegacyField('x', v, true).map((e) => e.detail)).toEqual([msg]);
  });
  it.each([
    '1.2.3.0/33',
    '::/129',
    '1.2.3/24',
    '1..2.3/8',
    '1:2:3:4:5:6:7:8:9/64',
    '1::2::3/64',
    ':1::/64',
    '1:/64',
    ' 1.0.0.0/8',
    '1.0.0.0/8 ',
    '1.0.0.0/',
  ])('%j does not parse', (v) => expect(parseCIDRSloppy(v)).toBeNull());
  it('accepts non-canonical IPv6 forms in the legacy field', () => {
    expect(isValidCIDRForLegacyField('x', '2001:DB8::/64')).toEqual([]);
    expect(isValidCIDRForLegacyField('x', '2a00:79e0:2:0::/64')).toEqual([]);
    expect(isValidCIDRForLegacyField('x', '1:2:3:4:5:6:1.2.3.0/120')).toEqual([]);
  });
  it('renders IPNet and checks containment as Go', () => {
    const net = (s: string) => parseCIDRSloppy(s)?.net;
    const mapped = net('::ffff:192.12.2.0/120');
    const wide = net('2a00:79e0:2:0::/64');
    expect(mapped && ipNetString(mapped)).toBe('192.12.2.0/24');
    expect(wide && ipNetString(wide)).toBe('2a00:79e0:2::/64');
    const n = net('192.168.0.0/16');
    const inner = net('192.168.3.0/24');
    const v6 = net('fd00::/64');
    expect(n && inner && netContains(n, inner.ip)).toBe(true);
    expect(n && v6 && netContains(n, v6.ip)).toBe(false);
  });
});
