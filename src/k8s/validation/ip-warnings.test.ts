// Ports of apimachinery util/validation/ip_test.go TestGetWarningsForIP and TestGetWarningsForCIDR
// (the v0.36.3 wording), plus Go-parser edge cases the upstream tables do not cover.
import { describe, expect, it } from 'vitest';
import { getWarningsForCIDR, getWarningsForIP } from './ip-warnings';

describe('TestGetWarningsForIP', () => {
  it.each([
    { name: 'IPv4 No failures', address: '192.12.2.2', path: 'spec.clusterIPs[0]', want: [] },
    { name: 'IPv6 No failures', address: '2001:db8::2', path: 'spec.clusterIPs[0]', want: [] },
    {
      name: 'IPv4 with leading zeros',
      address: '192.012.2.2',
      path: 'spec.clusterIPs[0]',
      want: [
        'spec.clusterIPs[0]: non-standard IP address "192.012.2.2" will be considered invalid in a future Kubernetes release: use "192.12.2.2"',
      ],
    },
    {
      name: 'IPv4-mapped IPv6',
      address: '::ffff:192.12.2.2',
      path: 'spec.clusterIPs[0]',
      want: [
        'spec.clusterIPs[0]: non-standard IP address "::ffff:192.12.2.2" will be considered invalid in a future Kubernetes release: use "192.12.2.2"',
      ],
    },
    {
      name: 'IPv6 non-canonical format',
      address: '2001:db8:0:0::2',
      path: 'spec.loadBalancerIP',
      want: [
        'spec.loadBalancerIP: IPv6 address "2001:db8:0:0::2" should be in RFC 5952 canonical format ("2001:db8::2")',
      ],
    },
  ])('$name', ({ address, path, want }) => {
    expect(getWarningsForIP(path, address)).toEqual(want);
  });

  it('gives no warning for a value ParseIPSloppy refuses (upstream logs and returns nil)', () => {
    expect(getWarningsForIP('x', 'not-an-ip')).toEqual([]);
    expect(getWarningsForIP('x', '1.2.3.0/24')).toEqual([]);
  });
  it('flags upper-case IPv6 hex as non-canonical', () => {
    expect(getWarningsForIP('x', '2001:DB8::1')).toEqual([
      'x: IPv6 address "2001:DB8::1" should be in RFC 5952 canonical format ("2001:db8::1")',
    ]);
  });
});

const LB = 'spec.loadBalancerSourceRanges[0]';

describe('TestGetWarningsForCIDR', () => {
  it.each([
    { name: 'IPv4 No failures', cidr: '192.12.2.0/24', want: [] },
    { name: 'IPv6 No failures', cidr: '2001:db8::/64', want: [] },
    {
      name: 'IPv4 with leading zeros',
      cidr: '192.012.2.0/24',
      want: [
        `${LB}: non-standard CIDR value "192.012.2.0/24" will be considered invalid in a future Kubernetes release: use "192.12.2.0/24"`,
      ],
    },
    {
      name: 'leading zeros in prefix length',
      cidr: '192.12.2.0/024',
      want: [
        `${LB}: non-standard CIDR value "192.12.2.0/024" will be considered invalid in a future Kubernetes release: use "192.12.2.0/24"`,
      ],
    },
    {
      name: 'IPv4-mapped IPv6',
      cidr: '::ffff:192.12.2.0/120',
      want: [
        `${LB}: non-standard CIDR value "::ffff:192.12.2.0/120" will be considered invalid in a future Kubernetes release: use "192.12.2.0/24"`,
      ],
    },
    {
      name: 'bits after prefix length',
      cidr: '192.12.2.8/24',
      want: [
        `${LB}: CIDR value "192.12.2.8/24" is ambiguous in this context (should be "192.12.2.0/24" or "192.12.2.8/32"?)`,
      ],
    },
    {
      name: 'multiple problems',
      cidr: '192.012.2.8/24',
      want: [
        `${LB}: CIDR value "192.012.2.8/24" is ambiguous in this context (should be "192.12.2.0/24" or "192.12.2.8/32"?)`,
        `${LB}: non-standard CIDR value "192.012.2.8/24" will be considered invalid in a future Kubernetes release: use "192.12.2.0/24"`,
      ],
    },
    {
      name: 'IPv6 non-canonical format',
      cidr: '2001:db8:0:0::/64',
      want: [`${LB}: IPv6 CIDR value "2001:db8:0:0::/64" should be in RFC 5952 canonical format ("2001:db8::/64")`],
    },
  ])('$name', ({ cidr, want }) => {
    expect(getWarningsForCIDR(LB, cidr)).toEqual(want);
  });
});

describe('getWarningsForCIDR beyond the upstream table (Go semantics)', () => {
  it('gives no warning for a value ParseCIDRSloppy refuses', () => {
    for (const v of ['', 'junk', '1.2.3.4', '1.2.3.0/33', '192.168.0.0/+16'])
      expect(getWarningsForCIDR('x', v)).toEqual([]);
  });
  it('an IPv6 host-bits value is ambiguous, with the /128 single-IP alternative', () => {
    expect(getWarningsForCIDR('x', '2001:db8::1/64')).toEqual([
      'x: CIDR value "2001:db8::1/64" is ambiguous in this context (should be "2001:db8::/64" or "2001:db8::1/128"?)',
    ]);
  });
  it('an IPv4-mapped value with an IPv4-sized prefix is masked as IPv6 (net.ParseCIDR), so both warnings', () => {
    expect(getWarningsForCIDR('x', '::ffff:1.1.1.0/24')).toEqual([
      'x: CIDR value "::ffff:1.1.1.0/24" is ambiguous in this context (should be "::/24" or "1.1.1.0/128"?)',
      'x: non-standard CIDR value "::ffff:1.1.1.0/24" will be considered invalid in a future Kubernetes release: use "::/24"',
    ]);
  });
  it('the RFC 5952 warning keeps the prefix as written and lower-cases hex', () => {
    expect(getWarningsForCIDR('x', '2001:DB8::/32')).toEqual([
      'x: IPv6 CIDR value "2001:DB8::/32" should be in RFC 5952 canonical format ("2001:db8::/32")',
    ]);
    expect(getWarningsForCIDR('x', '0:0:0:0:0:0:0:0/0')).toEqual([
      'x: IPv6 CIDR value "0:0:0:0:0:0:0:0/0" should be in RFC 5952 canonical format ("::/0")',
    ]);
  });
  it('a five-digit IPv6 group is non-standard (netip refuses it), not merely non-canonical', () => {
    expect(getWarningsForCIDR('x', '00001::/16')).toEqual([
      'x: non-standard CIDR value "00001::/16" will be considered invalid in a future Kubernetes release: use "1::/16"',
    ]);
  });
});
