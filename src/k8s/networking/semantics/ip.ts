// IPv4/IPv6 addresses and CIDR blocks as four 32-bit words, with Go net.IPNet.Contains semantics
// (an IPv4 block matches IPv4 and IPv4-mapped IPv6 addresses; a plain IPv6 block never matches IPv4).
// Parsing and formatting are the validation module's Go ports (k8s.io/utils/net's sloppy parser,
// net.IP.String); this module only refuses leading zeros on top (what the data plane's Go >= 1.17
// net.ParseIP does, while validation accepts them on legacy fields and reports them separately)
// and keeps its own word arithmetic for fast containment.
import { ipString } from '../../validation/ip-format';
import { bitsBeyondPrefix, maskOnes, parseCIDRSloppy, parseIPSloppy, type GoIP } from '../../validation/ip-parse';

/** A 128-bit address; IPv4 is stored IPv4-mapped (::ffff:a.b.c.d) so both families share one form. */
export interface IPAddr {
  readonly words: readonly [number, number, number, number];
  /** True for IPv4 and IPv4-mapped IPv6 addresses (Go's `ip.To4() != nil`). */
  readonly v4: boolean;
}

export interface Cidr {
  /** The network address, masked (Go's net.ParseCIDR masks host bits). */
  readonly network: IPAddr;
  /** Prefix length in the 128-bit space (an IPv4 /8 is 104 here). */
  readonly bits: number;
  /** The prefix length as written (an IPv4 /8 is 8). */
  readonly prefix: number;
  /** True when the address as written had host bits set (the apiserver rejects that since v1.36). */
  readonly hostBitsSet: boolean;
  readonly text: string;
}

const V4_PREFIX = [0, 0, 0xffff] as const;

/** The 16 bytes of a Go net.IP as four big-endian 32-bit words. */
function toWords(b: readonly number[]): [number, number, number, number] {
  const w = (i: number): number =>
    (((b[i] ?? 0) << 24) | ((b[i + 1] ?? 0) << 16) | ((b[i + 2] ?? 0) << 8) | (b[i + 3] ?? 0)) >>> 0;
  return [w(0), w(4), w(8), w(12)];
}

function toGoIP(w: readonly number[]): GoIP {
  const bytes: number[] = [];
  for (const x of w) bytes.push(x >>> 24, (x >>> 16) & 255, (x >>> 8) & 255, x & 255);
  return { len: 16, bytes };
}

function isMapped(w: readonly number[]): boolean {
  return w[0] === V4_PREFIX[0] && w[1] === V4_PREFIX[1] && w[2] === V4_PREFIX[2];
}

/**
 * Parses an IPv4 or IPv6 address (with :: compression and a dotted IPv4 tail); null when invalid.
 * Surrounding whitespace is ignored, leading zeros are refused (Go >= 1.17 net.ParseIP).
 */
export function parseIP(text: string): IPAddr | null {
  const p = parseIPSloppy(text.trim());
  if (p === null || p.leadingZeros) return null;
  const words = toWords(p.ip.bytes);
  return { words, v4: isMapped(words) };
}

function maskWords(w: readonly number[], bits: number): [number, number, number, number] {
  const out: [number, number, number, number] = [0, 0, 0, 0];
  for (let i = 0; i < 4; i++) {
    const keep = Math.max(0, Math.min(32, bits - i * 32));
    const mask = keep === 0 ? 0 : keep === 32 ? 0xffffffff : (0xffffffff << (32 - keep)) >>> 0;
    out[i] = ((w[i] ?? 0) & mask) >>> 0;
  }
  return out;
}

/** Parses "addr/prefix" like Go's net.ParseCIDR (host bits are masked, and reported); no leading zeros. */
export function parseCidr(text: string): Cidr | null {
  const s = text.trim();
  // Whitespace before the slash has always been tolerated here (drafts are typed by hand).
  const slash = s.indexOf('/');
  const c = slash < 0 ? null : parseCIDRSloppy(`${s.slice(0, slash).trimEnd()}${s.slice(slash)}`);
  if (c === null || c.leadingZeros) return null;
  const prefix = maskOnes(c.net.mask);
  // The family is the family as written: "::ffff:10.0.0.0/104" is IPv6 text but Go treats the
  // masked network as IPv4 (To4 != nil) when it is IPv4-mapped.
  const bits = c.v6 ? prefix : prefix + 96;
  const words = maskWords(toWords(c.ip.bytes), bits);
  return { network: { words, v4: isMapped(words) }, bits, prefix, hostBitsSet: bitsBeyondPrefix(c), text: s };
}

/** Go's IPNet.Contains: families must agree (IPv4-mapped counts as IPv4), then the prefix must match. */
export function cidrContains(cidr: Cidr, ip: IPAddr): boolean {
  if (cidr.network.v4 !== ip.v4) return false;
  const n = cidr.network.words;
  const m = maskWords(ip.words, cidr.bits);
  return m[0] === n[0] && m[1] === n[1] && m[2] === n[2] && m[3] === n[3];
}

/** True when every address of `inner` lies inside `outer`. */
export function cidrWithin(inner: Cidr, outer: Cidr): boolean {
  return inner.bits >= outer.bits && cidrContains(outer, inner.network);
}

/** True when the two blocks share at least one address. */
export function cidrOverlaps(a: Cidr, b: Cidr): boolean {
  return cidrWithin(a, b) || cidrWithin(b, a);
}

/** Formats an address the way Go's IP.String does (IPv4 dotted, IPv6 with the longest zero run compressed). */
export function formatIP(ip: IPAddr): string {
  return ipString(toGoIP(ip.words));
}
