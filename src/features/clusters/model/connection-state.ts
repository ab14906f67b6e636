// What the cluster bar says about the connection, from GET /clusters/{name}/version or from any
// failed request: connected, unreachable (502/504 or no answer), credentials rejected (401) or
// forbidden (403), always with the server's own Status message.
import { ApiNetworkError, ApiStatusError } from '../../../lib/api-client';
import { isRecord } from '../../../k8s/json';

export type RequestFailure =
  | { readonly kind: 'unreachable'; readonly code: number | undefined; readonly message: string }
  | { readonly kind: 'unauthorized'; readonly code: 401; readonly message: string }
  | { readonly kind: 'forbidden'; readonly code: 403; readonly message: string }
  | { readonly kind: 'other'; readonly code: number | undefined; readonly message: string };

export type ConnectionState =
  | { readonly kind: 'checking' }
  | { readonly kind: 'connected'; readonly version: string }
  | { readonly kind: 'failed'; readonly failure: RequestFailure };

/** Classifies any error a request can end with. */
export function failureOf(err: unknown): RequestFailure {
  if (err instanceof ApiNetworkError) {
    return {
      kind: 'unreachable',
      code: undefined,
      message: `the NetworkPolicy Studio server did not answer (${err.message})`,
    };
  }
  if (err instanceof ApiStatusError) {
    const code = err.response.status;
    const message = err.status?.message ?? (err.response.text.trim() || `${code} ${err.response.reason}`);
    if (code === 401) return { kind: 'unauthorized', code, message };
    if (code === 403) return { kind: 'forbidden', code, message };
    if (code === 502 || code === 503 || code === 504) return { kind: 'unreachable', code, message };
    return { kind: 'other', code, message };
  }
  return { kind: 'other', code: undefined, message: err instanceof Error ? err.message : String(err) };
}

/** Access problems worth a banner (a 422 or 409 is the editor's business, not the connection's). */
export function isAccessFailure(f: RequestFailure): boolean {
  return f.kind !== 'other';
}

/** One line, e.g. "Credentials rejected (401): Unauthorized". */
export function describeFailure(f: RequestFailure): string {
  switch (f.kind) {
    case 'unreachable':
      return `Unreachable: ${f.message}`;
    case 'unauthorized':
      return `Credentials rejected (401): ${f.message}`;
    case 'forbidden':
      return `Forbidden (403): ${f.message}`;
    case 'other':
      return f.code === undefined ? `Failed: ${f.message}` : `Failed (${f.code}): ${f.message}`;
  }
}

/** "v1.33" from a version.Info body (minor "28+" as some providers send it), else gitVersion. */
export function versionLabel(body: unknown): string {
  if (!isRecord(body)) return 'unknown version';
  const major = typeof body.major === 'string' ? body.major : '';
  const minor = typeof body.minor === 'string' ? body.minor.replace(/\D+$/, '') : '';
  if (/^\d+$/.test(major) && /^\d+$/.test(minor)) return `v${major}.${minor}`;
  return typeof body.gitVersion === 'string' && body.gitVersion !== '' ? body.gitVersion : 'unknown version';
}

export function connectionFromVersion(body: unknown): ConnectionState {
  return { kind: 'connected', version: versionLabel(body) };
}

export function connectionFromError(err: unknown): ConnectionState {
  return { kind: 'failed', failure: failureOf(err) };
}

export function describeConnection(s: ConnectionState): string {
  if (s.kind === 'checking') return 'Checking the connection…';
  if (s.kind === 'connected') return `Connected (${s.version})`;
  return describeFailure(s.failure);
}
