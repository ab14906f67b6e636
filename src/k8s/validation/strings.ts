// String format checks of apimachinery (util/validation and api/validate/content), returning Go's
// message strings. Matchers are hand-written and linear: Go uses RE2, and a backtracking JS regex
// on a huge hostile string could take quadratic time.

/** Go's len(s): the UTF-8 byte length (a lone surrogate counts as U+FFFD, 3 bytes, as Go decodes it). */
export function utf8Len(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n += 4;
        i++;
      } else n += 3;
    } else n += 3;
  }
  return n;
}

/** validation.RegexError: `msg (e.g. 'a',  or 'b', regex used for validation is 're')` (double spaces are Go's). */
export function regexError(msg: string, re: string, ...examples: string[]): string {
  if (examples.length === 0) return `${msg} (regex used for validation is '${re}')`;
  let out = `${msg} (e.g. `;
  examples.forEach((ex, i) => {
    if (i > 0) out += ' or ';
    out += `'${ex}', `;
  });
  return `${out}regex used for validation is '${re}')`;
}

/** util/validation.MaxLenError (DNS names, port names). */
export const maxLenChars = (n: number): string => `must be no more than ${n} characters`;
/** content.MaxLenError (label keys and values). */
export const maxLenBytes = (n: number): string => `must be no more than ${n} bytes`;
export const EMPTY_ERROR = 'must be non-empty';
export const inclusiveRangeError = (lo: number, hi: number): string => `must be between ${lo} and ${hi}, inclusive`;

const DNS1123_LABEL_FMT = '[a-z0-9]([-a-z0-9]*[a-z0-9])?';
const DNS1123_SUBDOMAIN_FMT = `${DNS1123_LABEL_FMT}(\\.${DNS1123_LABEL_FMT})*`;
export const DNS1123_LABEL_ERROR = regexError(
  "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character",
  DNS1123_LABEL_FMT,
  'my-name',
  '123-abc',
);
export const DNS1123_SUBDOMAIN_ERROR = regexError(
  "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character",
  DNS1123_SUBDOMAIN_FMT,
  'example.com',
);

const LABEL_KEY_FMT = '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]';
const LABEL_KEY_MSG =
  "must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character";
export const LABEL_KEY_NAME_ERROR = `name part ${regexError(LABEL_KEY_MSG, LABEL_KEY_FMT, 'MyName', 'my.name', '123-abc')}`;
export const LABEL_KEY_SLASHES_ERROR = `a valid label key ${regexError(LABEL_KEY_MSG, LABEL_KEY_FMT, 'MyName', 'my.name', '123-abc')} with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')`;
export const LABEL_VALUE_ERROR = regexError(
  "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character",
  `(${LABEL_KEY_FMT})?`,
  'MyValue',
  'my_value',
  '12345',
);

const isLowerAlnum = (c: number): boolean => (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39);
const isAlnum = (c: number): boolean => isLowerAlnum(c) || (c >= 0x41 && c <= 0x5a);

/** `^[a-z0-9]([-a-z0-9]*[a-z0-9])?$` on s[from:to]. */
function matchesDNSLabel(s: string, from: number, to: number): boolean {
  if (to <= from) return false;
  if (!isLowerAlnum(s.charCodeAt(from)) || !isLowerAlnum(s.charCodeAt(to - 1))) return false;
  for (let i = from + 1; i < to - 1; i++) {
    const c = s.charCodeAt(i);
    if (!isLowerAlnum(c) && c !== 0x2d) return false;
  }
  return true;
}

/** The DNS-1123 subdomain regex: dot-separated labels (no length limit per label). */
export function matchesDNSSubdomain(s: string): boolean {
  let start = 0;
  for (let i = 0; i <= s.length; i++) {
    if (i === s.length || s.charCodeAt(i) === 0x2e) {
      if (!matchesDNSLabel(s, start, i)) return false;
      start = i + 1;
    }
  }
  return true;
}

/** validation.IsDNS1123Label ("characters" wording). */
export function isDNS1123Label(value: string): readonly string[] {
  const errs: string[] = [];
  if (utf8Len(value) > 63) errs.push(maxLenChars(63));
  if (!matchesDNSLabel(value, 0, value.length)) {
    errs.push(matchesDNSSubdomain(value) ? 'must not contain dots' : DNS1123_LABEL_ERROR);
  }
  return errs;
}

/** validation.IsDNS1123Subdomain ("characters" wording); byteLen lets generateName masking keep Go's length. */
export function isDNS1123Subdomain(value: string, byteLen = utf8Len(value)): readonly string[] {
  const errs: string[] = [];
  if (byteLen > 253) errs.push(maxLenChars(253));
  if (!matchesDNSSubdomain(value)) errs.push(DNS1123_SUBDOMAIN_ERROR);
  return errs;
}

/** content.IsDNS1123Subdomain: the same check with "bytes" wording (used for label-key prefixes). */
function contentDNS1123Subdomain(value: string): string[] {
  const errs: string[] = [];
  if (utf8Len(value) > 253) errs.push(maxLenBytes(253));
  if (!matchesDNSSubdomain(value)) errs.push(DNS1123_SUBDOMAIN_ERROR);
  return errs;
}

/** content.isValidLabelKeyName: `([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]`. */
function isValidLabelKeyName(s: string): boolean {
  const n = s.length;
  if (n === 0) return false;
  if (!isAlnum(s.charCodeAt(0)) || !isAlnum(s.charCodeAt(n - 1))) return false;
  for (let i = 1; i < n - 1; i++) {
    const c = s.charCodeAt(i);
    if (!isAlnum(c) && c !== 0x2d && c !== 0x5f && c !== 0x2e) return false;
  }
  return true;
}

/** content.IsLabelKey = validation.IsQualifiedName. */
export function isQualifiedName(value: string): readonly string[] {
  const slash = value.indexOf('/');
  if (slash === -1 && value.length <= 63 && isValidLabelKeyName(value)) return NONE;
  let name = value;
  const errs: string[] = [];
  if (slash !== -1) {
    name = value.slice(slash + 1);
    if (name.indexOf('/') !== -1) return [LABEL_KEY_SLASHES_ERROR];
    const prefix = value.slice(0, slash);
    if (prefix.length === 0) errs.push(`prefix part ${EMPTY_ERROR}`);
    else for (const m of contentDNS1123Subdomain(prefix)) errs.push(`prefix part ${m}`);
  }
  if (name.length === 0) errs.push(`name part ${EMPTY_ERROR}`);
  else if (utf8Len(name) > 63) errs.push(`name part ${maxLenBytes(63)}`);
  if (!isValidLabelKeyName(name)) errs.push(LABEL_KEY_NAME_ERROR);
  return errs;
}
export const isLabelKey = isQualifiedName;

/** content.IsLabelValue = validation.IsValidLabelValue. */
export function isValidLabelValue(value: string): readonly string[] {
  // Fast path for the common short valid value: one scan, no array allocated.
  if (value.length <= 63 && (value.length === 0 || isValidLabelKeyName(value))) return NONE;
  const errs: string[] = [];
  if (utf8Len(value) > 63) errs.push(maxLenBytes(63));
  if (value.length > 0 && !isValidLabelKeyName(value)) errs.push(LABEL_VALUE_ERROR);
  return errs;
}

/** validation.IsValidPortNum. */
export function isValidPortNum(port: number): readonly string[] {
  return port >= 1 && port <= 65535 ? NONE : [inclusiveRangeError(1, 65535)];
}

/** validation.IsValidPortName (IANA service name, lowercase only). */
export function isValidPortName(port: string): readonly string[] {
  const errs: string[] = [];
  if (utf8Len(port) > 15) errs.push(maxLenChars(15));
  let charset = port.length > 0;
  let letter = false;
  for (let i = 0; i < port.length; i++) {
    const c = port.charCodeAt(i);
    if (c >= 0x61 && c <= 0x7a) letter = true;
    else if (!(c >= 0x30 && c <= 0x39) && c !== 0x2d) charset = false;
  }
  if (!charset) errs.push('must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)');
  if (!letter) errs.push('must contain at least one letter (a-z)');
  if (port.includes('--')) errs.push('must not contain consecutive hyphens');
  if (port.length > 0 && (port.startsWith('-') || port.endsWith('-'))) errs.push('must not begin or end with a hyphen');
  return errs;
}

/** A shared empty result, never mutated by callers. */
export const NONE: readonly string[] = Object.freeze([]);
