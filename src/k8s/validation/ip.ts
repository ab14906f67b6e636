// IP and CIDR validators of apimachinery util/validation/ip.go: the legacy-field checks used by
// NetworkPolicy ipBlock (sloppy parse plus, with StrictIPCIDRValidation, at most one strict error)
// and the strict canonical checks used by newer fields.
import { goString } from '../field';
import { invalidAt, type FieldError } from './errors';
import { bitsBeyondPrefix, isV4InV6, parseCIDRSloppy, parseIPSloppy, type SloppyCIDR } from './ip-parse';
import { ipNetString, ipString } from './ip-format';

export const CIDR_INVALID = 'must be a valid CIDR value, (e.g. 10.9.8.0/24 or 2001:db8::/64)';
export const CIDR_LEADING_ZEROS = 'must not have leading 0s in IP or prefix length';
export const CIDR_4IN6 = 'must not have an IPv4-mapped IPv6 address';
export const CIDR_HOST_BITS = 'must not have bits set beyond the prefix length';
export const IP_INVALID = 'must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)';

const NO_ERRORS: readonly FieldError[] = Object.freeze([]);

/** parseCIDR of ip.go: the parsed value (sloppy) and its errors: the parse error, or (strict) the first strict failure. */
export function checkCIDR(
  path: string,
  value: string,
  strict: boolean,
): { parsed: SloppyCIDR | null; errs: readonly FieldError[] } {
  const c = parseCIDRSloppy(value);
  if (c === null) return { parsed: null, errs: [invalidAt(path, goString(value), CIDR_INVALID)] };
  let detail = '';
  if (strict) {
    if (c.leadingZeros) detail = CIDR_LEADING_ZEROS;
    else if (c.v6 && isV4InV6(c.ip.bytes)) detail = CIDR_4IN6;
    else if (bitsBeyondPrefix(c)) detail = CIDR_HOST_BITS;
  }
  return { parsed: c, errs: detail === '' ? NO_ERRORS : [invalidAt(path, goString(value), detail)] };
}

const cidrErrors = (path: string, value: string, strict: boolean): readonly FieldError[] =>
  checkCIDR(path, value, strict).errs;

/**
 * IsValidCIDRForLegacyField. `strict` is the StrictIPCIDRValidation gate (on by default in v1.36);
 * values in `allowed` (the old object's CIDRs on update) are accepted without validation.
 */
export function isValidCIDRForLegacyField(
  path: string,
  value: string,
  strict = true,
  allowed: readonly string[] = [],
): readonly FieldError[] {
  if (allowed.length > 0 && allowed.includes(value)) return NO_ERRORS;
  return cidrErrors(path, value, strict);
}

/** IsValidCIDR: strict, and in canonical form. */
export function isValidCIDR(path: string, value: string): readonly FieldError[] {
  const errs = cidrErrors(path, value, true);
  if (errs.length > 0) return errs;
  const c = parseCIDRSloppy(value);
  if (c === null) return errs;
  const canonical = ipNetString(c.net);
  if (value !== canonical)
    return [invalidAt(path, goString(value), `must be in canonical form (${JSON.stringify(canonical)})`)];
  return NO_ERRORS;
}

function ipErrors(path: string, value: string, strict: boolean): FieldError[] {
  const p = parseIPSloppy(value);
  if (p === null) return [invalidAt(path, goString(value), IP_INVALID)];
  const errs: FieldError[] = [];
  if (strict) {
    if (p.leadingZeros) errs.push(invalidAt(path, goString(value), 'must not have leading 0s'));
    else if (p.v6 && isV4InV6(p.ip.bytes)) {
      errs.push(invalidAt(path, goString(value), 'must not be an IPv4-mapped IPv6 address'));
    }
  }
  return errs;
}

/** IsValidIPForLegacyField. */
export function isValidIPForLegacyField(
  path: string,
  value: string,
  strict = true,
  allowed: readonly string[] = [],
): readonly FieldError[] {
  if (allowed.length > 0 && allowed.includes(value)) return NO_ERRORS;
  return ipErrors(path, value, strict);
}

/** IsValidIP: strict, and in canonical form. */
export function isValidIP(path: string, value: string): readonly FieldError[] {
  const errs = ipErrors(path, value, true);
  if (errs.length > 0) return errs;
  const p = parseIPSloppy(value);
  if (p === null) return errs;
  const canonical = ipString(p.ip);
  if (value !== canonical)
    return [invalidAt(path, goString(value), `must be in canonical form (${JSON.stringify(canonical)})`)];
  return NO_ERRORS;
}
