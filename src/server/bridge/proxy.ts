// Forwards one request to a remote API server: credentials from the target (client-node), bodies
// streamed both ways, only safe headers passed on, and network or TLS failures answered as Status.
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import https from 'node:https';
import { credentialsStatus, internalStatus, sendStatus, timeoutStatus, unreachableStatus } from './bridge-status';
import { CredentialsError, displayUrl, type BridgeLogger, type RemoteTarget } from './types';

// Allow-lists rather than deny-lists: cookies, Authorization, Impersonate-*, X-Auth-Token, hop-by-hop
// and proxy headers from the browser never reach the cluster, and Set-Cookie never comes back.
const REQUEST_HEADERS = new Set(['accept', 'content-type', 'content-length', 'user-agent']);
const RESPONSE_HEADERS = new Set([
  'content-type',
  'content-length',
  'content-encoding',
  'warning',
  'retry-after',
  'audit-id',
  'cache-control',
  'x-kubernetes-pf-flowschema-uid',
  'x-kubernetes-pf-prioritylevel-uid',
]);

export interface ForwardOptions {
  readonly logger: BridgeLogger;
  /** How long to wait for the response headers (not for a watch stream's body). */
  readonly timeoutMs: number;
}

function pickHeaders(raw: readonly string[], allowed: ReadonlySet<string>): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (let i = 0; i + 1 < raw.length; i += 2) {
    const name = (raw[i] ?? '').toLowerCase();
    if (allowed.has(name)) (out[name] ??= []).push(raw[i + 1] ?? '');
  }
  return out;
}

function describeNetworkError(err: NodeJS.ErrnoException): { detail: string; code: string | undefined } {
  const code = typeof err.code === 'string' ? err.code : undefined;
  const message = (err.message || 'connection failed').split('\n')[0] ?? '';
  const detail = code !== undefined && !message.includes(code) ? `${code}: ${message}` : message;
  return { detail, code };
}

/** An exec credential plugin that waits for input (or a browser login) must not hang the request. */
function withDeadline<T>(p: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(
      () =>
        reject(
          new CredentialsError(
            `obtaining credentials took longer than ${ms / 1000}s (an exec plugin waiting for a login?)`,
          ),
        ),
      ms,
    );
  });
  return Promise.race([p, deadline]).finally(() => clearTimeout(timer));
}

/** Forwards `req` to `target` at `path` (already normalised) plus the raw `query` ('' or '?...'). */
export async function forward(
  req: IncomingMessage,
  res: ServerResponse,
  target: RemoteTarget,
  path: string,
  query: string,
  opts: ForwardOptions,
): Promise<void> {
  const name = target.info.name;
  const shown = displayUrl(target.server);
  const method = req.method ?? 'GET';
  const started = Date.now();
  let prepared;
  try {
    prepared = await withDeadline(target.prepare(), opts.timeoutMs);
  } catch (err) {
    if (err instanceof CredentialsError) {
      opts.logger.warn(`bridge: ${name} ${method} ${path}: ${err.message}`);
      sendStatus(res, credentialsStatus(name, err.message));
    } else {
      opts.logger.warn(`bridge: ${name} ${method} ${path}: preparing the request failed`);
      sendStatus(res, internalStatus(`the bridge could not prepare a request to cluster ${JSON.stringify(name)}`));
    }
    return;
  }
  const base = new URL(target.server);
  const fromBrowser = pickHeaders(req.rawHeaders, REQUEST_HEADERS);
  const auth: http.OutgoingHttpHeaders =
    prepared.headers === undefined || Array.isArray(prepared.headers)
      ? {}
      : (prepared.headers as http.OutgoingHttpHeaders);
  const headers: http.OutgoingHttpHeaders = { ...fromBrowser, ...auth };
  const mod = base.protocol === 'http:' ? http : https;
  await new Promise<void>((resolve) => {
    let done = false;
    const finish = (): void => {
      if (!done) {
        done = true;
        resolve();
      }
    };
    const upstream = mod.request({
      ...prepared,
      rejectUnauthorized: prepared.rejectUnauthorized !== false,
      protocol: base.protocol,
      hostname: base.hostname.replace(/^\[|\]$/g, ''),
      port: base.port === '' ? undefined : Number(base.port),
      method,
      path: base.pathname.replace(/\/$/, '') + path + query,
      headers,
    });
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      opts.logger.warn(`bridge: ${name} ${method} ${path}: no answer within ${opts.timeoutMs} ms`);
      sendStatus(res, timeoutStatus(name, shown, opts.timeoutMs));
      upstream.destroy();
      finish();
    }, opts.timeoutMs);
    upstream.on('response', (up) => {
      clearTimeout(timer);
      const status = up.statusCode ?? 502;
      res.writeHead(status, {
        ...pickHeaders(up.rawHeaders, RESPONSE_HEADERS),
        'X-Content-Type-Options': 'nosniff',
        'X-Netpol-Source': 'cluster',
      });
      up.pipe(res);
      up.on('error', () => res.destroy());
      up.on('end', () => {
        opts.logger.info(`bridge: ${name} ${method} ${path} -> ${status} (${Date.now() - started} ms)`);
        finish();
      });
    });
    upstream.on('error', (err: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      if (timedOut) return;
      if (res.headersSent) {
        res.destroy();
      } else {
        const { detail, code } = describeNetworkError(err);
        opts.logger.warn(`bridge: ${name} ${method} ${path}: could not reach ${shown}: ${detail}`);
        sendStatus(res, unreachableStatus(name, shown, detail, code));
      }
      finish();
    });
    // The browser went away (e.g. a closed watch): stop the upstream request too.
    res.on('close', () => {
      clearTimeout(timer);
      if (!res.writableFinished) upstream.destroy();
      finish();
    });
    req.pipe(upstream);
  });
}
