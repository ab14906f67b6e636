// GetWarningsForIP and GetWarningsForCIDR of apimachinery util/validation/ip.go (v0.36.3): the
// warnings the apiserver attaches to values that pass legacy-field validation but are non-standard.
import { goQuote } from '../field';
import { bitsBeyondPrefix, isV4InV6, maskOnes, parseCIDRSloppy, parseIPSloppy } from './ip-parse';
import { ipNetString, ipString } from './ip-format';

/**
 * GetWarningsForIP: leading zeros or an IPv4-mapped IPv6 address ("non-standard"), else a
 * non-RFC 5952 IPv6 spelling. A value ParseIPSloppy refuses gets none (upstream logs and returns nil).
 */
export function getWarningsForIP(path: string, value: string): string[] {
  const p = parseIPSloppy(value);
  if (p === null) return [];
  // netip.ParseAddr refuses what has leading zeros; Is4In6 is an IPv6 spelling of a v4 address.
  if (p.leadingZeros || (p.v6 && isV4InV6(p.ip.bytes))) {
    return [
      `${path}: non-standard IP address ${goQuote(value)} will be considered invalid in a future Kubernetes release: use ${goQuote(ipString(p.ip))}`,
    ];
  }
  if (p.v6) {
    // Both parsers accept it, so netip's Addr.String equals net.IP.String here (RFC 5952).
    const canonical = ipString(p.ip);
    if (canonical !== value) {
      return [`${path}: IPv6 address ${goQuote(value)} should be in RFC 5952 canonical format (${goQuote(canonical)})`];
    }
  }
  return [];
}

/**
 * GetWarningsForCIDR: host bits set ("ambiguous"), leading zeros or an IPv4-mapped IPv6 address
 * ("non-standard"), and only when neither applies, a non-RFC 5952 IPv6 spelling.
 * A value ParseCIDRSloppy refuses gets none.
 */
export function getWarningsForCIDR(path: string, value: string): string[] {
  const c = parseCIDRSloppy(value);
  if (c === null) return [];
  const warnings: string[] = [];
  const ipnet = ipNetString(c.net);
  if (bitsBeyondPrefix(c)) {
    // ipnet.Mask.Size()'s bits: 32 for an IPv4 spelling, 128 for an IPv6 one.
    const addrlen = c.net.mask.len * 8;
    const single = `${ipString(c.ip)}/${addrlen}`;
    warnings.push(
      `${path}: CIDR value ${goQuote(value)} is ambiguous in this context (should be ${goQuote(ipnet)} or ${goQuote(single)}?)`,
    );
  }
  const mapped = c.v6 && isV4InV6(c.ip.bytes);
  if (c.leadingZeros || mapped) {
    warnings.push(
      `${path}: non-standard CIDR value ${goQuote(value)} will be considered invalid in a future Kubernetes release: use ${goQuote(ipnet)}`,
    );
  }
  if (warnings.length === 0 && c.v6) {
    // netip.Prefix.String: the address as written (not masked) and the prefix length.
    const canonical = `${ipString(c.ip)}/${maskOnes(c.net.mask)}`;
    if (canonical !== value) {
      warnings.push(
        `${path}: IPv6 CIDR value ${goQuote(value)} should be in RFC 5952 canonical format (${goQuote(canonical)})`,
      );
    }
  }
  return warnings;
}
