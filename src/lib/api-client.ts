// The transport to the Kubernetes-style API: fetch, time the call, parse the body, and turn
// Status failures into a typed error. No UI side effects here: callers decide what to show.
import { isStatus, type Status } from '../k8s/meta';
import { reasonPhrase } from './http-reason';
// Issue 6 (clusters): Kubernetes paths go to the selected cluster (/clusters/{name}/...).
import { clusterPath } from './current-cluster';
import { parseWarningHeaders } from './warning-header';

/** Everything the server answered, kept whole so the UI can show it in full. */
export interface ApiResponse<T = unknown> {
  readonly status: number;
  readonly reason: string;
  readonly durationMs: number;
  readonly contentType: string;
  /** The body exactly as received. */
  readonly text: string;
  /** The parsed JSON body, or undefined when the body is not JSON. */
  readonly body: T | undefined;
  /** The texts of the `Warning` headers (`299 - "..."`), as kubectl prints them. */
  readonly warnings: readonly string[];
}

/** The server answered with a non-2xx code. `status` is the Status body when there is one. */
export class ApiStatusError extends Error {
  override readonly name = 'ApiStatusError';
  constructor(
    readonly response: ApiResponse,
    readonly status: Status | undefined,
  ) {
    super(status?.message ?? `${response.status} ${response.reason}`.trim());
  }
}

/** The request never got an answer (connection refused, DNS, CORS, aborted). */
export class ApiNetworkError extends Error {
  override readonly name = 'ApiNetworkError';
  constructor(
    readonly url: string,
    readonly durationMs: number,
    cause: unknown,
  ) {
    super(cause instanceof Error ? cause.message : String(cause), { cause });
  }
}

export interface RequestOptions {
  readonly method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  readonly body?: unknown;
  readonly query?: Readonly<Record<string, string | undefined>>;
  readonly signal?: AbortSignal;
  /** Injected for tests; the global fetch otherwise. */
  readonly fetch?: typeof fetch;
  readonly now?: () => number;
}

/** Builds `path?query` with the undefined entries dropped, routed to the selected cluster. */
export function buildUrl(path: string, query?: RequestOptions['query']): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query ?? {})) if (v !== undefined) params.append(k, v);
  const qs = params.toString();
  // Issue 6: routed through the selected cluster; the demo cluster stays at the root.
  const routed = clusterPath(path);
  return qs === '' ? routed : `${routed}?${qs}`;
}

function parseJson(text: string): unknown {
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** Performs one request. Resolves with the response on 2xx; rejects with ApiStatusError or ApiNetworkError. */
export async function apiRequest<T>(path: string, opts: RequestOptions = {}): Promise<ApiResponse<T>> {
  const doFetch = opts.fetch ?? globalThis.fetch.bind(globalThis);
  const now = opts.now ?? (() => performance.now());
  const url = buildUrl(path, opts.query);
  const started = now();
  const init: RequestInit = { method: opts.method ?? 'GET', headers: { Accept: 'application/json' } };
  if (opts.body !== undefined) {
    init.body = JSON.stringify(opts.body);
    init.headers = { Accept: 'application/json', 'Content-Type': 'application/json' };
  }
  if (opts.signal !== undefined) init.signal = opts.signal;
  let res: Response;
  let text: string;
  try {
    res = await doFetch(url, init);
    text = await res.text();
  } catch (err) {
    throw new ApiNetworkError(url, now() - started, err);
  }
  const body = parseJson(text);
  const response: ApiResponse<T> = {
    status: res.status,
    reason: reasonPhrase(res.status, res.statusText),
    durationMs: now() - started,
    contentType: res.headers.get('content-type') ?? '',
    text,
    body: body as T | undefined,
    // fetch joins repeated headers with ", "; the parser splits them again.
    warnings: parseWarningHeaders([res.headers.get('warning') ?? '']).map((w) => w.text),
  };
  if (!res.ok) throw new ApiStatusError(response, isStatus(body) ? body : undefined);
  return response;
}
