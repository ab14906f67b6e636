// HTTP plumbing shaped like kube-apiserver's: Accept/Content-Type negotiation, a streaming body
// limit, Status and object responses (JSON, pretty JSON or YAML) and Warning headers.
import type http from 'node:http';
import { stringify as yamlStringify } from 'yaml';
import type { Status } from '../k8s/meta';
import { jsonOf } from './json-cache';
import { notAcceptableStatus, requestEntityTooLargeStatus } from '../k8s/status';

/** kube-apiserver's default MaxRequestBodyBytes (3 MiB). */
export const MAX_BODY_BYTES = 3 * 1024 * 1024;

export const JSON_TYPE = 'application/json';
export const YAML_TYPE = 'application/yaml';
export const TABLE_TYPE = 'application/json;as=Table;v=v1;g=meta.k8s.io';
export const DISCOVERY_TYPE = 'application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList';

/** An error that is answered with its Status (thrown anywhere below a handler). */
export class StatusError extends Error {
  constructor(readonly status: Status) {
    super(status.message ?? 'error');
  }
}

export interface MediaRange {
  type: string;
  subtype: string;
  params: Record<string, string>;
  q: number;
}

export function parseMediaType(text: string): MediaRange | null {
  const [full = '', ...rest] = text.split(';');
  const [type, subtype] = full.trim().toLowerCase().split('/');
  if (type === undefined || subtype === undefined || type === '' || subtype === '') return null;
  const params: Record<string, string> = {};
  let q = 1;
  for (const p of rest) {
    const eq = p.indexOf('=');
    if (eq < 0) continue;
    const k = p.slice(0, eq).trim().toLowerCase();
    const v = p
      .slice(eq + 1)
      .trim()
      .replace(/^"(.*)"$/, '$1');
    if (k === 'q') q = Number.isFinite(Number(v)) ? Number(v) : 0;
    else params[k] = v;
  }
  return { type, subtype, params, q };
}

/** Accept ranges, best first (q, then specificity, then the client's order, as goautoneg). */
export function parseAccept(header: string | undefined): MediaRange[] {
  if (header === undefined || header.trim() === '') return [{ type: '*', subtype: '*', params: {}, q: 1 }];
  const ranges = header
    .split(',')
    .map((s) => parseMediaType(s))
    .filter((r): r is MediaRange => r !== null && r.q > 0);
  const spec = (r: MediaRange): number => (r.type === '*' ? 0 : r.subtype === '*' ? 1 : 2);
  return ranges
    .map((r, i) => ({ r, i }))
    .sort((a, b) => b.r.q - a.r.q || spec(b.r) - spec(a.r) || a.i - b.i)
    .map((x) => x.r);
}

export type OutputKind = 'json' | 'yaml' | 'table' | 'discovery';

/** What a route can answer with, besides plain JSON and YAML. */
export interface NegotiateOptions {
  table?: boolean;
  discovery?: boolean;
}

/**
 * Picks the response format from Accept. Throws 406 when nothing acceptable can be produced
 * (protobuf-only clients included: this server speaks JSON and YAML only).
 */
export function negotiate(accept: string | undefined, opts: NegotiateOptions = {}): OutputKind {
  for (const r of parseAccept(accept)) {
    const as = r.params.as;
    if (as !== undefined) {
      if (opts.table === true && as === 'Table' && r.params.g === 'meta.k8s.io' && (r.params.v ?? 'v1') === 'v1')
        return 'table';
      if (
        opts.discovery === true &&
        as === 'APIGroupDiscoveryList' &&
        r.params.g === 'apidiscovery.k8s.io' &&
        r.params.v === 'v2'
      )
        return 'discovery';
      continue; // an `as=` we cannot produce (PartialObjectMetadata, v2beta1 ...): try the next range
    }
    if (r.type === '*' || (r.type === 'application' && (r.subtype === '*' || r.subtype === 'json'))) return 'json';
    if (r.type === 'application' && r.subtype === 'yaml') return 'yaml';
  }
  throw new StatusError(notAcceptableStatus());
}

/** Body media types accepted for create/update (empty means JSON, as the apiserver). */
export function bodyFormat(contentType: string | undefined): 'json' | 'yaml' | null {
  if (contentType === undefined || contentType.trim() === '') return 'json';
  const m = parseMediaType(contentType);
  if (m === null || m.type !== 'application') return null;
  if (m.subtype === 'json') return 'json';
  if (m.subtype === 'yaml') return 'yaml';
  return null;
}

/**
 * Reads the body, answering 413 as soon as the limit is passed (from Content-Length before
 * reading anything, else while streaming) instead of buffering an unbounded body.
 */
export function readBody(req: http.IncomingMessage, limit = MAX_BODY_BYTES): Promise<Buffer> {
  const declared = Number(req.headers['content-length'] ?? NaN);
  if (Number.isFinite(declared) && declared > limit) {
    return Promise.reject(new StatusError(requestEntityTooLargeStatus(limit)));
  }
  return new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    req.on('data', (c: Buffer) => {
      if (done) return;
      size += c.length;
      if (size > limit) {
        done = true;
        req.pause();
        reject(new StatusError(requestEntityTooLargeStatus(limit)));
        return;
      }
      chunks.push(c);
    });
    req.on('end', () => {
      if (!done) {
        done = true;
        resolve(Buffer.concat(chunks));
      }
    });
    req.on('error', (err) => {
      if (!done) {
        done = true;
        reject(err);
      }
    });
  });
}

export interface SendOptions {
  output: OutputKind;
  pretty: boolean;
  warnings?: readonly string[];
}

/** Serialises a body the way the client asked for. */
export function encode(body: unknown, output: OutputKind, pretty: boolean): { text: string; type: string } {
  if (output === 'yaml') return { text: yamlStringify(body, { lineWidth: 0 }), type: YAML_TYPE };
  const text = pretty ? `${JSON.stringify(body, null, 2)}\n` : `${jsonOf(body)}\n`;
  const type = output === 'table' ? TABLE_TYPE : output === 'discovery' ? DISCOVERY_TYPE : JSON_TYPE;
  return { text, type };
}

export function send(res: http.ServerResponse, code: number, body: unknown, opts: SendOptions): void {
  // A Status or a plain object in a Table/discovery request is sent as ordinary JSON.
  const output =
    (opts.output === 'table' || opts.output === 'discovery') && !isTypedAs(body, opts.output) ? 'json' : opts.output;
  const { text, type } = encode(body, output, opts.pretty);
  const headers: http.OutgoingHttpHeaders = {
    'Content-Type': type,
    'Cache-Control': 'no-cache, private',
    'X-Content-Type-Options': 'nosniff',
    'Content-Length': Buffer.byteLength(text),
  };
  const warnings = warningHeaders(opts.warnings ?? []);
  if (warnings.length > 0) headers.Warning = warnings;
  res.writeHead(code, headers);
  res.end(text);
}

function isTypedAs(body: unknown, output: 'table' | 'discovery'): boolean {
  const kind = typeof body === 'object' && body !== null ? (body as { kind?: unknown }).kind : undefined;
  return output === 'table' ? kind === 'Table' : kind === 'APIGroupDiscoveryList';
}

export function sendStatus(
  res: http.ServerResponse,
  status: Status,
  opts: Omit<SendOptions, 'output'> & { output?: OutputKind },
): void {
  send(res, status.code ?? 500, status, {
    output: opts.output ?? 'json',
    pretty: opts.pretty,
    warnings: opts.warnings,
  });
}

/**
 * `Warning: 299 - "text"` values as the apiserver's warning recorder writes them: deduplicated,
 * quotes and backslashes escaped, and the total limited to 4096 runes (each item then to 256).
 */
export function warningHeaders(texts: readonly string[]): string[] {
  const unique = [...new Set(texts)];
  const total = unique.reduce((n, t) => n + [...t].length, 0);
  const items = total > 4096 ? unique.map((t) => truncateRunes(t, 256)) : unique;
  const out: string[] = [];
  let used = 0;
  for (const t of items) {
    const n = [...t].length;
    if (total > 4096 && used + n > 4096) break;
    used += n;
    out.push(`299 - "${t.replace(/[\\"]/g, (c) => `\\${c}`)}"`);
  }
  return out;
}

function truncateRunes(s: string, max: number): string {
  const runes = [...s];
  return runes.length <= max ? s : runes.slice(0, max).join('');
}

/** strconv.ParseBool: anything else is false (the apiserver ignores an unparsable `pretty`). */
export function parseBool(v: string | null): boolean {
  return v !== null && ['1', 't', 'T', 'TRUE', 'true', 'True'].includes(v);
}

/** Pretty output: `?pretty=true`, or a curl/Wget/browser User-Agent with no `pretty` given. */
export function wantsPretty(query: URLSearchParams, userAgent: string | undefined): boolean {
  const p = query.get('pretty');
  if (p !== null && p !== '') return parseBool(p);
  const ua = userAgent ?? '';
  return ua.startsWith('curl') || ua.startsWith('Wget') || ua.startsWith('Mozilla/5.0');
}
