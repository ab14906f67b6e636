// The demo cluster's request handler (no listen, so tests drive it directly): routes the
// Kubernetes API paths, serves the built app, and turns every failure into a Status body.
import type http from 'node:http';
import type { Status } from '../k8s/meta';
import { internalErrorStatus, pathNotFoundStatus } from '../k8s/status';
import type { Ctx } from './context';
import { createNamespace, createPod, deleteNamespace, deletePod } from './core-handlers';
import {
  aggregatedDiscovery,
  apiGroup,
  apiGroupList,
  apiResourceList,
  apiVersions,
  openapiGroupVersion,
  openapiRoot,
  versionInfo,
} from './discovery';
import {
  MAX_BODY_BYTES,
  negotiate,
  send,
  sendStatus,
  StatusError,
  wantsPretty,
  type NegotiateOptions,
} from './http-util';
import { handleGet, handleList } from './list-watch';
import { createNetworkPolicy } from './np-create';
import { deleteNetworkPolicy } from './np-delete';
import { patchNetworkPolicy, updateNetworkPolicy } from './np-update';
import { generateName } from './object-meta';
import { staticFiles } from './static-files';
import type { Store } from './store';

export interface AppOptions {
  /** Directory of the built browser app; omitted: API only. */
  distDir?: string;
  /** Clock for creationTimestamp and managedFields (tests pin it). */
  now?: () => Date;
  maxBodyBytes?: number;
  /** Makes a name from generateName (default: prefix[:58] + 5 random characters). */
  generateName?: (prefix: string) => string;
  /**
   * Called first for every request; returning true means it answered (e.g. the bridge to real
   * clusters under /clusters/...).
   */
  before?: (req: http.IncomingMessage, res: http.ServerResponse) => boolean;
}

export type RequestHandler = (req: http.IncomingMessage, res: http.ServerResponse) => void;

const NP = ['apis', 'networking.k8s.io', 'v1'];
/** How much of an unwanted request body is read and discarded before the connection is dropped. */
const DRAIN_LIMIT = 64 * 1024 * 1024;

/** The generic 405 go-restful answers for a method a known path does not serve. */
const methodNotAllowed = (): Status => ({
  kind: 'Status',
  apiVersion: 'v1',
  metadata: {},
  status: 'Failure',
  message: 'the server does not allow this method on the requested resource',
  reason: 'MethodNotAllowed',
  details: {},
  code: 405,
});

type Route = { neg?: NegotiateOptions; run: (ctx: Ctx) => void | Promise<void> };

/** Finds the route for a path and method; null: no such path; 'method': path exists, method not. */
function route(seg: string[], method: string, store: Store, host: string): Route | null | 'method' {
  const p = seg.join('/');
  const get = (r: Route): Route | 'method' => (method === 'GET' ? r : 'method');
  const json = (body: () => unknown, neg?: NegotiateOptions): Route => ({
    neg,
    run: (ctx) => send(ctx.res, 200, body(), { output: ctx.output, pretty: ctx.pretty }),
  });
  switch (p) {
    case 'version':
      return get(json(versionInfo));
    case 'api':
      return get({
        neg: { discovery: true },
        run: (ctx) =>
          send(ctx.res, 200, ctx.output === 'discovery' ? aggregatedDiscovery('api') : apiVersions(host), ctx),
      });
    case 'apis':
      return get({
        neg: { discovery: true },
        run: (ctx) =>
          send(ctx.res, 200, ctx.output === 'discovery' ? aggregatedDiscovery('apis') : apiGroupList(), ctx),
      });
    case 'api/v1':
      return get(json(() => apiResourceList('')));
    case 'apis/networking.k8s.io':
      return get(json(apiGroup));
    case 'apis/networking.k8s.io/v1':
      return get(json(() => apiResourceList('networking.k8s.io')));
    case 'openapi/v3':
      return get(json(openapiRoot));
    case 'openapi/v3/api/v1':
      return get(json(() => openapiGroupVersion('')));
    case 'openapi/v3/apis/networking.k8s.io/v1':
      return get(json(() => openapiGroupVersion('networking.k8s.io')));
    case 'api/v1/namespaces':
      return method === 'GET' ? list('namespaces') : method === 'POST' ? write(createNamespace) : 'method';
    case 'api/v1/pods':
      return get(list('pods'));
    case 'apis/networking.k8s.io/v1/networkpolicies':
      return get(list('networkpolicies'));
  }
  void store;
  const [a, b, c, d, e, f, g, h] = seg;
  if (a === 'api' && b === 'v1' && c === 'namespaces' && d !== undefined) {
    if (seg.length === 4) {
      return method === 'GET'
        ? one('namespaces', '', d)
        : method === 'DELETE'
          ? write((ctx) => deleteNamespace(ctx, d))
          : 'method';
    }
    if (e === 'pods' && seg.length === 5) {
      return method === 'GET' ? list('pods', d) : method === 'POST' ? write((ctx) => createPod(ctx, d)) : 'method';
    }
    if (e === 'pods' && f !== undefined && seg.length === 6) {
      return method === 'GET'
        ? one('pods', d, f)
        : method === 'DELETE'
          ? write((ctx) => deletePod(ctx, d, f))
          : 'method';
    }
    return null;
  }
  if (seg.slice(0, 3).join('/') === NP.join('/') && d === 'namespaces' && e !== undefined && f === 'networkpolicies') {
    if (seg.length === 6) {
      return method === 'GET'
        ? list('networkpolicies', e)
        : method === 'POST'
          ? write((ctx) => createNetworkPolicy(ctx, e))
          : 'method';
    }
    if (g !== undefined && seg.length === 7 && h === undefined) {
      if (method === 'GET') return one('networkpolicies', e, g);
      if (method === 'PUT') return write((ctx) => updateNetworkPolicy(ctx, e, g));
      if (method === 'PATCH') return write((ctx) => patchNetworkPolicy(ctx, e, g));
      if (method === 'DELETE') return write((ctx) => deleteNetworkPolicy(ctx, e, g));
      return 'method';
    }
  }
  return null;
}

const list = (res: 'namespaces' | 'pods' | 'networkpolicies', ns?: string): Route => ({
  neg: { table: true },
  run: (ctx) => handleList(ctx, res, ns),
});
const one = (res: 'namespaces' | 'pods' | 'networkpolicies', ns: string, name: string): Route => ({
  neg: { table: true },
  run: (ctx) => handleGet(ctx, res, ns, name),
});
const write = (run: (ctx: Ctx) => Promise<void>): Route => ({ run });

/**
 * The request target as a URL. Origin-form targets are appended to a fixed origin rather than
 * resolved against it, so `//x` stays a path; anything unparsable becomes `/` (answered 404).
 */
function requestUrl(target: string | undefined): URL {
  const t = target ?? '/';
  try {
    if (/^https?:\/\//i.test(t)) return new URL(t);
    return new URL(`http://localhost${t.startsWith('/') ? '' : '/'}${t}`);
  } catch {
    return new URL('http://localhost/');
  }
}

export function createApp(store: Store, options: AppOptions = {}): RequestHandler {
  const serveStatic = options.distDir === undefined ? null : staticFiles(options.distDir);
  const now = options.now ?? (() => new Date());
  const maxBodyBytes = options.maxBodyBytes ?? MAX_BODY_BYTES;
  const makeName = options.generateName ?? generateName;

  async function handle(req: http.IncomingMessage, res: http.ServerResponse, fail: (s: Status) => void): Promise<void> {
    if (options.before?.(req, res) === true) return;
    const url = requestUrl(req.url);
    const seg = url.pathname.split('/').filter((s) => s !== '');
    let decoded: string[];
    try {
      decoded = seg.map((s) => decodeURIComponent(s));
    } catch {
      decoded = seg;
    }
    const method = req.method ?? 'GET';
    if (decoded[0] === 'healthz' || decoded[0] === 'livez' || decoded[0] === 'readyz') {
      res.writeHead(200, { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' });
      res.end('ok');
      return;
    }
    const r = route(decoded, method, store, req.headers.host ?? '127.0.0.1');
    const isApi = decoded[0] === 'api' || decoded[0] === 'apis' || decoded[0] === 'openapi' || decoded[0] === 'version';
    if (r === null && !isApi && serveStatic?.(req, res, url.pathname) === true) return;
    const pretty = wantsPretty(url.searchParams, req.headers['user-agent']);
    if (r === null || r === 'method') {
      req.resume();
      fail(r === null ? pathNotFoundStatus() : methodNotAllowed());
      return;
    }
    const output = negotiate(req.headers.accept, r.neg);
    const ctx: Ctx = {
      req,
      res,
      query: url.searchParams,
      output,
      pretty,
      store,
      now,
      maxBodyBytes,
      generateName: makeName,
    };
    await r.run(ctx);
  }

  return (req, res) => {
    res.on('error', () => undefined);
    req.on('error', () => undefined);
    const fail = (status: Status): void => {
      if (res.headersSent) {
        res.destroy();
        return;
      }
      // A 413 or an early error leaves the rest of the body unread. Discard it (so a client that is
      // still sending reads the answer instead of a reset) up to a cap, then drop the connection.
      if (!req.complete) {
        res.setHeader('Connection', 'close');
        let drained = 0;
        req.on('data', (c: Buffer) => {
          drained += c.length;
          if (drained > DRAIN_LIMIT) req.destroy();
        });
        req.resume();
      }
      sendStatus(res, status, { pretty: wantsPretty(requestUrl(req.url).searchParams, req.headers['user-agent']) });
    };
    let p: Promise<void>;
    try {
      p = handle(req, res, fail);
    } catch (err) {
      p = Promise.reject(err);
    }
    p.catch((err: unknown) => {
      if (err instanceof StatusError) {
        fail(err.status);
        return;
      }
      // A client that went away (or was cut off by the request timeout) gets no answer and is no
      // server error.
      if (req.destroyed && !res.headersSent) return;
      // Never a stack trace on the wire; the log keeps it.
      console.error('netpol-studio: internal error:', err);
      fail(internalErrorStatus('an error on the server has prevented the request from succeeding'));
    });
  };
}
