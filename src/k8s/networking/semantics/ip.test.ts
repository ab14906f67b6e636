import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cidrContains, cidrOverlaps, cidrWithin, formatIP, parseCidr, parseIP } from './ip';

const ip = (s: string) => {
  const v = parseIP(s);
  if (v === null) throw new Error(`bad ip ${s}`);
  return v;
};
const cidr = (s: string) => {
  const v = parseCidr(s);
  if (v === null) throw new Error(`bad cidr ${s}`);
  return v;
};

describe('parseIP', () => {
  it.each([
    ['10.0.0.1', '10.0.0.1'],
    ['255.255.255.255', '255.255.255.255'],
    ['::', '::'],
    ['::1', '::1'],
    ['2001:db8::1', '2001:db8::1'],
    ['2001:DB8:0:0:0:0:0:1', '2001:db8::1'],
    ['fe80::1:2', 'fe80::1:2'],
    ['1:0:0:1:0:0:0:1', '1:0:0:1::1'],
    ['::ffff:10.1.2.3', '10.1.2.3'],
    ['::ffff:a01:203', '10.1.2.3'],
    ['64:ff9b::192.0.2.33', '64:ff9b::c000:221'],
    ['1:2:3:4:5:6:7:8', '1:2:3:4:5:6:7:8'],
  ])('%s -> %s', (s, want) => {
    expect(formatIP(ip(s))).toBe(want);
  });

  it.each([
    '',
    '10.0.0',
    '10.0.0.256',
    '010.0.0.1',
    '1.2.3.4.5',
    '1::2::3',
    '1:2:3:4:5:6:7:8:9',
    '12345::',
    'fe80::1%eth0',
    ':1',
    'g::1',
    '1:2:3:4:5:6:7::8',
  ])('rejects %j', (s) => {
    expect(parseIP(s)).toBeNull();
  });

  it('marks IPv4 and IPv4-mapped addresses as IPv4', () => {
    expect(ip('10.0.0.1').v4).toBe(true);
    expect(ip('::ffff:10.0.0.1').v4).toBe(true);
    expect(ip('::10.0.0.1').v4).toBe(false);
  });
});

describe('parseCidr and containment (Go net.IPNet semantics)', () => {
  it.each([
    ['10.0.0.0/8', '10.255.1.2', true],
    ['10.0.0.0/8', '11.0.0.0', false],
    ['0.0.0.0/0', '192.168.1.1', true],
    ['10.244.1.12/32', '10.244.1.12', true],
    ['10.244.1.12/32', '10.244.1.13', false],
    ['0.0.0.0/4', '10.244.1.11', true],
    ['0.0.0.0/4', '16.0.0.1', false],
    ['10.0.0.0/8', '::ffff:10.1.1.1', true],
    ['::/0', '10.0.0.1', false],
    ['::/0', '2001:db8::1', true],
    ['::ffff:0:0/96', '10.0.0.1', true],
    ['2001:db8::/32', '2001:db8:ffff::1', true],
    ['2001:db8::/32', '2001:db9::1', false],
    ['2001:db8::/128', '2001:db8::', true],
    ['2001:db8::/127', '2001:db8::1', true],
    ['fd00::/8', '10.0.0.1', false],
  ])('%s contains %s: %s', (c, a, want) => {
    expect(cidrContains(cidr(c), ip(a))).toBe(want);
  });

  it('masks host bits as net.ParseCIDR does and reports them', () => {
    const c = cidr('10.244.1.11/4');
    expect(c.hostBitsSet).toBe(true);
    expect(formatIP(c.network)).toBe('0.0.0.0');
    expect(cidr('10.0.0.0/8').hostBitsSet).toBe(false);
    expect(cidr('2001:db8::1/64').hostBitsSet).toBe(true);
  });

  it.each(['10.0.0.0', '10.0.0.0/33', '::/129', '10.0.0.0/-1', '10.0.0.0/08', 'x/8', '10.0.0.0/'])(
    'rejects %j',
    (s) => {
      expect(parseCidr(s)).toBeNull();
    },
  );

  it('relates blocks', () => {
    expect(cidrWithin(cidr('10.1.0.0/16'), cidr('10.0.0.0/8'))).toBe(true);
    expect(cidrWithin(cidr('10.0.0.0/8'), cidr('10.1.0.0/16'))).toBe(false);
    expect(cidrWithin(cidr('11.0.0.0/16'), cidr('10.0.0.0/8'))).toBe(false);
    expect(cidrOverlaps(cidr('10.0.0.0/8'), cidr('10.1.0.0/16'))).toBe(true);
    expect(cidrOverlaps(cidr('10.0.0.0/16'), cidr('10.1.0.0/16'))).toBe(false);
    expect(cidrWithin(cidr('2001:db8:1::/48'), cidr('2001:db8::/32'))).toBe(true);
  });
});

describe('IP properties', () => {
  it('formatIP(parseIP(x)) round-trips every IPv4 and IPv6 address', () => {
    fc.assert(
      fc.property(fc.oneof(fc.ipV4(), fc.ipV6()), (text) => {
        const a = parseIP(text);
        expect(a).not.toBeNull();
        const again = parseIP(formatIP(a as NonNullable<typeof a>));
        expect(again?.words).toEqual(a?.words);
      }),
      { numRuns: 500 },
    );
  });

  it('an address is inside its own /32 or /128 and every shorter prefix of it', () => {
    fc.assert(
      fc.property(fc.ipV4(), fc.integer({ min: 0, max: 32 }), (text, prefix) => {
        const a = ip(text);
        expect(cidrContains(cidr(`${formatIP(a)}/${prefix}`), a)).toBe(true);
      }),
    );
  });
});
