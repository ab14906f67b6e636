// IP and CIDR parsing with Go's semantics: the "sloppy" parser of k8s.io/utils/net (a fork of Go
// 1.16 net.ParseIP/ParseCIDR: leading zeros allowed) and the checks that Go's strict net/netip
// parser adds. Addresses are 16-byte arrays with Go's net.IP length (4 or 16) kept alongside.

export interface GoIP {
  /** 4 or 16, as len(net.IP). */
  readonly len: 4 | 16;
  readonly bytes: readonly number[];
}

export interface GoIPNet {
  readonly ip: GoIP;
  readonly mask: GoIP;
}

export interface SloppyCIDR {
  /** The address as written (parseIPv4 gives the 16-byte v4-in-v6 form, as Go does). */
  readonly ip: GoIP;
  readonly net: GoIPNet;
  /** How the address part was parsed, and facts the strict checks need. */
  readonly v6: boolean;
  readonly leadingZeros: boolean;
}

const BIG = 0xffffff;
const V4_IN_V6 = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff];

/** Go's dtoi: decimal prefix; returns [n, consumed] or null. */
function dtoi(s: string, from: number): [number, number] | null {
  let n = 0;
  let i = from;
  for (; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x30 || c > 0x39) break;
    n = n * 10 + (c - 0x30);
    if (n >= BIG) return null;
  }
  if (i === from) return null;
  return [n, i - from];
}

interface Parsed4 {
  bytes: number[];
  leadingZeros: boolean;
}

/** Go 1.16 parseIPv4 (sloppy: "010" is 10). */
function parseIPv4(s: string): Parsed4 | null {
  const out: number[] = [];
  let pos = 0;
  let leadingZeros = false;
  for (let i = 0; i < 4; i++) {
    if (pos >= s.length) return null;
    if (i > 0) {
      if (s.charCodeAt(pos) !== 0x2e) return null;
      pos++;
    }
    const r = dtoi(s, pos);
    if (r === null || r[0] > 0xff) return null;
    if (r[1] > 1 && s.charCodeAt(pos) === 0x30) leadingZeros = true;
    out.push(r[0]);
    pos += r[1];
  }
  if (pos !== s.length) return null;
  return { bytes: out, leadingZeros };
}

function xtoi(s: string, from: number): [number, number] | null {
  let n = 0;
  let i = from;
  for (; i < s.length; i++) {
    const c = s.charCodeAt(i);
    let d: number;
    if (c >= 0x30 && c <= 0x39) d = c - 0x30;
    else if (c >= 0x61 && c <= 0x66) d = c - 0x61 + 10;
    else if (c >= 0x41 && c <= 0x46) d = c - 0x41 + 10;
    else break;
    n = n * 16 + d;
    if (n >= BIG) return null;
  }
  if (i === from) return null;
  return [n, i - from];
}

/** Go 1.16 parseIPv6; leadingZeros is set where netip would refuse (a group of more than 4 digits, 0-led octets). */
function parseIPv6(s: string): { bytes: number[]; leadingZeros: boolean } | null {
  const ip = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
  let ellipsis = -1;
  let pos = 0;
  let leadingZeros = false;
  if (s.length >= 2 && s.charCodeAt(0) === 0x3a && s.charCodeAt(1) === 0x3a) {
    ellipsis = 0;
    pos = 2;
    if (pos === s.length) return { bytes: ip, leadingZeros };
  }
  let i = 0;
  while (i < 16) {
    const r = xtoi(s, pos);
    if (r === null || r[0] > 0xffff) return null;
    const [n, c] = r;
    if (pos + c < s.length && s.charCodeAt(pos + c) === 0x2e) {
      if (ellipsis < 0 && i !== 12) return null;
      if (i + 4 > 16) return null;
      const ip4 = parseIPv4(s.slice(pos));
      if (ip4 === null) return null;
      if (ip4.leadingZeros) leadingZeros = true;
      for (let k = 0; k < 4; k++) ip[i + k] = ip4.bytes[k] ?? 0;
      pos = s.length;
      i += 4;
      break;
    }
    if (c > 4) leadingZeros = true;
    ip[i] = n >> 8;
    ip[i + 1] = n & 0xff;
    i += 2;
    pos += c;
    if (pos === s.length) break;
    if (s.charCodeAt(pos) !== 0x3a || pos + 1 === s.length) return null;
    pos++;
    if (s.charCodeAt(pos) === 0x3a) {
      if (ellipsis >= 0) return null;
      ellipsis = i;
      pos++;
      if (pos === s.length) break;
    }
  }
  if (pos !== s.length) return null;
  if (i < 16) {
    if (ellipsis < 0) return null;
    const n = 16 - i;
    for (let j = i - 1; j >= ellipsis; j--) ip[j + n] = ip[j] ?? 0;
    for (let j = ellipsis + n - 1; j >= ellipsis; j--) ip[j] = 0;
  } else if (ellipsis >= 0) return null;
  return { bytes: ip, leadingZeros };
}

function v4in6(b: readonly number[]): number[] {
  return [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff, b[0] ?? 0, b[1] ?? 0, b[2] ?? 0, b[3] ?? 0];
}

export function isV4InV6(b: readonly number[]): boolean {
  for (let i = 0; i < 12; i++) if (b[i] !== V4_IN_V6[i]) return false;
  return true;
}

/** net.CIDRMask(ones, bits). */
function cidrMask(ones: number, bits: 32 | 128): GoIP {
  const len = bits / 8;
  const m: number[] = new Array<number>(len);
  for (let i = 0; i < len; i++) {
    const take = Math.max(0, Math.min(8, ones - i * 8));
    m[i] = take === 0 ? 0 : (0xff << (8 - take)) & 0xff;
  }
  return { len: len as 4 | 16, bytes: m };
}

/** net.IP.Mask for the combinations ParseCIDR produces. */
function maskIP(ip: GoIP, mask: GoIP): GoIP {
  const off = mask.len === 4 && ip.len === 16 && isV4InV6(ip.bytes) ? 12 : 0;
  const out: number[] = new Array<number>(mask.len);
  for (let i = 0; i < mask.len; i++) out[i] = (ip.bytes[i + off] ?? 0) & (mask.bytes[i] ?? 0);
  return { len: mask.len, bytes: out };
}

/** net.IP.To4: the 4-byte form, or null. */
export function to4(ip: GoIP): GoIP | null {
  if (ip.len === 4) return ip;
  return isV4InV6(ip.bytes) ? { len: 4, bytes: ip.bytes.slice(12) } : null;
}

/** netutils.ParseIPSloppy (Go 1.16 net.ParseIP). */
export function parseIPSloppy(s: string): { ip: GoIP; v6: boolean; leadingZeros: boolean } | null {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x2e) {
      const p = parseIPv4(s);
      return p === null ? null : { ip: { len: 16, bytes: v4in6(p.bytes) }, v6: false, leadingZeros: p.leadingZeros };
    }
    if (c === 0x3a) {
      const p = parseIPv6(s);
      return p === null ? null : { ip: { len: 16, bytes: p.bytes }, v6: true, leadingZeros: p.leadingZeros };
    }
  }
  return null;
}

/** netutils.ParseCIDRSloppy (Go 1.16 net.ParseCIDR). */
export function parseCIDRSloppy(s: string): SloppyCIDR | null {
  const slash = s.indexOf('/');
  if (slash < 0) return null;
  const addr = s.slice(0, slash);
  const maskText = s.slice(slash + 1);
  let ip: GoIP;
  let bits: 32 | 128;
  let v6: boolean;
  let leadingZeros: boolean;
  const p4 = parseIPv4(addr);
  if (p4 !== null) {
    ip = { len: 16, bytes: v4in6(p4.bytes) };
    bits = 32;
    v6 = false;
    leadingZeros = p4.leadingZeros;
  } else {
    const p6 = parseIPv6(addr);
    if (p6 === null) return null;
    ip = { len: 16, bytes: p6.bytes };
    bits = 128;
    v6 = true;
    leadingZeros = p6.leadingZeros;
  }
  const r = dtoi(maskText, 0);
  if (r === null || r[1] !== maskText.length || r[0] > bits) return null;
  if (maskText.length > 1 && maskText.charCodeAt(0) === 0x30) leadingZeros = true;
  const mask = cidrMask(r[0], bits);
  return { ip, net: { ip: maskIP(ip, mask), mask }, v6, leadingZeros };
}

/** net.IPMask.Size for canonical masks: the number of leading ones. */
export function maskOnes(mask: GoIP): number {
  let n = 0;
  for (let i = 0; i < mask.len; i++) {
    let b = mask.bytes[i] ?? 0;
    while (b & 0x80) {
      n++;
      b = (b << 1) & 0xff;
    }
    if ((mask.bytes[i] ?? 0) !== 0xff) break;
  }
  return n;
}

/** net.IPNet.Contains. */
export function netContains(n: GoIPNet, candidate: GoIP): boolean {
  let nn: GoIP | null = to4(n.ip);
  if (nn === null) {
    if (n.ip.len !== 16) return false;
    nn = n.ip;
  }
  const m = n.mask.bytes;
  if (n.mask.len === 4 && nn.len !== 4) return false;
  const mOff = n.mask.len === 16 && nn.len === 4 ? 12 : 0;
  const ip = to4(candidate) ?? candidate;
  if (ip.len !== nn.len) return false;
  for (let i = 0; i < ip.len; i++) {
    const mb = m[i + mOff] ?? 0;
    if (((nn.bytes[i] ?? 0) & mb) !== ((ip.bytes[i] ?? 0) & mb)) return false;
  }
  return true;
}

/** Whether any address bit beyond the prefix length is set (netip: Addr() != Masked().Addr()). */
export function bitsBeyondPrefix(c: SloppyCIDR): boolean {
  const off = c.v6 ? 0 : 12;
  const ones = maskOnes(c.net.mask);
  for (let i = 0; i < 16 - off; i++) {
    const keep = Math.max(0, Math.min(8, ones - i * 8));
    const hostBits = keep === 8 ? 0 : 0xff >> keep;
    if (((c.ip.bytes[i + off] ?? 0) & hostBits) !== 0) return true;
  }
  return false;
}
