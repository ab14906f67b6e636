// Which Kubernetes API paths the bridge forwards to a real cluster: the request path is decoded and
// normalised first, then matched against an allow-list, so encoding tricks cannot reach anything else.

export type PathDecision =
  { readonly allowed: true; readonly path: string } | { readonly allowed: false; readonly reason: string };

const NAME = /^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$/;
const GROUP = 'networking.k8s.io';
const READ = ['GET'] as const;

/** One allowed route: literal segments, or '{name}' for one DNS-1123 style segment. */
interface Route {
  readonly pattern: readonly string[];
  readonly methods: readonly string[];
}

const route = (pattern: string, methods: readonly string[]): Route => ({
  pattern: pattern.split('/').filter((s) => s !== ''),
  methods,
});

const ROUTES: readonly Route[] = [
  // Discovery and schemas (kubectl and the app read them).
  route('version', READ),
  route('api', READ),
  route('api/v1', READ),
  route('apis', READ),
  route(`apis/${GROUP}`, READ),
  route(`apis/${GROUP}/v1`, READ),
  route('openapi/v2', READ),
  route('openapi/v3', READ),
  route('openapi/v3/api/v1', READ),
  route(`openapi/v3/apis/${GROUP}/v1`, READ),
  // Namespaces and pods: read only (list, get, watch via ?watch=true), no subresources.
  route('api/v1/namespaces', READ),
  route('api/v1/namespaces/{name}', READ),
  route('api/v1/pods', READ),
  route('api/v1/namespaces/{name}/pods', READ),
  route('api/v1/namespaces/{name}/pods/{name}', READ),
  // NetworkPolicies: list, create, get, update, patch and delete one; watch.
  route(`apis/${GROUP}/v1/networkpolicies`, READ),
  // No DELETE on the collection (deletecollection): neither the app nor kubectl (which deletes one
  // by one) sends it, and one forged request would remove every policy of a namespace.
  route(`apis/${GROUP}/v1/namespaces/{name}/networkpolicies`, ['GET', 'POST']),
  route(`apis/${GROUP}/v1/namespaces/{name}/networkpolicies/{name}`, ['GET', 'PUT', 'PATCH', 'DELETE']),
  route(`apis/${GROUP}/v1/watch/networkpolicies`, READ),
  route(`apis/${GROUP}/v1/watch/namespaces/{name}/networkpolicies`, READ),
  route(`apis/${GROUP}/v1/watch/namespaces/{name}/networkpolicies/{name}`, READ),
];

/**
 * Decodes and normalises the path part of a request URL (no query) into segments.
 * Returns a reason string when the path is refused outright: encoded slashes or backslashes,
 * NUL, malformed or double percent-encoding, and '.' or '..' segments are never legitimate
 * in a Kubernetes API path, so they are refused rather than resolved.
 */
export function normalizeApiPath(rawPath: string): { segments: string[] } | { reason: string } {
  if (/%(2f|5c|00)/i.test(rawPath) || rawPath.includes('\\')) {
    return { reason: 'encoded slashes, backslashes or NUL in the path' };
  }
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return { reason: 'a malformed percent-encoding in the path' };
  }
  if (decoded.includes('%') || decoded.includes('\\') || decoded.includes('\0')) {
    return { reason: 'double percent-encoding in the path' };
  }
  const segments = decoded.split('/').filter((s) => s !== '');
  if (segments.some((s) => s === '.' || s === '..')) {
    return { reason: "'.' or '..' segments in the path" };
  }
  return { segments };
}

function matches(r: Route, segments: readonly string[]): boolean {
  if (r.pattern.length !== segments.length) return false;
  return r.pattern.every((p, i) => {
    const s = segments[i] ?? '';
    return p === '{name}' ? NAME.test(s) && s.length <= 253 : p === s;
  });
}

/** Decides whether `method rawPath` may be forwarded; on success returns the canonical path to send. */
export function decideForward(method: string, rawPath: string): PathDecision {
  const norm = normalizeApiPath(rawPath);
  if ('reason' in norm) return { allowed: false, reason: norm.reason };
  const path = '/' + norm.segments.join('/');
  const candidates = ROUTES.filter((r) => matches(r, norm.segments));
  if (candidates.length === 0) return { allowed: false, reason: `the path ${JSON.stringify(path)}` };
  if (!candidates.some((r) => r.methods.includes(method))) {
    return { allowed: false, reason: `${method} on ${JSON.stringify(path)}` };
  }
  return { allowed: true, path };
}
