// Parses HTTP `Warning` headers as client-go does (apimachinery util/net ParseWarningHeaders): the
// apiserver sends `299 - "text"`, several per header when comma-joined (as fetch joins repeats).
export interface WarningHeader {
  readonly code: number;
  readonly agent: string;
  readonly text: string;
}

const CODE = /^[0-9]{3}$/;
// unicode.IsControl: the Cc category.
const CONTROL = /\p{Cc}/u;

/** parseQuotedString: backslash escapes any byte; returns the text and what follows it, trimmed. */
function parseQuoted(s: string): { text: string; rest: string } | undefined {
  if (!s.startsWith('"')) return undefined;
  let out = '';
  let escaping = false;
  for (let i = 1; i < s.length; i++) {
    const c = s[i] as string;
    if (c === '"' && !escaping) return { text: out, rest: s.slice(i + 1).trim() };
    if (c === '\\' && !escaping) {
      escaping = true;
      continue;
    }
    out += c;
    escaping = false;
  }
  return undefined;
}

/** ParseWarningHeader: one warning and the remainder of the header, or undefined when malformed. */
export function parseWarningHeader(header: string): { warning: WarningHeader; rest: string } | undefined {
  const h = header.trim();
  const first = h.indexOf(' ');
  const second = first < 0 ? -1 : h.indexOf(' ', first + 1);
  if (second < 0) return undefined;
  const code = h.slice(0, first);
  const agent = h.slice(first + 1, second);
  const textDateRest = h.slice(second + 1);
  if (!CODE.test(code) || agent === '' || CONTROL.test(agent) || textDateRest === '') return undefined;
  const quoted = parseQuoted(textDateRest);
  if (quoted === undefined || CONTROL.test(quoted.text)) return undefined;
  let rest = quoted.rest;
  if (rest.startsWith('"')) {
    // An optional quoted warn-date, skipped.
    const end = rest.indexOf('"', 1);
    if (end < 0) return undefined;
    rest = rest.slice(end + 1).trim();
  }
  if (rest !== '') {
    if (!rest.startsWith(',')) return undefined;
    rest = rest.slice(1).trim();
  }
  return { warning: { code: Number(code), agent, text: quoted.text }, rest };
}

/** Every well-formed warning, in order; a malformed one ends its header, as upstream. */
export function parseWarningHeaders(headers: readonly string[]): WarningHeader[] {
  const out: WarningHeader[] = [];
  for (let header of headers) {
    while (header.length > 0) {
      const r = parseWarningHeader(header);
      if (r === undefined) break;
      out.push(r.warning);
      header = r.rest;
    }
  }
  return out;
}
