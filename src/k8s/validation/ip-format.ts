// Go's net.IP.String and net.IPNet.String (RFC 5952 for IPv6), for canonical-form checks and messages.
import { maskOnes, to4, type GoIP, type GoIPNet } from './ip-parse';

/** net.IP.String (RFC 5952 for IPv6, dotted quad for IPv4 and v4-in-v6). */
export function ipString(ip: GoIP): string {
  const v4 = to4(ip);
  if (v4 !== null) return Array.from(v4.bytes).join('.');
  const groups: number[] = [];
  for (let i = 0; i < 16; i += 2) groups.push(((ip.bytes[i] ?? 0) << 8) | (ip.bytes[i + 1] ?? 0));
  let bestStart = -1;
  let bestLen = 0;
  for (let i = 0; i < 8;) {
    if (groups[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > bestLen && j - i >= 2) {
      bestStart = i;
      bestLen = j - i;
    }
    i = j;
  }
  let out = '';
  for (let i = 0; i < 8; i++) {
    if (i === bestStart) {
      out += '::';
      i += bestLen - 1;
      continue;
    }
    if (out !== '' && !out.endsWith(':')) out += ':';
    out += (groups[i] ?? 0).toString(16);
  }
  return out;
}

/** net.IPNet.String for the nets ParseCIDR yields. */
export function ipNetString(n: GoIPNet): string {
  let ones = maskOnes(n.mask);
  const v4 = to4(n.ip);
  if (v4 !== null && n.mask.len === 16) ones -= 96;
  return `${ipString(n.ip)}/${ones}`;
}
