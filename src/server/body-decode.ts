// The first decode step of every write, as the apiserver's serializers: parse JSON (Go
// encoding/json wording) or YAML, find apiVersion/kind, and turn failures into 400 BadRequest with
// transformDecodeError's message forms.
import { parseAllDocuments } from 'yaml';
import { badRequestStatus } from '../k8s/status';
import { GO_YAML_OPTIONS } from '../k8s/codec/go-yaml-schema';
import { scanJson } from '../k8s/codec/json-scanner';
import { StatusError } from './http-util';

export interface Expected {
  group: string;
  version: string;
  kind: string;
}

export interface RawDecoded {
  /** The object (a JSON object; anything else was rejected). */
  obj: Record<string, unknown>;
  /** JSON text of the body (YAML converted), for strict duplicate-field detection. */
  jsonText: string;
  /** The kind and version found in the data (after filling from the endpoint's defaults). */
  kind: string;
  apiVersion: string;
}

/** runtime serializer's summarizeData: the first 30 bytes, hex unless the body starts with '{'. */
export function summarizeData(body: Buffer, max = 30): string {
  if (body.length === 0) return '<empty>';
  const head = body.subarray(0, max);
  const text = body[0] === 0x7b ? head.toString('latin1') : head.toString('hex');
  return body.length > max ? `${text} ...` : text;
}

const FAILED = Symbol('unparsable');

/** encoding/json's maxNestingDepth: deeper input fails to decode with `exceeded max depth`. */
export const MAX_JSON_DEPTH = 10000;

/** What one string-aware pass over JSON text finds: the deepest nesting and the ':' outside strings. */
export interface JsonTextShape {
  maxDepth: number;
  colons: number;
}

/**
 * One linear pass (no recursion) over JSON text, skipping string contents: the nesting depth that
 * Go's decoder limits, and the member separators that tell whether an object repeats a key.
 */
export function jsonTextShape(text: string): JsonTextShape {
  let depth = 0;
  let maxDepth = 0;
  let colons = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > maxDepth) maxDepth = depth;
    } else if (c === 0x5d || c === 0x7d) depth--;
    else if (c === 0x3a) colons++;
  }
  return { maxDepth, colons };
}

/**
 * Whether JSON text nests arrays/objects deeper than `max`. Deeper bodies are refused up front as
 * Go's decoder refuses them, and so never reach the recursive steps after parsing (strict field
 * checks, patches, validation).
 */
export function nestsDeeperThan(text: string, max = MAX_JSON_DEPTH): boolean {
  return jsonTextShape(text).maxDepth > max;
}

/** JSON.parse for the common, well-formed body; the Go-worded scanner only explains failures. */
function parseJsonFast(text: string): unknown {
  if (nestsDeeperThan(text)) return FAILED;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return FAILED;
  }
}

const unrecognized = (exp: Expected, err: string, body: Buffer): StatusError =>
  new StatusError(
    badRequestStatus(
      `the object provided is unrecognized (must be of type ${exp.kind}): ${err} (${summarizeData(body)})`,
    ),
  );

const goTypeName = (v: unknown): string =>
  Array.isArray(v) ? 'array' : v === null ? 'null' : typeof v === 'object' ? 'object' : typeof v;

const FIND_KIND =
  'struct { APIVersion string "json:\\"apiVersion,omitempty\\""; Kind string "json:\\"kind,omitempty\\"" }';

/** Parses the body and checks it is an object of the endpoint's kind (or has none). */
export function decodeRaw(body: Buffer, format: 'json' | 'yaml', exp: Expected): RawDecoded {
  let value: unknown;
  let jsonText = '';
  const text = body.toString('utf8');
  if (format === 'json') {
    jsonText = text;
    value = parseJsonFast(text);
  }
  if (format === 'json' && value === FAILED) {
    const scan = scanJson(text);
    if (scan.error !== undefined)
      throw unrecognized(exp, `couldn't get version/kind; json parse error: ${scan.error.message}`, body);
    if (scan.docs.length === 0)
      throw unrecognized(exp, "couldn't get version/kind; json parse error: unexpected end of JSON input", body);
    if (scan.docs.length > 1) {
      const second = scan.docs[1]?.node.start ?? 0;
      const ch = text[second] ?? '';
      throw unrecognized(
        exp,
        `couldn't get version/kind; json parse error: invalid character '${ch}' after top-level value`,
        body,
      );
    }
    value = scan.docs[0]?.value;
    jsonText = text;
  } else if (format === 'yaml') {
    let docs: ReturnType<typeof parseAllDocuments>;
    try {
      docs = parseAllDocuments(text, { ...GO_YAML_OPTIONS, uniqueKeys: false, prettyErrors: false });
    } catch (err) {
      if (!(err instanceof RangeError)) throw err;
      throw unrecognized(exp, `error converting YAML to JSON: yaml: exceeded max depth of ${MAX_JSON_DEPTH}`, body);
    }
    const list = Array.isArray(docs) ? docs : [];
    const first = list[0];
    const err = list.flatMap((d) => d.errors)[0];
    if (err !== undefined) {
      const line = err.linePos?.[0]?.line;
      throw unrecognized(
        exp,
        // The parser's own stack overflow on very deep nesting is go-yaml's depth limit.
        /Maximum call stack size exceeded/.test(err.message)
          ? `error converting YAML to JSON: yaml: exceeded max depth of ${MAX_JSON_DEPTH}`
          : `error converting YAML to JSON: yaml: ${line === undefined ? '' : `line ${line}: `}${err.message.split('\n')[0] ?? ''}`,
        body,
      );
    }
    try {
      value = first === undefined ? null : (first.toJS({ maxAliasCount: 1000 }) as unknown);
    } catch (err) {
      // The library refuses alias expansion beyond maxAliasCount (a "billion laughs" body).
      const why =
        err instanceof RangeError ? `exceeded max depth of ${MAX_JSON_DEPTH}` : 'document contains excessive aliasing';
      throw unrecognized(exp, `error converting YAML to JSON: yaml: ${why}`, body);
    }
    jsonText = JSON.stringify(value) ?? 'null';
    if (nestsDeeperThan(jsonText)) {
      throw unrecognized(exp, `error converting YAML to JSON: yaml: exceeded max depth of ${MAX_JSON_DEPTH}`, body);
    }
  }
  // `null` (or an empty YAML document) decodes without error into an empty object of the
  // endpoint's kind, which then fails validation like any object without a name.
  if (value === null) value = {};
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw unrecognized(
      exp,
      `couldn't get version/kind; json parse error: json: cannot unmarshal ${goTypeName(value)} into Go value of type ${FIND_KIND}`,
      body,
    );
  }
  const obj = value as Record<string, unknown>;
  for (const k of ['apiVersion', 'kind'] as const) {
    if (obj[k] !== undefined && obj[k] !== null && typeof obj[k] !== 'string') {
      throw unrecognized(
        exp,
        `couldn't get version/kind; json parse error: json: cannot unmarshal ${goTypeName(obj[k])} into Go struct field .${k} of type string`,
        body,
      );
    }
  }
  const kind = typeof obj.kind === 'string' && obj.kind !== '' ? obj.kind : exp.kind;
  const gv = exp.group === '' ? exp.version : `${exp.group}/${exp.version}`;
  const apiVersion = typeof obj.apiVersion === 'string' && obj.apiVersion !== '' ? obj.apiVersion : gv;
  checkKind(exp, kind, apiVersion);
  return { obj, jsonText, kind, apiVersion };
}

/** Kinds the real scheme knows outside the endpoint's own, so decoding them fails in conversion. */
const OTHER_REGISTERED: Record<string, readonly string[]> = {
  v1: ['Pod', 'Namespace', 'Service', 'ConfigMap', 'Secret', 'ServiceAccount', 'Node', 'Endpoints', 'Event'],
  'networking.k8s.io/v1': ['Ingress', 'IngressClass', 'NetworkPolicy', 'IPAddress', 'ServiceCIDR'],
  'apps/v1': ['Deployment', 'DaemonSet', 'StatefulSet', 'ReplicaSet'],
};

const versionOf = (apiVersion: string): string => apiVersion.slice(apiVersion.lastIndexOf('/') + 1);
const goTypeOf = (apiVersion: string, kind: string): string => `${versionOf(apiVersion)}.${kind}`;

function checkKind(exp: Expected, kind: string, apiVersion: string): void {
  const gv = exp.group === '' ? exp.version : `${exp.group}/${exp.version}`;
  if (kind === exp.kind && apiVersion === gv) return;
  const prefix = `${kind} in version ${JSON.stringify(versionOf(apiVersion))} cannot be handled as a ${exp.kind}`;
  const internalType = `${exp.group === '' ? 'core' : exp.group.split('.')[0]}.${exp.kind}`;
  if (kind === exp.kind && exp.kind === 'NetworkPolicy' && apiVersion === 'extensions/v1beta1') {
    // Still registered in the scheme and convertible, so decoding succeeds and the group check fails.
    throw new StatusError(
      badRequestStatus(`the API version in the data (${apiVersion}) does not match the expected API version (${gv})`),
    );
  }
  if ((OTHER_REGISTERED[apiVersion] ?? []).includes(kind)) {
    throw new StatusError(
      badRequestStatus(
        `${prefix}: converting (${goTypeOf(apiVersion, kind)}) to (${internalType}): unknown conversion`,
      ),
    );
  }
  throw new StatusError(
    badRequestStatus(
      `${prefix}: no kind ${JSON.stringify(kind)} is registered for version ${JSON.stringify(apiVersion)} in scheme "k8s.io/kubernetes/pkg/api/legacyscheme/scheme.go:30"`,
    ),
  );
}
