// IPv4/IPv6 addresses and CIDR blocks as four 32-bit words, with Go net.IPNet.Contains semantics
// (an IPv4 block matches IPv4 and IPv4-mapped IPv6 addresses; a plain IPv6 block never matches IPv4).

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

function parseV4Words(s: string): number | null {
  const parts = s.split('.');
  if (parts.length !== 4) return null;
  let v = 0;
  for (const p of parts) {
    // Go's ParseIP rejects leading zeros ("010") since 1.17, and anything but decimal digits.
    if (!/^(0|[1-9][0-9]{0,2})$/.test(p)) return null;
    const n = Number(p);
    if (n > 255) return null;
    v = v * 256 + n;
  }
  return v >>> 0;
}

function parseV6(s: string): [number, number, number, number] | null {
  if (s.includes('%')) return null; // zones are not IPs for NetworkPolicy purposes
  let tail: number[] = [];
  let body = s;
  const lastColon = s.lastIndexOf(':');
  if (lastColon >= 0 && s.slice(lastColon + 1).includes('.')) {
    const v4 = parseV4Words(s.slice(lastColon + 1));
    if (v4 === null) return null;
    tail = [v4 >>> 16, v4 & 0xffff];
    body = s.slice(0, lastColon + 1);
    // "::1.2.3.4" leaves "::"; "1::1.2.3.4" leaves "1::"; "1:2:3:4:5:6:1.2.3.4" leaves "...6:".
    if (body.endsWith(':') && !body.endsWith('::')) body = body.slice(0, -1);
  }
  const halves = body.split('::');
  if (halves.length > 2) return null;
  const group = (h: string): number[] | null => {
    if (h === '') return [];
    const out: number[] = [];
    for (const g of h.split(':')) {
      if (!/^[0-9a-fA-F]{1,4}$/.test(g)) return null;
      out.push(parseInt(g, 16));
    }
    return out;
  };
  const head = group(halves[0] ?? '');
  if (head === null) return null;
  let groups: number[];
  if (halves.length === 2) {
    const rest = group(halves[1] ?? '');
    if (rest === null) return null;
    const missing = 8 - head.length - rest.length - tail.length;
    if (missing < 1) return null;
    groups = [...head, ...new Array<number>(missing).fill(0), ...rest, ...tail];
  } else {
    groups = [...head, ...tail];
  }
  if (groups.length !== 8) return null;
  const w = (i: number): number => (((groups[i] ?? 0) << 16) | (groups[i + 1] ?? 0)) >>> 0;
  return [w(0), w(2), w(4), w(6)];
}

function isMapped(w: readonly number[]): boolean {
  return w[0] === V4_PREFIX[0] && w[1] === V4_PREFIX[1] && w[2] === V4_PREFIX[2];
}

/** Parses an IPv4 or IPv6 address (with :: compression and a dotted IPv4 tail); null when invalid. */
export function parseIP(text: string): IPAddr | null {
  const s = text.trim();
  if (s.includes(':')) {
    const words = parseV6(s);
    return words === null ? null : { words, v4: isMapped(words) };
  }
  const v4 = parseV4Words(s);
  return v4 === null ? null : { words: [0, 0, 0xffff, v4], v4: true };
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

/** Parses "addr/prefix" like Go's net.ParseCIDR (host bits are masked, and reported). */
export function parseCidr(text: string): Cidr | null {
  const s = text.trim();
  const slash = s.indexOf('/');
  if (slash < 0) return null;
  const addr = parseIP(s.slice(0, slash));
  const prefixText = s.slice(slash + 1);
  if (addr === null || !/^(0|[1-9][0-9]*)$/.test(prefixText)) return null;
  const prefix = Number(prefixText);
  // The family is the family as written: "::ffff:10.0.0.0/104" is IPv6 text but Go treats the
  // masked network as IPv4 (To4 != nil) when it is IPv4-mapped.
  const writtenV6 = s.slice(0, slash).includes(':');
  const max = writtenV6 ? 128 : 32;
  if (prefix > max) return null;
  const bits = writtenV6 ? prefix : prefix + 96;
  const words = maskWords(addr.words, bits);
  const hostBitsSet = words.some((w, i) => w !== addr.words[i]);
  return { network: { words, v4: isMapped(words) }, bits, prefix, hostBitsSet, text: s };
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
  const w = ip.words;
  if (ip.v4) {
    const v = w[3];
    return [v >>> 24, (v >>> 16) & 255, (v >>> 8) & 255, v & 255].join('.');
  }
  const g: number[] = [];
  for (const x of w) g.push(x >>> 16, x & 0xffff);
  let bestStart = -1;
  let bestLen = 0;
  for (let i = 0; i < 8;) {
    if (g[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && g[j] === 0) j++;
    if (j - i > bestLen && j - i >= 2) {
      bestStart = i;
      bestLen = j - i;
    }
    i = j;
  }
  const hex = (a: number[]): string => a.map((x) => x.toString(16)).join(':');
  if (bestStart < 0) return hex(g);
  return `${hex(g.slice(0, bestStart))}::${hex(g.slice(bestStart + bestLen))}`;
}
